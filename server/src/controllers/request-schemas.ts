/**
 * What each route accepts, in one place: query strings and bodies, checked with
 * the plugin's one validation helper (unknown keys refused, 400 naming the field).
 */
import { yup } from '@strapi/utils';
import { LINT_RULES, type LintRuleId } from '../text';
import type { ArticleSort } from '../types/api';
import { localeCode, objectSchema, text } from '../validation';

/** Orders of `GET /articles` (`relevance` needs `q`). */
export const ARTICLE_SORTS = ['relevance', 'publishedAt:desc', 'publishedAt:asc'] as const satisfies readonly ArticleSort[];

/** Query of `GET /articles`. */
export const listQuerySchema = (maxPageSize: number) =>
  objectSchema({
    locale: localeCode(),
    page: yup.number().integer().min(1).max(100000),
    pageSize: yup.number().integer().min(1).max(maxPageSize),
    section: text().max(120),
    q: text().min(1).max(200),
    sort: yup
      .mixed<ArticleSort>()
      .oneOf([...ARTICLE_SORTS])
      .test('relevance-needs-q', 'sort=relevance needs q', function relevanceNeedsQ(value) {
        return value !== 'relevance' || typeof this.parent?.q === 'string';
      }),
    isolate: yup.boolean(),
  });

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

/** Fields of `POST /newsroom/import/wordpress` besides the `file` (multipart fields arrive as text). */
export const wordpressImportSchema = objectSchema({
  locale: localeCode().required('is required'),
  uploadMedia: yup.boolean(),
});

/** Params and query of the import job routes. */
export const importJobParamsSchema = objectSchema({ id: yup.number().integer().min(1).max(2147483647).required() });
export const redirectsQuerySchema = objectSchema({ format: yup.mixed<'csv' | 'json'>().oneOf(['csv', 'json']) });
