import { LINT_RULES, applyFixes, lintText } from '../text';
import { validate } from '../validation';
import { lintBodySchema } from './request-schemas';

/**
 * Admin API of the text engine: typography lint of what the editor is typing.
 * It reports; `fixed` shows the text with every fix applied, for the editor to
 * accept or not. Nothing is stored.
 */
export default () => ({
  async lint(ctx: any) {
    const { text, rules } = validate(lintBodySchema, ctx.request.body ?? {}, 'typed');
    const issues = lintText(text, rules ?? LINT_RULES);
    ctx.body = { data: { issues, fixed: applyFixes(text, issues) } };
  },
});
