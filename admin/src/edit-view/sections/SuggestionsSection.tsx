import * as React from 'react';
import { Badge, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useForm } from '@strapi/strapi/admin';
import { ARTICLE_UID } from '../../../../content-types';
import { firstStrongDirection, type Suggestion } from '../../core';
import { useFetched } from '../../hooks/useFetched';
import { useMessages } from '../../utils/messages';
import { FetchedList } from './FetchedList';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

/** A relation the Content Manager's form holds in `<field>.connect` until the save (as its relation picker adds them). */
interface ConnectItem {
  id: number;
  documentId: string;
  locale: string | null;
  title: string;
  label: string;
  status?: string;
  apiData: { id: number; documentId: string; locale: string | null; isTemporary: true };
  __temp_key__: string;
}

const LIMIT = 10;

/** Fractional-index keys after every key the relation list can hold from the server (`a0`…`az`), in order. */
const connectKey = (n: number) => `b${String(n).padStart(2, '0')}`;

/**
 * Published articles of the same language that the server finds related,
 * each added to the `related` list of the form in one click (saved with the
 * article, like a pick in the relation field).
 */
export function SuggestionsSection({ documentId, locale, revision }: PanelSectionProps) {
  const t = useMessages();
  const { get } = useFetchClient();
  const onChange = useForm('NewsroomSuggestions', (form) => form.onChange);
  const getValues = useForm('NewsroomSuggestions', (form) => form.getValues);
  const disabled = useForm('NewsroomSuggestions', (form) => form.disabled);
  const addFieldRow = useForm('NewsroomSuggestions', (form) => form.addFieldRow);
  const [inBody, setInBody] = React.useState<Set<string>>(new Set());
  const related = useForm('NewsroomSuggestions', (form) => (form.values as Record<string, unknown>).related) as { connect?: ConnectItem[] } | undefined;
  const [adding, setAdding] = React.useState<string | null>(null);

  const url =
    documentId && locale
      ? `/newsroom/articles/${encodeURIComponent(documentId)}/suggestions?locale=${encodeURIComponent(locale)}&limit=${LIMIT}`
      : null;
  const suggestions = useFetched<Suggestion[]>(url, revision);
  const pending = new Set((related?.connect ?? []).map((item) => item.documentId ?? item.apiData?.documentId));

  /** The suggestion as a relation the form can hold: the form's relations carry the target's id too (the relation field matches rows by it). */
  const connectItem = async (suggestion: Suggestion, key: string): Promise<ConnectItem> => {
    const { data } = await get<{ data: { id: number; documentId: string; locale?: string; status?: string } }>(
      `/content-manager/collection-types/${ARTICLE_UID}/${encodeURIComponent(suggestion.documentId)}?locale=${encodeURIComponent(locale ?? '')}`
    );
    return {
      id: data.data.id,
      documentId: suggestion.documentId,
      locale,
      title: suggestion.title,
      label: suggestion.title,
      status: data.data.status,
      apiData: { id: data.data.id, documentId: suggestion.documentId, locale, isTemporary: true },
      __temp_key__: key,
    };
  };

  /** Append a "read also" related-link block pointing at the suggestion to the end of the body. */
  const addReadAlso = async (suggestion: Suggestion) => {
    setAdding(suggestion.documentId);
    try {
      const item = await connectItem(suggestion, 'a0');
      addFieldRow('body', { __component: 'newsroom.related-link', kind: 'read-also', label: null, article: { connect: [item], disconnect: [] } });
      setInBody((done) => new Set([...done, suggestion.documentId]));
    } catch {
      // The button stays: the editor can try again or add the block by hand.
    } finally {
      setAdding(null);
    }
  };

  const add = async (suggestion: Suggestion) => {
    setAdding(suggestion.documentId);
    try {
      const current = ((getValues() as Record<string, unknown>).related as { connect?: ConnectItem[] } | undefined)?.connect ?? [];
      if (current.some((item) => item.apiData?.documentId === suggestion.documentId)) return;
      const item = await connectItem(suggestion, connectKey(current.length));
      onChange('related.connect', [...current, item]);
    } catch {
      // The button stays: the editor can try again or use the relation field.
    } finally {
      setAdding(null);
    }
  };

  return (
    <Section title={t('panel.suggestions.title')}>
      <FetchedList
        fetched={suggestions}
        messages={{
          unsaved: 'panel.suggestions.unsaved',
          loading: 'panel.suggestions.loading',
          failed: 'panel.suggestions.failed',
          summary: 'panel.suggestions.summary',
        }}
        countAttribute="data-newsroom-suggestions"
        gap={3}
        renderItem={(suggestion) => {
          const added = pending.has(suggestion.documentId);
          return (
            <Flex key={suggestion.documentId} tag="li" direction="column" alignItems="stretch" gap={1} data-newsroom-suggestion={suggestion.documentId}>
              {/* The title is in the article's language: it reads in its own direction. */}
              <Typography tag="bdi" dir={firstStrongDirection(suggestion.title) ?? 'auto'} variant="omega" fontWeight="semiBold">
                {suggestion.title}
              </Typography>
              <Flex justifyContent="space-between" alignItems="center" gap={2}>
                {suggestion.sameSection ? <Badge>{t('panel.suggestions.sameSection')}</Badge> : <span />}
                <Button
                  size="S"
                  variant="tertiary"
                  disabled={disabled || inBody.has(suggestion.documentId) || adding !== null}
                  onClick={() => void addReadAlso(suggestion)}
                  aria-label={t('panel.suggestions.readAlso.label', { title: suggestion.title })}
                  data-newsroom-add-read-also={suggestion.documentId}
                >
                  {t(inBody.has(suggestion.documentId) ? 'panel.suggestions.readAlso.added' : 'panel.suggestions.readAlso')}
                </Button>
                <Button
                  size="S"
                  variant="secondary"
                  disabled={disabled || added || adding !== null}
                  loading={adding === suggestion.documentId}
                  onClick={() => void add(suggestion)}
                  aria-label={t('panel.suggestions.add.label', { title: suggestion.title })}
                  data-newsroom-add-related={suggestion.documentId}
                >
                  {t(added ? 'panel.suggestions.added' : 'panel.suggestions.add')}
                </Button>
              </Flex>
            </Flex>
          );
        }}
      />
    </Section>
  );
}
