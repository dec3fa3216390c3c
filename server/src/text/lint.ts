import { firstStrongDirection } from './direction';
import { MARK, NUMBER, STRONG_R, flagsAt, widthAt } from './scripts';

/**
 * Typography lint for Arabic (and other RTL) text. It only reports: each issue
 * carries the edits that would fix it, applied by `applyFixes` when the editor
 * asks. Nothing here rewrites text on its own.
 */
export const LINT_RULES = ['quotes', 'latin-punctuation', 'space-before-punctuation', 'double-space', 'tatweel'] as const;
export type LintRuleId = (typeof LINT_RULES)[number];

export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

export interface LintIssue {
  rule: LintRuleId;
  /** Span to highlight, in UTF-16 code units of the linted text. */
  start: number;
  end: number;
  found: string;
  /** Edits that fix the issue; empty when no safe fix exists (e.g. a lone quote). */
  edits: TextEdit[];
}


const ARABIC_PUNCTUATION: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
const LATIN_PUNCTUATION = new Set([0x2c, 0x3b, 0x3f]);
const PUNCTUATION_AFTER_SPACE = new Set(Array.from('،؛؟!:.,;?', (c) => c.charCodeAt(0)));
const isSpaceOrNbsp = (code: number) => code === 0x20 || code === 0xa0;

// Where text stands after an RTL letter: right after it and its marks, or
// after spaces that follow them. Tracked in one forward pass: the lookbehinds
// this replaces re-read every run of spaces or marks at each position, which
// took seconds on a letter followed by 100,000 spaces.
const ELSEWHERE = 0;
const AFTER_LETTER = 1;
const AFTER_LETTER_SPACES = 2;

function nextContext(context: number, text: string, i: number): number {
  const flags = flagsAt(text, i);
  if (flags & STRONG_R) return AFTER_LETTER;
  if (flags & MARK) return context === AFTER_LETTER ? AFTER_LETTER : ELSEWHERE;
  if (isSpaceOrNbsp(text.charCodeAt(i))) return context === ELSEWHERE ? ELSEWHERE : AFTER_LETTER_SPACES;
  return ELSEWHERE;
}

const issueAt = (rule: LintRuleId, text: string, start: number, end: number, replacement: string): LintIssue => ({
  rule,
  start,
  end,
  found: text.slice(start, end),
  edits: [{ start, end, replacement }],
});

/** `,` `;` `?` after an RTL word (spaces between allowed), not inside a number like 1,5. */
function latinPunctuationIssues(text: string): LintIssue[] {
  const issues: LintIssue[] = [];
  let context = ELSEWHERE;
  for (let i = 0; i < text.length; i += widthAt(text, i)) {
    const code = text.charCodeAt(i);
    if (context !== ELSEWHERE && LATIN_PUNCTUATION.has(code) && !(flagsAt(text, i + 1) & NUMBER)) {
      issues.push(issueAt('latin-punctuation', text, i, i + 1, ARABIC_PUNCTUATION[text[i]]));
    }
    context = nextContext(context, text, i);
  }
  return issues;
}

/** Spaces between an RTL word and the punctuation that follows it. */
function spaceBeforePunctuationIssues(text: string): LintIssue[] {
  const issues: LintIssue[] = [];
  let context = ELSEWHERE;
  for (let i = 0; i < text.length; ) {
    if (context === AFTER_LETTER && isSpaceOrNbsp(text.charCodeAt(i))) {
      let end = i + 1;
      while (isSpaceOrNbsp(text.charCodeAt(end))) end += 1;
      if (PUNCTUATION_AFTER_SPACE.has(text.charCodeAt(end)) && !(flagsAt(text, end + 1) & NUMBER)) {
        issues.push(issueAt('space-before-punctuation', text, i, end, ''));
      }
      context = AFTER_LETTER_SPACES;
      i = end;
      continue;
    }
    context = nextContext(context, text, i);
    i += widthAt(text, i);
  }
  return issues;
}

const simple = (rule: LintRuleId, pattern: RegExp, replace: (match: string) => string) => (text: string): LintIssue[] =>
  [...text.matchAll(pattern)].map((m) => {
    const start = m.index ?? 0;
    return issueAt(rule, text, start, start + m[0].length, replace(m[0]));
  });

const QUOTES = new Set(Array.from('“”«»', (c) => c.charCodeAt(0)));
const CLOSERS = new Set(['”', '»']);
const isSpace = (ch: string | undefined) => ch === undefined || /[\s\u00A0]/.test(ch);
const isClosingContext = (next: string | undefined) => next === undefined || /[\s\u00A0.,،;؛:!?؟)\]»”]/.test(next);

/**
 * Pairs nested inside this many open quotes report `found` abbreviated: prose
 * never nests that deep, and a full span for each of thousands of nested pairs
 * would make the issues (and the API response) quadratic in the text's length.
 */
const FULL_FOUND_DEPTH = 8;
const ABBREVIATED_SIDE = 20;

/** `text[start, end)` as its first and last ABBREVIATED_SIDE characters around an ellipsis, never splitting a surrogate pair. */
function abbreviated(text: string, start: number, end: number): string {
  if (end - start <= 2 * ABBREVIATED_SIDE + 1) return text.slice(start, end);
  let head = start + ABBREVIATED_SIDE;
  if (widthAt(text, head - 1) === 2) head += 1;
  let tail = end - ABBREVIATED_SIDE;
  if (widthAt(text, tail - 1) === 2) tail -= 1;
  return `${text.slice(start, head)}…${text.slice(tail, end)}`;
}

/** Quote pairs that are reversed (” to open), mixed (“…»), spaced inside (« x »), or Western quotes in RTL text. */
function quoteIssues(text: string): LintIssue[] {
  const rtl = firstStrongDirection(text) === 'rtl';
  const [open, close] = rtl ? ['«', '»'] : ['“', '”'];
  const issues: LintIssue[] = [];
  const stack: number[] = [];
  // Positions only (no match objects): a text can hold 100,000 quotes.
  const quotes: number[] = [];
  for (let i = 0; i < text.length; i += 1) if (QUOTES.has(text.charCodeAt(i))) quotes.push(i);
  quotes.forEach((at, index) => {
    const quote = text[at];
    const before = text[at - 1];
    const after = text[at + 1];
    // Closing when glued to the word before and followed by a space or punctuation;
    // opening when glued to the word after; otherwise decided by what is open.
    const gluedBefore = !isSpace(before);
    const gluedAfter = !isClosingContext(after);
    // A free-standing closing glyph with nothing open opens a (reversed) pair
    // only when the next quote closes; otherwise it is a stray quote.
    const nextCloses = index + 1 < quotes.length && CLOSERS.has(text[quotes[index + 1]]);
    const closing =
      gluedBefore !== gluedAfter ? gluedBefore : stack.length > 0 || (CLOSERS.has(quote) && !nextCloses);
    if (!closing) {
      stack.push(at);
      return;
    }
    const opener = stack.pop();
    if (opener === undefined) {
      issues.push({ rule: 'quotes', start: at, end: at + 1, found: quote, edits: [] });
      return;
    }
    let innerStart = opener + 1;
    while (isSpace(text[innerStart]) && innerStart < at) innerStart += 1;
    let innerEnd = at;
    while (isSpace(text[innerEnd - 1]) && innerEnd > innerStart) innerEnd -= 1;
    const wellFormed = text[opener] === open && text[at] === close && innerStart === opener + 1 && innerEnd === at;
    if (wellFormed) return;
    issues.push({
      rule: 'quotes',
      start: opener,
      end: at + 1,
      found: stack.length < FULL_FOUND_DEPTH ? text.slice(opener, at + 1) : abbreviated(text, opener, at + 1),
      edits: [
        { start: opener, end: innerStart, replacement: open },
        { start: innerEnd, end: at + 1, replacement: close },
      ],
    });
  });
  for (const lone of stack) issues.push({ rule: 'quotes', start: lone, end: lone + 1, found: text[lone], edits: [] });
  return issues;
}

/** The lint rules, as data: id → finder. */
const RULES: Record<LintRuleId, (text: string) => LintIssue[]> = {
  quotes: quoteIssues,
  'latin-punctuation': latinPunctuationIssues,
  'space-before-punctuation': spaceBeforePunctuationIssues,
  // One lookbehind of one character and one run per match: linear.
  'double-space': simple('double-space', /(?<=\S) {2,}(?=\S)/g, () => ' '),
  tatweel: simple('tatweel', /\u0640+/g, () => ''),
};

/** Every typography issue in `text`, in order of position. */
export function lintText(text: string, rules: readonly LintRuleId[] = LINT_RULES): LintIssue[] {
  return rules.flatMap((rule) => RULES[rule](text)).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Apply the edits of `issues` to `text`. Edits that overlap an edit already
 * taken are skipped, so the result is well defined whatever the selection.
 */
export function applyFixes(text: string, issues: readonly LintIssue[]): string {
  // A loop rather than flatMap: a text can carry 100,000 edits.
  const edits: TextEdit[] = [];
  for (const issue of issues) for (const edit of issue.edits) edits.push(edit);
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  // Pieces joined once: appending to one string builds a rope as long as the edits, flattened at the end.
  const out: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    out.push(text.slice(cursor, edit.start), edit.replacement);
    cursor = edit.end;
  }
  out.push(text.slice(cursor));
  return out.join('');
}
