/**
 * Characters that text picks up when it is copied from another site, a word
 * processor or a feed, and that a newsroom field should not keep:
 * - embeddings and overrides (U+202A–202E), which the source page used for its
 *   own layout and which make text display differently from what it is;
 * - tabs and line breaks in a single-line field (title, kicker, byline…);
 * - other C0/C1 control characters and DEL, which no field needs.
 *
 * Embeddings and overrides are removed, not turned into their isolate
 * equivalents: their pairing in pasted text is rarely intact (a PDF without its
 * opener, an opener cut off at the end of the selection), an override reorders
 * letters whatever they are (an isolate would keep that), and the engine
 * already isolates every run of the opposite direction when it renders
 * (`isolateOppositeRuns`), from the characters themselves. Isolates (U+2066–
 * 2069) and marks (LRM, RLM, ALM) are an editor's deliberate choice and stay.
 *
 * One forward pass, no regex over the text: linear in its length.
 */

/** What a pasted-text problem is, as the 400 names it and the admin fixes it. */
export type PastedProblem = 'bidi-embedding' | 'line-break' | 'control';

/** Single-line fields turn line breaks into spaces; multi-line fields keep `\n`. */
export interface NeutraliseOptions {
  multiline?: boolean;
}

/** The action a client offers for pasted-text problems (the 400's `fix.action`). */
export const PASTED_FIX_ACTION = 'neutralise-pasted-text';

const enum Kind {
  Keep,
  Embedding,
  Break,
  Control,
}

// Tab, LF, VT, FF, CR, NEL, LINE and PARAGRAPH SEPARATOR: a pasted line or cell boundary.
const isBreak = (code: number) =>
  code === 0x09 || code === 0x0a || code === 0x0b || code === 0x0c || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;

function kindOf(code: number): Kind {
  if (code >= 0x202a && code <= 0x202e) return Kind.Embedding;
  if (isBreak(code)) return Kind.Break;
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f)) return Kind.Control;
  return Kind.Keep;
}

const isSpace = (char: string | undefined) => char === ' ' || char === '\u00A0';

/** The kinds of pasted-text problem in `text`, in a fixed order; empty when it is clean. */
export function pastedProblems(text: string, options: NeutraliseOptions = {}): PastedProblem[] {
  let embedding = false;
  let lineBreak = false;
  let control = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    switch (kindOf(code)) {
      case Kind.Embedding:
        embedding = true;
        break;
      case Kind.Break:
        // A multi-line field keeps its line feeds; anything else that breaks or tabs is a problem there too.
        if (!options.multiline || code !== 0x0a) lineBreak = true;
        break;
      case Kind.Control:
        control = true;
        break;
      default:
    }
  }
  const problems: PastedProblem[] = [];
  if (embedding) problems.push('bidi-embedding');
  if (lineBreak) problems.push('line-break');
  if (control) problems.push('control');
  return problems;
}

/**
 * `text` without what pasting brought in: embeddings, overrides and other
 * controls removed, tabs and line breaks turned into one space (single-line)
 * or tabs into a space and CR/CRLF/NEL/separators into `\n` (multi-line).
 * A break and the spaces after it become one space, never doubling the one
 * before it, and none is left where a value or a line starts or ends.
 * Clean text comes back unchanged (the same string).
 */
export function neutralisePasted(text: string, options: NeutraliseOptions = {}): string {
  if (pastedProblems(text, options).length === 0) return text;
  const multiline = options.multiline === true;
  // Kept text is copied in runs (slices), not character by character.
  let out = '';
  let emitted = false;
  let tail = ''; // the last character written
  let runStart = 0;
  let pendingSpace = false;
  const flush = (end: number) => {
    if (end > runStart) {
      out += text.slice(runStart, end);
      emitted = true;
      tail = text[end - 1];
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const kind = kindOf(code);
    if (kind === Kind.Keep) {
      if (!pendingSpace) continue;
      // The break takes the spaces after it along: one space in all, never doubling the one before it.
      if (isSpace(text[i])) {
        runStart = i + 1;
        continue;
      }
      if (emitted && tail !== '\n' && !isSpace(tail)) {
        out += ' ';
        tail = ' ';
      }
      pendingSpace = false;
      runStart = i;
      continue;
    }
    flush(i);
    runStart = i + 1;
    if (kind !== Kind.Break) continue; // an embedding, an override or a control: removed
    const isTabLike = code === 0x09 || code === 0x0b || code === 0x0c;
    if (multiline && !isTabLike) {
      // CRLF is one break.
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        i += 1;
        runStart = i + 1;
      }
      pendingSpace = false;
      out += '\n';
      emitted = true;
      tail = '\n';
    } else {
      pendingSpace = true;
    }
  }
  if (!pendingSpace) flush(text.length);
  return out;
}
