import { validateYupSchema, yup } from '@strapi/utils';
import { LINT_RULES, applyFixes, lintText, type LintRuleId } from '../text';

const lintBody = yup
  .object({
    text: yup.string().strict(true).max(200000).required(),
    rules: yup.array(yup.mixed<LintRuleId>().oneOf([...LINT_RULES]).required()),
  })
  .noUnknown();

/**
 * Admin API of the text engine: typography lint of what the editor is typing.
 * It reports; `fixed` shows the text with every fix applied, for the editor to
 * accept or not. Nothing is stored.
 */
export default () => ({
  async lint(ctx: any) {
    const { text, rules } = (await validateYupSchema(lintBody, { strict: false, abortEarly: false })(ctx.request.body ?? {})) as {
      text: string;
      rules?: LintRuleId[];
    };
    const issues = lintText(text, rules ?? LINT_RULES);
    ctx.body = { data: { issues, fixed: applyFixes(text, issues) } };
  },
});
