import { textDirection } from './direction';
import { RTL_LETTER_CLASS } from './scripts';

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


const simple = (rule: LintRuleId, pattern: RegExp, replace: (match: string) => string) => (text: string): LintIssue[] =>
  [...text.matchAll(pattern)].map((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    return { rule, start, end, found: m[0], edits: [{ start, end, replacement: replace(m[0]) }] };
  });

const ARABIC_PUNCTUATION: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };
const AFTER_RTL = String.raw`(?<=${RTL_LETTER_CLASS}\p{M}*[ \u00A0]*)`;

const QUOTES = /[“”«»]/g;
const CLOSERS = new Set(['”', '»']);
const isSpace = (ch: string | undefined) => ch === undefined || /[\s\u00A0]/.test(ch);
const isClosingContext = (next: string | undefined) => next === undefined || /[\s\u00A0.,،;؛:!?؟)\]»”]/.test(next);

/** Quote pairs that are reversed (” to open), mixed (“…»), spaced inside (« x »), or Western quotes in RTL text. */
function quoteIssues(text: string): LintIssue[] {
  const rtl = textDirection(text) === 'rtl';
  const [open, close] = rtl ? ['«', '»'] : ['“', '”'];
  const issues: LintIssue[] = [];
  const stack: number[] = [];
  const quotes = [...text.matchAll(QUOTES)];
  quotes.forEach((m, index) => {
    const at = m.index ?? 0;
    const before = text[at - 1];
    const after = text[at + 1];
    // Closing when glued to the word before and followed by a space or punctuation;
    // opening when glued to the word after; otherwise decided by what is open.
    const gluedBefore = !isSpace(before);
    const gluedAfter = !isClosingContext(after);
    // A free-standing closing glyph with nothing open opens a (reversed) pair
    // only when the next quote closes; otherwise it is a stray quote.
    const nextCloses = CLOSERS.has(quotes[index + 1]?.[0] ?? '');
    const closing =
      gluedBefore !== gluedAfter ? gluedBefore : stack.length > 0 || (CLOSERS.has(m[0]) && !nextCloses);
    if (!closing) {
      stack.push(at);
      return;
    }
    const opener = stack.pop();
    if (opener === undefined) {
      issues.push({ rule: 'quotes', start: at, end: at + 1, found: m[0], edits: [] });
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
      found: text.slice(opener, at + 1),
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
  'latin-punctuation': simple('latin-punctuation', new RegExp(`${AFTER_RTL}[,;?](?![\\p{N}])`, 'gv'), (c) => ARABIC_PUNCTUATION[c]),
  'space-before-punctuation': simple('space-before-punctuation', new RegExp(`(?<=${RTL_LETTER_CLASS}\\p{M}*)[ \\u00A0]+(?=[،؛؟!:.,;?](?![\\p{N}]))`, 'gv'), () => ''),
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
  const edits = issues.flatMap((i) => i.edits).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    out += text.slice(cursor, edit.start) + edit.replacement;
    cursor = edit.end;
  }
  return out + text.slice(cursor);
}
