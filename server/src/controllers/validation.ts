import { validateYupSchema, yup } from '@strapi/utils';
import { validationError } from '../utils/errors';

const localeCode = yup.string().trim().matches(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a locale code such as "ar" or "en"');

/** Query of `GET /articles`: unknown keys are refused so typos surface as 400s. */
export const listQuerySchema = (maxPageSize: number) =>
  yup
    .object({
      locale: localeCode,
      page: yup.number().integer().min(1).max(100000),
      pageSize: yup.number().integer().min(1).max(maxPageSize),
      section: yup.string().trim().max(120),
      q: yup.string().trim().min(1).max(200),
      isolate: yup.boolean(),
    })

/** Query of `GET /articles/:slug`. */
export const findOneQuerySchema = yup.object({ locale: localeCode, isolate: yup.boolean() });

/**
 * Validates with Strapi's helper: failures become a 400 ValidationError naming
 * each path. Unknown parameters are refused (yup would drop them silently), so
 * a typo such as `?pagesize=` surfaces instead of being ignored.
 */
export async function validateQuery<T extends yup.AnyObjectSchema>(schema: T, query: Record<string, unknown>): Promise<yup.InferType<T>> {
  const unknown = Object.keys(query ?? {}).filter((key) => !(key in schema.fields));
  if (unknown.length > 0) {
    throw validationError(unknown.map((key) => ({ path: [key], message: `is not a known query parameter (known: ${Object.keys(schema.fields).join(', ')})` })));
  }
  return validateYupSchema(schema, { strict: false, abortEarly: false })(query) as Promise<yup.InferType<T>>;
}
