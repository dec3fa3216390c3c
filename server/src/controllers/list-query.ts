/**
 * The query of `GET /articles`, in the plugin's own parameters (`page`,
 * `pageSize`, `section`, `sort`) or in Strapi's REST syntax (`pagination`,
 * `sort` as a list, `filters` on section, keywords and publishedAt): checked
 * (unknown keys refused, 400 naming the path) and read into one request.
 */
import { yup } from '@strapi/utils';
import { parseIsoDate, parseSortKey, type DateRange, type ListFilters, type ListOrder } from '../list/query';
import { validationError, type FieldError } from '../utils/errors';
import { localeCode, objectSchema, text, validate } from '../validation';

/** An optional nested object of exactly these keys. */
const optionalObject = <S extends Record<string, yup.AnySchema>>(fields: S) => objectSchema(fields).notRequired().default(undefined);

/** A list of strings; one value (`?filters[section][$in]=world`) counts as a list of one. */
const textList = (max: number) =>
  yup
    .array(text().min(1).max(max).required())
    .transform((value, original) => (typeof original === 'string' ? [original] : value))
    .min(1)
    .max(50)
    .typeError('must be a list of strings');

/**
 * Strapi's implicit `$eq`: `filters[section]=x` means `filters[section][$eq]=x`, as in Strapi's own
 * REST API, so a client that writes `{ section: 'x' }` gets what it asked for.
 */
const implicitEq = <S extends yup.AnySchema>(operators: S) =>
  operators.transform((value: unknown, original: unknown) => (typeof original === 'string' ? { $eq: original } : value));

const isoDate = () =>
  text().test('iso-date', 'must be an ISO 8601 date such as 2026-03-01 or 2026-03-01T10:00:00Z', (value) => value === undefined || parseIsoDate(value) !== null);

/** `sort`: `relevance`, `field:order` (publishedAt, updatedAt, title; asc or desc), a comma-separated list of them, or `sort[0]=…`. */
const sortSchema = yup
  .mixed<string[]>()
  .transform((value) => (typeof value === 'string' ? value.split(',') : value))
  .test('sort', 'must be relevance, or publishedAt, updatedAt or title with :asc or :desc (a list at most 3 long, each field once)', (value) => {
    if (value === undefined) return true;
    if (!Array.isArray(value) || value.length === 0 || value.length > 3 || !value.every((v) => typeof v === 'string')) return false;
    if (value.length === 1 && value[0].trim() === 'relevance') return true;
    const keys = value.map(parseSortKey);
    return keys.every((k) => k !== null) && new Set(keys.map((k) => k!.field)).size === keys.length;
  });

/** Query of `GET /articles`. */
export const listQuerySchema = (maxPageSize: number) => {
  const page = yup.number().integer().min(1).max(100000).typeError('must be a whole number');
  const pageSize = yup.number().integer().min(1).max(maxPageSize).typeError('must be a whole number');
  return objectSchema({
    locale: localeCode(),
    page,
    pageSize,
    pagination: optionalObject({ page, pageSize, withCount: yup.boolean().typeError('must be true or false') }),
    section: text().max(120),
    filters: optionalObject({
      section: implicitEq(optionalObject({ $eq: text().min(1).max(120), $in: textList(120) })),
      // Equality has no single meaning on a list of keywords or on an instant: these name their operator.
      keywords: optionalObject({ $contains: text().min(1).max(100), $in: textList(100) }).typeError('needs an operator: $contains (has this keyword) or $in (has one of these)'),
      publishedAt: optionalObject({ $gte: isoDate(), $gt: isoDate(), $lte: isoDate(), $lt: isoDate() }).typeError('needs an operator: $gte, $gt, $lte or $lt'),
    }),
    q: text().min(1).max(200),
    sort: sortSchema,
    isolate: yup.boolean(),
  });
};

/** The schema of each `maxPageSize` (one per app): building it clones yup schemas, a sixth of a list request's CPU when built per request. */
const schemas = new Map<number, ReturnType<typeof listQuerySchema>>();
function schemaFor(maxPageSize: number): ReturnType<typeof listQuerySchema> {
  let schema = schemas.get(maxPageSize);
  if (!schema) {
    if (schemas.size >= 8) schemas.clear();
    schemas.set(maxPageSize, (schema = listQuerySchema(maxPageSize)));
  }
  return schema;
}

/** A list request, read. */
export interface ListRequest {
  locale?: string;
  page: number;
  pageSize: number;
  withCount: boolean;
  q?: string;
  /** `relevance` (the default with `q`) or the order of the list index (`publishedAt:desc` the default without). */
  order: 'relevance' | ListOrder[];
  filters: ListFilters;
  isolate?: boolean;
}

const onlyOne = (problems: FieldError[], path: string[], other: string, given: unknown, alsoGiven: unknown) => {
  if (given !== undefined && alsoGiven !== undefined) problems.push({ path, message: `cannot be given with ${other} (they are the same parameter)` });
};

/** The checked query of `GET /articles` as one request; 400 naming each problem. */
export function readListQuery(input: unknown, limits: { maxPageSize: number; defaultPageSize: number }): ListRequest {
  const query = validate(schemaFor(limits.maxPageSize), input, 'query');
  const problems: FieldError[] = [];
  const { pagination, filters } = query;
  onlyOne(problems, ['pagination', 'page'], 'page', pagination?.page, query.page);
  onlyOne(problems, ['pagination', 'pageSize'], 'pageSize', pagination?.pageSize, query.pageSize);
  onlyOne(problems, ['filters', 'section'], 'section', filters?.section, query.section || undefined);
  const sectionFilter = filters?.section;
  onlyOne(problems, ['filters', 'section', '$in'], '$eq', sectionFilter?.$in, sectionFilter?.$eq);
  onlyOne(problems, ['filters', 'keywords', '$in'], '$contains', filters?.keywords?.$in, filters?.keywords?.$contains);
  const sortKeys = (query.sort as string[] | undefined)?.map((s) => s.trim());
  if (sortKeys?.[0] === 'relevance' && !query.q) problems.push({ path: ['sort'], message: 'relevance needs q' });
  if (problems.length > 0) throw validationError(problems);

  const sections = sectionFilter?.$in ?? (sectionFilter?.$eq ? [sectionFilter.$eq] : query.section ? [query.section] : undefined);
  const keywords = filters?.keywords?.$in ?? (filters?.keywords?.$contains ? [filters.keywords.$contains] : undefined);
  const dates = filters?.publishedAt;
  const range: DateRange = {};
  for (const op of ['$gte', '$gt', '$lte', '$lt'] as const) if (dates?.[op]) range[op] = parseIsoDate(dates[op]!)!;
  const order: ListRequest['order'] =
    sortKeys === undefined ? (query.q ? 'relevance' : [{ field: 'publishedAt', order: 'desc' }]) : sortKeys[0] === 'relevance' ? 'relevance' : sortKeys.map((k) => parseSortKey(k)!);
  return {
    locale: query.locale,
    page: pagination?.page ?? query.page ?? 1,
    pageSize: pagination?.pageSize ?? query.pageSize ?? limits.defaultPageSize,
    withCount: pagination?.withCount ?? true,
    q: query.q,
    order,
    filters: {
      ...(sections ? { sections } : {}),
      ...(keywords ? { keywords } : {}),
      ...(Object.keys(range).length > 0 ? { publishedAt: range } : {}),
    },
    isolate: query.isolate,
  };
}

/** The order as the response names it (`meta.search.sort`): `relevance` or `field:order`, comma-separated. */
export const orderName = (order: ListRequest['order']): string =>
  order === 'relevance' ? 'relevance' : order.map(({ field, order: direction }) => `${field}:${direction}`).join(',');
