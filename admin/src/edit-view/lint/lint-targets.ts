import { applyFixes, lintText, type LintIssue } from '../../core';
import { bodyBlocks, type ArticleValues } from '../article';
import { applyBlocksFix, lintBlocks } from './blocks-lint';

/** A form field the panel lints: plain text, or a blocks (rich text) value. */
export interface LintTarget {
  path: string;
  kind: 'string' | 'blocks';
  /** What the editor calls it: the title, the standfirst or the body block at `block` (1-based). */
  field: 'title' | 'standfirst' | 'block';
  block?: number;
  value: unknown;
}

export interface FieldIssue {
  target: LintTarget;
  /** For blocks: which text block of the value (offsets are relative to it). */
  at: number;
  /** The linted text (the field, or the block of a rich text value): the issue's offsets are in it. */
  text: string;
  issue: LintIssue;
  fixable: boolean;
}

/** Body blocks whose `text` is prose the editor writes, by kind of value. */
const BODY_TEXT: Record<string, LintTarget['kind']> = {
  'newsroom.paragraph': 'blocks',
  'newsroom.intertitle': 'string',
  'newsroom.quote': 'string',
};

/** Title, standfirst and the body's text blocks, in reading order. */
export function lintTargets(values: ArticleValues): LintTarget[] {
  const targets: LintTarget[] = [
    { path: 'title', kind: 'string', field: 'title', value: values.title },
    { path: 'standfirst', kind: 'string', field: 'standfirst', value: values.standfirst },
  ];
  bodyBlocks(values).forEach((block, index) => {
    const kind = block?.__component ? BODY_TEXT[block.__component] : undefined;
    if (kind) targets.push({ path: `body.${index}.text`, kind, field: 'block', block: index + 1, value: block?.text });
  });
  return targets;
}

/** The issues of one field. */
export function lintTarget(target: LintTarget): FieldIssue[] {
  if (target.kind === 'blocks') {
    return lintBlocks(target.value).map(({ at, text, issue, leafEdits }) => ({ target, at, text, issue, fixable: leafEdits !== null }));
  }
  const text = target.value;
  if (typeof text !== 'string') return [];
  return lintText(text).map((issue) => ({ target, at: 0, text, issue, fixable: issue.edits.length > 0 }));
}

const same = (a: LintIssue, b: LintIssue) => a.rule === b.rule && a.start === b.start && a.end === b.end && a.found === b.found;

/**
 * The field's value with `issue` fixed, computed from the field's current
 * value (the panel may show a slightly older one while the editor types);
 * null when the issue is no longer there.
 */
export function fixedValue({ target, at, issue }: FieldIssue, current: unknown): unknown {
  if (target.kind === 'blocks') {
    const match = lintBlocks(current).find((candidate) => candidate.at === at && same(candidate.issue, issue));
    return match?.leafEdits ? applyBlocksFix(current, match.leafEdits) : null;
  }
  if (typeof current !== 'string') return null;
  const match = lintText(current).find((candidate) => same(candidate, issue));
  return match && match.edits.length > 0 ? applyFixes(current, [match]) : null;
}
