import { Flex, Typography } from '@strapi/design-system';
import { useMessages } from '../../utils/messages';
import { FetchStatus } from './FetchStatus';
import { Section } from './Section';
import type { PanelSectionProps } from './types';
import { useArticleData } from './useArticleData';

/** One broken link, as `GET /newsroom/articles/:documentId/links/broken` names it. */
export interface BrokenLink {
  in: 'body' | 'related';
  /** Position among the body's related-link blocks, or in the related list (from 0). */
  index: number;
  documentId: string;
  state: 'unpublished' | 'missing';
}

/** The article's links whose target readers would not see (unpublished, or missing in this locale); refreshed on save. */
export function LinksSection({ documentId, locale, revision }: PanelSectionProps) {
  const t = useMessages();
  const url = documentId && locale ? `/newsroom/articles/${encodeURIComponent(documentId)}/links/broken?locale=${encodeURIComponent(locale)}` : null;
  const broken = useArticleData<BrokenLink[]>(url, revision);

  return (
    <Section title={t('panel.links.title')}>
      <FetchStatus
        status={broken.status}
        messages={{ unsaved: 'panel.links.unsaved', loading: 'panel.links.loading', failed: 'panel.links.failed' }}
      />
      {broken.status === 'ready' ? (
        <>
          <Typography variant="omega" fontWeight="semiBold" data-newsroom-broken-links={broken.data.length}>
            {t('panel.links.summary', { count: broken.data.length })}
          </Typography>
          {broken.data.length > 0 ? (
            <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
              {broken.data.map((link) => (
                <Flex key={`${link.in}:${link.index}`} tag="li" direction="column" alignItems="stretch" gap={1} data-newsroom-broken-link={link.state}>
                  <Typography variant="omega" textColor={link.state === 'missing' ? 'danger600' : 'warning600'}>
                    {t(link.state === 'missing' ? 'panel.links.state.missing' : 'panel.links.state.unpublished')}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {t(link.in === 'body' ? 'panel.links.in.body' : 'panel.links.in.related', { number: link.index + 1 })}
                  </Typography>
                </Flex>
              ))}
            </Flex>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
