/**
 * What each route accepts, in one place: query strings and bodies, checked with
 * the plugin's one validation helper (unknown keys refused, 400 naming the field).
 * The list's query, with Strapi's REST syntax, has its own file: list-query.ts.
 */
import { yup } from '@strapi/utils';
import { LINT_RULES, type LintRuleId } from '../text';
import { localeCode, objectSchema } from '../validation';

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
