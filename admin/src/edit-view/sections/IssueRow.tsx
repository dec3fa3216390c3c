import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { firstStrongDirection, type Direction, type LintRuleId } from '../../core';
import { useMessages, type MessageId } from '../../utils/messages';
import type { FieldIssue } from '../lint/lint-targets';

const RULES: Record<LintRuleId, MessageId> = {
  quotes: 'panel.lint.rule.quotes',
  'latin-punctuation': 'panel.lint.rule.latin-punctuation',
  'space-before-punctuation': 'panel.lint.rule.space-before-punctuation',
  'double-space': 'panel.lint.rule.double-space',
  tatweel: 'panel.lint.rule.tatweel',
};

/** Characters of context shown on each side of the problem. */
const CONTEXT = 14;
/** Longest problem shown in full (a quoted passage can be long). */
const LONGEST = 40;

const isLowSurrogate = (text: string, at: number) => /[\uDC00-\uDFFF]/.test(text[at] ?? '');

/** The problem in a few words of context: `…before [found] after…`, never cutting a character in two. */
function excerptAround({ text, issue }: FieldIssue) {
  let beforeStart = Math.max(0, issue.start - CONTEXT);
  if (isLowSurrogate(text, beforeStart)) beforeStart -= 1;
  let afterEnd = Math.min(text.length, issue.end + CONTEXT);
  if (isLowSurrogate(text, afterEnd)) afterEnd += 1;
  const found = issue.found.length > LONGEST ? `${issue.found.slice(0, LONGEST / 2)}…${issue.found.slice(-LONGEST / 2)}` : issue.found;
  return {
    before: `${beforeStart > 0 ? '…' : ''}${text.slice(beforeStart, issue.start)}`,
    found,
    after: `${text.slice(issue.end, afterEnd)}${afterEnd < text.length ? '…' : ''}`,
  };
}

interface IssueRowProps {
  item: FieldIssue;
  /** The article's direction: the excerpt's when its own text has no strong letter. */
  articleDir: Direction;
  disabled: boolean;
  onFix: (item: FieldIssue) => void;
}

/** One typography issue: which rule, where, the problem highlighted in its text, and its fix. */
export function IssueRow({ item, articleDir, disabled, onFix }: IssueRowProps) {
  const t = useMessages();
  const rule = t(RULES[item.issue.rule]);
  const field =
    item.target.field === 'block'
      ? t('panel.lint.field.block', { number: item.target.block ?? 0 })
      : t(item.target.field === 'title' ? 'panel.lint.field.title' : 'panel.lint.field.standfirst');
  const { before, found, after } = excerptAround(item);

  return (
    <Flex tag="li" direction="column" alignItems="stretch" gap={1} data-newsroom-issue={item.issue.rule}>
      <Flex justifyContent="space-between" alignItems="flex-start" gap={2}>
        <Typography variant="omega" fontWeight="semiBold">
          {rule}
        </Typography>
        {item.fixable ? (
          <Button size="S" variant="secondary" disabled={disabled} onClick={() => onFix(item)} aria-label={t('panel.lint.fix.label', { rule, field })}>
            {t('panel.lint.fix')}
          </Button>
        ) : null}
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {item.fixable ? field : t('panel.lint.byHand', { field })}
      </Typography>
      {/* The excerpt is in the article's language, not the interface's: it reads in its text's direction, as the API renders it. */}
      {/* padding{Left,Right} come out as padding-inline-{start,end}: the design system writes logical properties. */}
      <Box background="neutral100" hasRadius paddingTop={1} paddingBottom={1} paddingLeft={2} paddingRight={2}>
        <Typography tag="bdi" dir={firstStrongDirection(item.text) ?? articleDir} variant="pi" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {before}
          <Box tag="mark" background="warning200" color="neutral800" hasRadius>
            {found}
          </Box>
          {after}
        </Typography>
      </Box>
    </Flex>
  );
}
