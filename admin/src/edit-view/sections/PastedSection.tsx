import * as React from 'react';
import { useIntl } from 'react-intl';
import { Button, Flex, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { neutralisePastedArticle, type PastedChange } from '../../core';
import { adminMessageId } from '../../translations/admin-keys';
import en from '../../translations/en.json';
import { useMessages, type MessageId } from '../../utils/messages';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

/**
 * The form path a fix writes: the field itself, or a body block's field. A
 * rich-text paragraph is written whole (its editor takes a new value, not a
 * change inside a text node).
 */
const writePath = (path: PastedChange['path']) => (path[0] === 'body' ? path.slice(0, 3) : path.slice(0, 1)).join('.');

function valueAt(values: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), values);
}

/** The field's label in the interface language: the article's field labels (as the edit view shows them), body blocks by number. */
function useFieldLabel(): (path: PastedChange['path']) => string {
  const t = useMessages();
  const { formatMessage } = useIntl();
  return React.useCallback(
    (path) => {
      if (path[0] === 'body') return t('panel.lint.field.block', { number: Number(path[1]) + 1 });
      const key = `field.article.${String(path[0])}` as keyof typeof en;
      return key in en ? formatMessage({ id: adminMessageId(key), defaultMessage: en[key] }) : String(path[0]);
    },
    [t, formatMessage]
  );
}

/**
 * Invisible characters pasted from other sites (embeddings, overrides, tabs,
 * line breaks, controls): which fields hold them and one click to remove them
 * all, with the same rule importers use (`neutralisePastedArticle`). The write
 * path refuses them in single-line fields with a 400 whose `fix` names this
 * action; the section shows only while there is something to remove.
 */
export function PastedSection({ values }: PanelSectionProps) {
  const t = useMessages();
  const label = useFieldLabel();
  const onChange = useForm('NewsroomPasted', (form) => form.onChange);
  const getValues = useForm('NewsroomPasted', (form) => form.getValues);
  const disabled = useForm('NewsroomPasted', (form) => form.disabled);
  const changes = React.useMemo(() => neutralisePastedArticle(values as Record<string, unknown>).changes, [values]);

  const fix = React.useCallback(() => {
    // From the form's current values: the list may be a keystroke behind.
    const { data, changes: now } = neutralisePastedArticle(getValues() as Record<string, unknown>);
    for (const path of new Set(now.map((change) => writePath(change.path)))) onChange(path, valueAt(data, path));
  }, [getValues, onChange]);

  if (changes.length === 0) return null;
  const kinds = (change: PastedChange) => change.problems.map((problem) => t(`panel.pasted.kind.${problem}` as MessageId)).join('، ');
  return (
    <Section title={t('panel.pasted.title')}>
      <Typography variant="omega" fontWeight="semiBold" textColor="danger600" data-newsroom-pasted={changes.length} role="alert">
        {t('panel.pasted.summary', { count: changes.length })}
      </Typography>
      <Flex tag="ul" direction="column" alignItems="stretch" gap={1}>
        {changes.map((change) => (
          <Typography key={change.path.join('.')} tag="li" variant="pi" data-newsroom-pasted-field={change.path.join('.')}>
            {t('panel.pasted.field', { field: label(change.path), kinds: kinds(change) })}
          </Typography>
        ))}
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {t('panel.pasted.blocking')}
      </Typography>
      <Button variant="danger-light" size="S" onClick={fix} disabled={disabled} data-newsroom-pasted-fix="">
        {t('panel.pasted.fix')}
      </Button>
    </Section>
  );
}
