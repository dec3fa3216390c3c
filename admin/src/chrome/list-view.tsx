import { isArticleRoute } from './titles';
import { ListTitleCell } from './ListTitleCell';

/** What the Content Manager's `Admin/CM/pages/ListView/inject-column-in-table` hook is given and returns (the part used here). */
interface ListHeader {
  name: string;
  attribute?: { type?: string };
  cellFormatter?: (row: Record<string, unknown>, header: unknown, context: { model: string }) => React.ReactNode;
  [key: string]: unknown;
}
interface ListColumns {
  displayedHeaders: ListHeader[];
  [key: string]: unknown;
}

/** The article's text columns of the list: each value in its own direction. */
const TEXT_COLUMNS = new Set(['title', 'standfirst', 'kicker', 'byline', 'section']);

/**
 * The Content Manager's documented hook for list columns: on the newsroom
 * article list, the title and the other text cells render through ListTitleCell.
 * The hook is not told the model, so the route decides; the formatter checks
 * the model it is given as well.
 */
export function injectTitleCells(columns: ListColumns): ListColumns {
  if (typeof window === 'undefined' || !isArticleRoute(window.location.pathname)) return columns;
  return {
    ...columns,
    displayedHeaders: columns.displayedHeaders.map((header) =>
      TEXT_COLUMNS.has(header.name) && (header.attribute?.type === 'string' || header.attribute?.type === 'text') && !header.cellFormatter
        ? {
            ...header,
            cellFormatter: (row: Record<string, unknown>) => {
              const value = row[header.name];
              return typeof value === 'string' && value !== '' ? <ListTitleCell title={value} documentId={String(row.documentId)} /> : '-';
            },
          }
        : header
    ),
  };
}
