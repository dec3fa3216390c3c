import { CONTROL_CHARS, EMBEDDING_OVERRIDE_CHARS, findBidiOverride, isHttpUrl, PASTED_FIX_ACTION, pastedProblems, slugProblem } from '../../text';
import type { FieldError, FieldFix } from '../../utils/errors';
import { rightsProblems } from './validate-rights';

type Data = Record<string, unknown>;

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim().length === 0;

/** Single-line text fields checked for bidi overrides and control characters. */
const SINGLE_LINE_FIELDS = ['title', 'kicker', 'byline', 'section'] as const;

const KEYWORDS_MAX = 30;
const KEYWORD_MAX_LENGTH = 100;

/** The one-click fix for a refused value: what `neutralisePasted` would remove from it (the admin offers it). */
const pastedFix = (value: string): FieldFix => ({ action: PASTED_FIX_ACTION, problems: pastedProblems(value) });

function checkSingleLine(data: Data, field: string, problems: FieldError[]): void {
  const value = data[field];
  if (typeof value !== 'string') return;
  const bidi = findBidiOverride(value);
  if (field === 'title' && bidi) {
    problems.push({
      path: [field],
      message: `must not contain the bidirectional control character ${bidi.codePoint} (at index ${bidi.index})`,
      fix: pastedFix(value),
    });
  } else if (CONTROL_CHARS.test(value)) {
    problems.push({ path: [field], message: 'must not contain control characters or line breaks', fix: pastedFix(value) });
  }
}

function checkKeywords(value: unknown, problems: FieldError[]): void {
  if (value === undefined || value === null) return;
  if (!Array.isArray(value)) {
    problems.push({ path: ['keywords'], message: 'must be an array of strings' });
    return;
  }
  if (value.length > KEYWORDS_MAX) problems.push({ path: ['keywords'], message: `must hold at most ${KEYWORDS_MAX} keywords` });
  value.forEach((keyword, index) => {
    if (typeof keyword !== 'string' || keyword.trim() === '') {
      problems.push({ path: ['keywords', index], message: 'must be a non-empty string' });
    } else if (keyword.length > KEYWORD_MAX_LENGTH) {
      problems.push({ path: ['keywords', index], message: `must be at most ${KEYWORD_MAX_LENGTH} characters without control characters` });
    } else if (EMBEDDING_OVERRIDE_CHARS.test(keyword) || CONTROL_CHARS.test(keyword)) {
      problems.push({
        path: ['keywords', index],
        message: `must be at most ${KEYWORD_MAX_LENGTH} characters without control characters`,
        fix: pastedFix(keyword),
      });
    }
  });
}

/** Far deeper than any list in a list Strapi's editor makes; deeper input is an attack on recursive code. */
export const RICH_TEXT_MAX_DEPTH = 20;

/**
 * What is wrong with a rich-text value (Strapi blocks), or null. Walked with
 * an explicit stack, so hostile nesting costs linear time and no recursion.
 */
function richTextProblem(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (!Array.isArray(value)) return 'must be rich text: an array of blocks';
  const stack: [unknown, number][] = value.map((node) => [node, 1]);
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > RICH_TEXT_MAX_DEPTH) return `must not nest blocks deeper than ${RICH_TEXT_MAX_DEPTH} levels`;
    const children = node && typeof node === 'object' ? (node as Data).children : undefined;
    if (Array.isArray(children)) for (const child of children) stack.push([child, depth + 1]);
  }
  return null;
}

function checkBody(body: unknown, problems: FieldError[]): void {
  if (!Array.isArray(body)) return;
  body.forEach((block, index) => {
    if (!block || typeof block !== 'object') return;
    const { __component: uid, url, text } = block as Data;
    if (uid === 'newsroom.embed' && url !== null && url !== undefined && url !== '' && !isHttpUrl(url)) {
      problems.push({ path: ['body', index, 'url'], message: 'must be an http(s) URL' });
    }
    const richText = uid === 'newsroom.paragraph' ? richTextProblem(text) : null;
    if (richText) problems.push({ path: ['body', index, 'text'], message: richText });
  });
}

/** The years every supported database stores in a datetime column (MariaDB's DATETIME is the narrowest). */
const DATE_YEARS = { min: 1000, max: 9999 } as const;

/** `originalPublishedAt`: empty, or one instant (ISO 8601 as the admin and the API send it) a datetime column holds. */
function checkOriginalDate(value: unknown, problems: FieldError[]): void {
  if (value === undefined || value === null || value === '') return;
  const time = typeof value === 'string' && value.length <= 40 ? Date.parse(value) : value instanceof Date ? value.getTime() : Number.NaN;
  const year = Number.isNaN(time) ? Number.NaN : new Date(time).getUTCFullYear();
  if (!(year >= DATE_YEARS.min && year <= DATE_YEARS.max)) {
    problems.push({ path: ['originalPublishedAt'], message: `must be a date and time (ISO 8601) between the years ${DATE_YEARS.min} and ${DATE_YEARS.max}` });
  }
}

/**
 * Paths of every string in the write holding a NUL character (PostgreSQL
 * refuses U+0000 in text: a 500 there, a silent difference elsewhere).
 * Iterative, so depth costs no stack.
 */
function nulProblems(data: Data): FieldError[] {
  interface Node { value: unknown; key: string | number | null; parent: Node | null }
  const pathOf = (node: Node): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let at: Node | null = node; at && at.key !== null; at = at.parent) path.unshift(at.key);
    return path;
  };
  const problems: FieldError[] = [];
  const stack: Node[] = [{ value: data, key: null, parent: null }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) problems.push({ path: pathOf(node), message: 'must not contain the NUL character (U+0000)' });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, key: index, parent: node }));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) stack.push({ value: item, key, parent: node });
    }
  }
  return problems.reverse();
}

/**
 * Problems with an article write, by field path. `isCreate` makes the title
 * mandatory even for drafts: the slug and the admin list need it.
 */
export function articleWriteProblems(data: Data, isCreate: boolean): FieldError[] {
  const problems: FieldError[] = [];
  if ((isCreate || 'title' in data) && isBlank(data.title)) {
    problems.push({ path: ['title'], message: 'must not be empty' });
  }
  for (const field of SINGLE_LINE_FIELDS) checkSingleLine(data, field, problems);
  if (typeof data.slug === 'string' && data.slug !== '') {
    const problem = slugProblem(data.slug);
    if (problem) problems.push({ path: ['slug'], message: problem });
  }
  checkKeywords(data.keywords, problems);
  checkOriginalDate(data.originalPublishedAt, problems);
  checkBody(data.body, problems);
  problems.push(...rightsProblems(data.rights));
  problems.push(...nulProblems(data));
  return problems;
}
