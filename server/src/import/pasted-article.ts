/**
 * Pasted-text neutralising for a whole article write, for code that imports
 * content (the playground seed, a WordPress or feed import): it cleans what
 * the write path would refuse instead of failing the import. Editors in the
 * admin get the same cleaning as a one-click fix (the newsroom panel).
 *
 *   import { neutralisePastedArticle } from 'strapi-plugin-newsroom/strapi-server';
 *   const { data, changes } = neutralisePastedArticle(wordpressPost);
 *   await strapi.documents('plugin::newsroom.article').create({ locale: 'ar', data });
 *
 * Pure (no Strapi import), never mutates its input.
 */
import { neutralisePasted, pastedProblems, type PastedProblem } from '../text/pasted';

type Data = Record<string, unknown>;
type Path = (string | number)[];

/** One field the helper changed, by path, and why. */
export interface PastedChange {
  path: Path;
  problems: PastedProblem[];
}

/** Article fields by shape: one line, several lines, a list of one-line strings. */
export const PASTED_ARTICLE_FIELDS = {
  singleLine: ['title', 'kicker', 'byline', 'section'],
  multiline: ['standfirst'],
  list: ['keywords'],
} as const;

/** Text fields of each body block and the rights component, single-line unless listed in `multiline`. */
const BLOCK_FIELDS: Record<string, { singleLine: string[]; multiline: string[] }> = {
  'newsroom.intertitle': { singleLine: ['text'], multiline: [] },
  'newsroom.quote': { singleLine: ['attribution'], multiline: ['text'] },
  'newsroom.media': { singleLine: ['caption', 'credit'], multiline: [] },
  'newsroom.embed': { singleLine: ['caption'], multiline: [] },
  'newsroom.related-link': { singleLine: ['label'], multiline: [] },
};

class Cleaner {
  readonly changes: PastedChange[] = [];

  text(value: unknown, path: Path, multiline: boolean): unknown {
    if (typeof value !== 'string') return value;
    const problems = pastedProblems(value, { multiline });
    if (problems.length === 0) return value;
    this.changes.push({ path, problems });
    return neutralisePasted(value, { multiline });
  }

  /** Text nodes of Strapi blocks rich text, walked with a stack (no recursion on hostile depth). */
  richText(value: unknown, path: Path): unknown {
    if (!Array.isArray(value)) return value;
    const copy = structuredClone(value) as unknown[];
    const stack: { node: unknown; at: Path }[] = copy.map((node, index) => ({ node, at: [...path, index] }));
    while (stack.length > 0) {
      const { node, at } = stack.pop()!;
      if (!node || typeof node !== 'object') continue;
      const record = node as Data;
      if (record.type === 'text' && typeof record.text === 'string') record.text = this.text(record.text, [...at, 'text'], true);
      if (Array.isArray(record.children)) record.children.forEach((child, index) => stack.push({ node: child, at: [...at, 'children', index] }));
    }
    return copy;
  }

  block(block: unknown, path: Path): unknown {
    if (!block || typeof block !== 'object') return block;
    const record = { ...(block as Data) };
    const uid = String(record.__component);
    if (uid === 'newsroom.paragraph') record.text = this.richText(record.text, [...path, 'text']);
    const fields = BLOCK_FIELDS[uid];
    for (const field of fields?.singleLine ?? []) if (field in record) record[field] = this.text(record[field], [...path, field], false);
    for (const field of fields?.multiline ?? []) if (field in record) record[field] = this.text(record[field], [...path, field], true);
    return record;
  }
}

/**
 * `data` for an article write with pasted embeddings, overrides, tabs, line
 * breaks and controls neutralised (`neutralisePasted`) in every text field the
 * write path checks, and the list of what changed. Fields it does not know
 * are passed through untouched.
 */
export function neutralisePastedArticle<T extends Data>(data: T): { data: T; changes: PastedChange[] } {
  const cleaner = new Cleaner();
  const out: Data = { ...data };
  for (const field of PASTED_ARTICLE_FIELDS.singleLine) if (field in out) out[field] = cleaner.text(out[field], [field], false);
  for (const field of PASTED_ARTICLE_FIELDS.multiline) if (field in out) out[field] = cleaner.text(out[field], [field], true);
  for (const field of PASTED_ARTICLE_FIELDS.list) {
    const list = out[field];
    if (Array.isArray(list)) out[field] = list.map((item, index) => cleaner.text(item, [field, index], false));
  }
  if (Array.isArray(out.body)) out.body = out.body.map((block, index) => cleaner.block(block, ['body', index]));
  return { data: out as T, changes: cleaner.changes };
}
