import { validateYupSchema, yup } from '@strapi/utils';

const localeCode = yup.string().trim().matches(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a locale code such as "ar" or "en"');

/** Query of `GET /articles`: unknown keys are refused so typos surface as 400s. */
export const listQuerySchema = (maxPageSize: number) =>
  yup
    .object({
      locale: localeCode,
      page: yup.number().integer().min(1).max(100000),
      pageSize: yup.number().integer().min(1).max(maxPageSize),
      section: yup.string().trim().max(120),
    })
    .noUnknown(true, 'unknown query parameter "${unknown}"');

/** Query of `GET /articles/:slug`. */
export const findOneQuerySchema = yup.object({ locale: localeCode }).noUnknown(true, 'unknown query parameter "${unknown}"');

/** Validates with Strapi's helper: failures become a 400 ValidationError naming each path. */
export const validateQuery = <T extends yup.AnyObjectSchema>(schema: T, query: unknown) =>
  validateYupSchema(schema, { strict: false, abortEarly: false })(query) as Promise<yup.InferType<T>>;
