import { ARTICLE_UID } from '../../../content-types';

/**
 * Article titles in Strapi's chrome (list cells, the edit view's header,
 * relation pickers, home-page widgets) are set by Strapi in the interface's
 * direction: a long Arabic title in a left-to-right box is cut at its
 * beginning, a mixed one is reordered. Each title marked with this attribute
 * gets `dir="auto"` and the styles of `chrome-styles.ts`: its own direction,
 * truncated at its logical end.
 */
export const TITLE_MARK = 'data-newsroom-title';

/** The Content Manager's routes of newsroom articles (list and edit views), as the address bar has them. */
export const ARTICLE_ROUTE = `/content-manager/collection-types/${ARTICLE_UID}`;

const decode = (pathname: string) => {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname; // A malformed escape: compare the raw path.
  }
};

/** What follows the article route in `pathname` (`''`, `/`, `/<documentId>`…), or null when it is not an article route. */
function afterArticleRoute(pathname: string): string | null {
  const decoded = decode(pathname);
  const at = decoded.indexOf(ARTICLE_ROUTE);
  if (at < 0) return null;
  const rest = decoded.slice(at + ARTICLE_ROUTE.length);
  // `plugin::newsroom.article-archive` is another model.
  return rest === '' || rest.startsWith('/') ? rest : null;
}

/** Whether `pathname` (raw or percent-encoded) is the list or edit view of newsroom articles. */
export function isArticleRoute(pathname: string): boolean {
  return afterArticleRoute(pathname) !== null;
}

/** Whether `pathname` is an article's edit view (or its create view): the list's path plus a document id. */
export function isArticleEditRoute(pathname: string): boolean {
  const rest = afterArticleRoute(pathname);
  return rest !== null && rest.length > 1;
}

/** Give `element` the title's own direction. Idempotent: touches the DOM only when something changes. */
export function markTitle(element: Element): void {
  if (element.getAttribute('dir') !== 'auto') element.setAttribute('dir', 'auto');
  if (!element.hasAttribute(TITLE_MARK)) element.setAttribute(TITLE_MARK, '');
}
