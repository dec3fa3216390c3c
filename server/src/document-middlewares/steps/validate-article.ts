import { CONTROL_CHARS, EMBEDDING_OVERRIDE_CHARS, findBidiOverride, slugProblem } from '../../text';
import type { FieldError } from '../../utils/errors';
import { rightsProblems } from './validate-rights';

type Data = Record<string, unknown>;

const isBlank = (value: unknown) => typeof value !== 'string' || value.trim().length === 0;

/** Single-line text fields checked for bidi overrides and control characters. */
const SINGLE_LINE_FIELDS = ['title', 'kicker', 'byline', 'section'] as const;

const KEYWORDS_MAX = 30;
const KEYWORD_MAX_LENGTH = 100;

function checkSingleLine(data: Data, field: string, problems: FieldError[]): void {
  const value = data[field];
  if (typeof value !== 'string') return;
  const bidi = findBidiOverride(value);
  if (field === 'title' && bidi) {
    problems.push({ path: [field], message: `must not contain the bidirectional control character ${bidi.codePoint} (at index ${bidi.index})` });
  } else if (CONTROL_CHARS.test(value)) {
    problems.push({ path: [field], message: 'must not contain control characters or line breaks' });
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
    } else if (keyword.length > KEYWORD_MAX_LENGTH || EMBEDDING_OVERRIDE_CHARS.test(keyword) || CONTROL_CHARS.test(keyword)) {
      problems.push({ path: ['keywords', index], message: `must be at most ${KEYWORD_MAX_LENGTH} characters without control characters` });
    }
  });
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function checkBody(body: unknown, problems: FieldError[]): void {
  if (!Array.isArray(body)) return;
  body.forEach((block, index) => {
    if (!block || typeof block !== 'object') return;
    const { __component: uid, url } = block as Data;
    if (uid === 'newsroom.embed' && typeof url === 'string' && !isHttpUrl(url)) {
      problems.push({ path: ['body', index, 'url'], message: 'must be an http(s) URL' });
    }
  });
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
  checkBody(data.body, problems);
  problems.push(...rightsProblems(data.rights));
  return problems;
}
