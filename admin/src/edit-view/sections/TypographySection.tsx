import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useMessages } from '../../utils/messages';
import { fixedValue, lintTarget, lintTargets, type FieldIssue } from '../lint/lint-targets';
import { IssueRow } from './IssueRow';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

/** Issues listed at most; the summary still counts them all. */
const SHOWN = 20;

/** The value at a dotted form path (`body.2.text`). */
function valueAt(values: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), values);
}

/** Typography lint of the title, standfirst and body text, each issue fixable in one click when it has a safe fix. */
export function TypographySection({ values, direction }: PanelSectionProps) {
  const t = useMessages();
  const onChange = useForm('NewsroomTypography', (form) => form.onChange);
  const getValues = useForm('NewsroomTypography', (form) => form.getValues);
  const disabled = useForm('NewsroomTypography', (form) => form.disabled);

  const issues = React.useMemo(() => lintTargets(values).flatMap(lintTarget), [values]);
  const fixable = issues.filter((item) => item.fixable).length;

  const fix = React.useCallback(
    (item: FieldIssue) => {
      // From the field's current value: the list may be a keystroke behind.
      const next = fixedValue(item, valueAt(getValues(), item.target.path));
      if (next !== null) onChange(item.target.path, next);
    },
    [getValues, onChange]
  );

  return (
    <Section title={t('panel.lint.title')}>
      <Typography variant="omega" fontWeight="semiBold" data-newsroom-issues={issues.length}>
        {t('panel.lint.summary', { count: issues.length })}
      </Typography>
      {issues.length > 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.lint.fixable', { count: fixable })}
        </Typography>
      ) : null}
      {issues.length > 0 ? (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={3}>
          {issues.slice(0, SHOWN).map((item) => (
            <IssueRow
              key={`${item.target.path}:${item.at}:${item.issue.rule}:${item.issue.start}`}
              item={item}
              articleDir={direction.dir}
              disabled={disabled}
              onFix={fix}
            />
          ))}
        </Flex>
      ) : null}
      {issues.length > SHOWN ? (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.lint.more', { count: issues.length - SHOWN })}
        </Typography>
      ) : null}
    </Section>
  );
}
