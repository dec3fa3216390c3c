import { errors } from '@strapi/utils';

/**
 * What a client can do about a problem by itself: `action` names the fix
 * (`neutralise-pasted-text`: run `neutralisePasted` on the value at `path`),
 * `problems` what it would remove.
 */
export interface FieldFix {
  action: string;
  problems: string[];
}

/** One field problem, in the shape Strapi's admin and REST clients already read (plus an optional fix). */
export interface FieldError {
  path: (string | number)[];
  message: string;
  fix?: FieldFix;
}

/** A 400 naming every problem by field path; nothing is written when it is thrown. */
export function validationError(problems: FieldError[]): errors.ValidationError {
  const first = problems[0];
  const summary = problems.length === 1
    ? `${first.path.join('.')} ${first.message}`
    : `${problems.length} errors occurred`;
  return new errors.ValidationError(summary, {
    errors: problems.map((p) => ({
      path: p.path.map(String),
      message: `${p.path.join('.')} ${p.message}`,
      name: 'ValidationError',
      ...(p.fix ? { fix: p.fix } : {}),
    })),
  });
}
