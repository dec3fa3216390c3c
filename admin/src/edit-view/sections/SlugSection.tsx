import { Box, Flex, Typography } from '@strapi/design-system';
import { slugFor, slugProblem } from '../../text-engine';
import { useMessages } from '../../utils/messages';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

/** Where articles live when the settings name no site URL template. */
export const ARTICLE_PATH_PREFIX = '/articles/';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The address as a reader sees it in the address bar: the settings' article
 * URL template (as the server builds canonical URLs) or `/articles/<slug>`,
 * with the slug decoded, never percent-encoded.
 */
export function articleAddress(slug: string, locale: string | null, template?: string | null): string {
  if (!template) return `${ARTICLE_PATH_PREFIX}${slug}`;
  return template.replace(/\{slug\}/g, slug).replace(/\{locale\}/g, locale ?? '');
}

/**
 * The article's address as a reader will see it: the slug decoded (Arabic
 * stays Arabic), or the one the server will make from the title when the
 * slug is empty, with the settings' strategy.
 */
export function SlugSection({ values, locale, settings }: PanelSectionProps) {
  const t = useMessages();
  const typed = text(values.slug);
  const title = text(values.title);
  const slug = typed || (title ? slugFor(title, settings.slugStrategy) : '');
  const problem = typed ? slugProblem(typed) : null;
  const address = articleAddress(slug, locale, settings.articleUrlTemplate);
  const strategy = t(settings.slugStrategy === 'transliterate' ? 'panel.slug.strategy.transliterate' : 'panel.slug.strategy.unicode');

  return (
    <Section title={t('panel.slug.title')}>
      {slug ? (
        <Flex direction="column" alignItems="stretch" gap={1}>
          {/* A URL reads left to right whatever the page's direction; the Arabic slug runs right to left inside it. */}
          <Box background="neutral100" hasRadius padding={2} style={{ overflowWrap: 'anywhere' }}>
            <Typography tag="bdi" dir="ltr" variant="omega" data-newsroom-slug-preview={address}>
              {address}
            </Typography>
          </Box>
          {typed ? null : (
            <Typography variant="pi" textColor="neutral600">
              {t('panel.slug.generated', { strategy })}
            </Typography>
          )}
          {problem ? (
            <Typography variant="pi" textColor="danger600" role="alert">
              {t('panel.slug.invalid')}
            </Typography>
          ) : null}
        </Flex>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {t('panel.slug.empty')}
        </Typography>
      )}
    </Section>
  );
}
