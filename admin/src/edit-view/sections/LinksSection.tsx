import { Flex, Typography } from '@strapi/design-system';
import type { BrokenLink } from '../../core';
import { useFetched } from '../../hooks/useFetched';
import { useMessages } from '../../utils/messages';
import { FetchedList } from './FetchedList';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

/** The article's links whose target readers would not see (unpublished, or missing in this locale); refreshed on save. */
export function LinksSection({ documentId, locale, revision }: PanelSectionProps) {
  const t = useMessages();
  const url = documentId && locale ? `/newsroom/articles/${encodeURIComponent(documentId)}/links/broken?locale=${encodeURIComponent(locale)}` : null;
  const broken = useFetched<BrokenLink[]>(url, revision);

  return (
    <Section title={t('panel.links.title')}>
      <FetchedList
        fetched={broken}
        messages={{ unsaved: 'panel.links.unsaved', loading: 'panel.links.loading', failed: 'panel.links.failed', summary: 'panel.links.summary' }}
        countAttribute="data-newsroom-broken-links"
        gap={2}
        renderItem={(link) => (
          <Flex key={`${link.in}:${link.index}`} tag="li" direction="column" alignItems="stretch" gap={1} data-newsroom-broken-link={link.state}>
            <Typography variant="omega" textColor={link.state === 'missing' ? 'danger600' : 'warning600'}>
              {t(link.state === 'missing' ? 'panel.links.state.missing' : 'panel.links.state.unpublished')}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {t(link.in === 'body' ? 'panel.links.in.body' : 'panel.links.in.related', { number: link.index + 1 })}
            </Typography>
          </Flex>
        )}
      />
    </Section>
  );
}
