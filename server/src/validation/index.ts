/**
 * The one way the plugin validates what crosses its boundary (query strings,
 * request bodies, settings, plugin config): a yup object schema refusing
 * unknown keys, every problem reported as a 400 naming its field.
 */
import { yup } from '@strapi/utils';
import { validationError, type FieldError } from '../utils/errors';

/**
 * `query`: every value arrives as text and is cast (`?page=2` → 2).
 * `typed`: JSON bodies and config, whose values must already have their type ("2" is not a number).
 */
export type InputKind = 'query' | 'typed';

/** The shape of a locale code, shared by query parameters and the copyright templates' keys. */
export const LOCALE_CODE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** An object of exactly these fields, and present (`.notRequired()` for an optional nested one): an unknown key is a problem, never silently dropped. */
export const objectSchema = <S extends Record<string, yup.AnySchema>>(fields: S) =>
  yup.object(fields).noUnknown().required('is required').typeError('must be an object');

/**
 * A string and nothing else. yup would turn `?q[]=a` into an array it then calls
 * `.trim()` on (a 500); here arrays and objects fail the type check instead.
 */
export const text = () =>
  yup
    .string()
    .transform((_value, original) => (typeof original === 'string' ? original.trim() : original))
    .typeError('must be a string');

/** A BCP 47-like locale code such as "ar" or "en-GB"; whether the site has it is the caller's question. */
export const localeCode = () => text().max(35).matches(LOCALE_CODE, 'must be a locale code such as "ar" or "en"');

/** yup's "a.b[0]" / `a["x.y"]` as ['a', 'b', '0'] / ['a', 'x.y'], the path shape Strapi clients read. */
const toPath = (path: string | undefined): string[] => [...(path ?? '').matchAll(/\["(.+?)"\]|[^.[\]]+/g)].map((m) => m[1] ?? m[0]);

/** One entry per unknown key, the key itself as the path, so a typo is named rather than summarised. */
function unknownKeyProblems(root: yup.AnySchema, error: yup.ValidationError): FieldError[] {
  const at = error.path ? (yup.reach(root, error.path) as yup.AnyObjectSchema) : (root as yup.AnyObjectSchema);
  const known = Object.keys(at.fields);
  return Object.keys(error.value ?? {})
    .filter((key) => !known.includes(key))
    .map((key) => ({ path: [...toPath(error.path), key], message: `is not a known key (known: ${known.join(', ')})` }));
}

/** yup's default messages start with the path; validationError adds it again. */
const withoutPath = (error: yup.ValidationError) => {
  const prefix = `${error.path ?? 'this'} `;
  return error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
};

// `stripUnknown: false` is what makes noUnknown bite when casting: yup drops unknown keys first otherwise.
const options = (kind: InputKind) => ({ strict: kind === 'typed', abortEarly: false, stripUnknown: false });

function problemsOf(schema: yup.AnyObjectSchema, error: unknown): FieldError[] {
  if (!(error instanceof yup.ValidationError)) throw error;
  const leaves = error.inner.length > 0 ? error.inner : [error];
  return leaves.flatMap((leaf) =>
    leaf.type === 'noUnknown' ? unknownKeyProblems(schema, leaf) : [{ path: toPath(leaf.path), message: withoutPath(leaf) }]
  );
}

/** Every problem of `input` against `schema`; empty when it is valid. */
export function problemsIn(schema: yup.AnyObjectSchema, input: unknown, kind: InputKind): FieldError[] {
  try {
    schema.validateSync(input, options(kind));
    return [];
  } catch (error) {
    return problemsOf(schema, error);
  }
}

/** `input` checked and (for a query) cast; a 400 ValidationError naming every problem otherwise. */
export function validate<T extends yup.AnyObjectSchema>(schema: T, input: unknown, kind: InputKind): yup.InferType<T> {
  try {
    return schema.validateSync(input, options(kind));
  } catch (error) {
    throw validationError(problemsOf(schema, error));
  }
}
