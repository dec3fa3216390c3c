import { bodyBlockText, countWords, localeDirection, textDirection, type Direction } from '../text-engine';

/** Form values of the article edit view, as the Content Manager's form holds them. */
export type ArticleValues = Record<string, unknown>;
type Block = Record<string, unknown> & { __component?: string };

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** Why the article reads in its direction, in the order `resolveDirection` decides it. */
export type DirectionReason = 'setting' | 'locale' | 'text' | 'fallback';

/**
 * The article's direction and what decided it: the same rule as the server's
 * `resolveDirection` (explicit setting, then locale, then the title and
 * standfirst's first strong letter), so the form matches what the API serves.
 */
export function articleDirection(values: ArticleValues, locale: string | null): { dir: Direction; reason: DirectionReason } {
  const setting = values.direction;
  if (setting === 'rtl' || setting === 'ltr') return { dir: setting, reason: 'setting' };
  const fromLocale = localeDirection(locale);
  if (fromLocale) return { dir: fromLocale, reason: 'locale' };
  const fromText = textDirection(`${text(values.title)} ${text(values.standfirst)}`);
  if (fromText) return { dir: fromText, reason: 'text' };
  return { dir: 'ltr', reason: 'fallback' };
}

/** The body's blocks by dynamic-zone index (an entry that is not an object is null). */
export function bodyBlocks(values: ArticleValues): (Block | null)[] {
  if (!Array.isArray(values.body)) return [];
  return values.body.map((b) => (typeof b === 'object' && b !== null ? (b as Block) : null));
}

/** Words as the write path counts them (title, standfirst and the body's text blocks). */
export function articleWordCount(values: ArticleValues, locale: string | null): number {
  const body = bodyBlocks(values).map(bodyBlockText).filter(Boolean).join('\n');
  return countWords([text(values.title), text(values.standfirst), body].filter(Boolean).join('\n'), locale ?? undefined);
}
