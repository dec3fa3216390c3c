/**
 * What each route accepts, in one place: query strings and bodies, checked with
 * the plugin's one validation helper (unknown keys refused, 400 naming the field).
 * The list's query, with Strapi's REST syntax, has its own file: list-query.ts.
 */
import { yup } from '@strapi/utils';
import { LINT_RULES, type LintRuleId } from '../text';
import { localeCode, objectSchema, text } from '../validation';

/** Query of `GET /articles/:slug` and `/articles/:slug/reuse`. */
export const findOneQuerySchema = objectSchema({ locale: localeCode(), isolate: yup.boolean() });

/** Query of the admin's link warnings. */
export const localeQuerySchema = objectSchema({ locale: localeCode() });

/** Query of the admin's related-article suggestions. */
export const suggestionsQuerySchema = objectSchema({ locale: localeCode(), limit: yup.number().integer().min(1).max(50) });

/** Body of `POST /text/lint`: the text as typed, never trimmed (issue offsets point into it). */
export const lintBodySchema = objectSchema({
  text: yup.string().max(200000).required(),
  rules: yup.array(yup.mixed<LintRuleId>().oneOf([...LINT_RULES]).required()),
});

/** C0/C1 controls: never part of a section name, and a sign of a forged request. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

/** Query of the RSS and Atom feeds. */
export const feedQuerySchema = objectSchema({
  locale: localeCode(),
  section: text()
    .min(1)
    .max(120)
    .test('no-controls', '${path} must not contain control characters', (value) => value === undefined || !CONTROL_CHARACTERS.test(value)),
});

/** Query of `sitemap.xml` (`page` of the index). */
export const sitemapQuerySchema = objectSchema({ page: yup.number().integer().min(1).max(100000) });

/** Query of `news-sitemap.xml`: none. */
export const noQuerySchema = objectSchema({});

/** Fields of `POST /newsroom/import/wordpress` besides the `file` (multipart fields arrive as text). */
export const wordpressImportSchema = objectSchema({
  locale: localeCode().required('is required'),
  uploadMedia: yup.boolean(),
  /** Post types imported as articles, comma-separated (`post,news`); each checked by the service (`importOptions`). */
  postTypes: yup.string().max(1000),
});

/** Params and query of the import job routes. */
export const importJobParamsSchema = objectSchema({ id: yup.number().integer().min(1).max(2147483647).required() });
export const redirectsQuerySchema = objectSchema({ format: yup.mixed<'csv' | 'json'>().oneOf(['csv', 'json']) });
/** Query of the list of imports. */
export const importJobsQuerySchema = objectSchema({ page: yup.number().integer().min(1).max(100000), pageSize: yup.number().integer().min(1).max(100) });
