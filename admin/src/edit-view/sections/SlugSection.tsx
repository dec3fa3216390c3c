import { Box, Flex, Typography } from '@strapi/design-system';
import { canonicalUrl, readableUrl, slugFor, slugProblem } from '../../core';
import { useMessages } from '../../utils/messages';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

/**
 * Without a site template the API serves its own endpoint under the origin of
 * the request it answers, which the admin cannot know (a proxy, a CDN or
 * another host may stand in front of Strapi): the preview shows that URL's
 * path, exactly, rather than a guessed host.
 */
const API_ORIGIN = '';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * The article's canonical URL as the API will serve it (the settings'
 * template, else the API's endpoint), read as an address bar shows it: the
 * slug decoded (Arabic stays Arabic). Without a typed slug, the one the server
 * will make from the title, with the settings' strategy.
 */
export function SlugSection({ values, locale, settings }: PanelSectionProps) {
  const t = useMessages();
  const typed = text(values.slug);
  const title = text(values.title);
  const slug = typed || (title ? slugFor(title, settings.slugStrategy) : '');
  const problem = typed ? slugProblem(typed) : null;
  const address = readableUrl(canonicalUrl(settings.articleUrlTemplate, slug, locale ?? '', API_ORIGIN));
  // Where the slug sits in the address (decoded, as shown); a template may put it anywhere.
  const at = address.lastIndexOf(slug);
  const strategy = t(settings.slugStrategy === 'transliterate' ? 'panel.slug.strategy.transliterate' : 'panel.slug.strategy.unicode');

  return (
    <Section title={t('panel.slug.title')}>
      {slug ? (
        <Flex direction="column" alignItems="stretch" gap={1}>
          {/*
            A URL reads left to right whatever the page's direction, isolated from the panel's text; the
            slug inside it is isolated too, in its own direction, so an Arabic slug reads right to left as
            one run and its hyphens do not attach to the path's slashes or the query around it.
          */}
          <Box background="neutral100" hasRadius padding={2} style={{ overflowWrap: 'anywhere' }}>
            <Typography tag="bdi" dir="ltr" variant="omega" data-newsroom-slug-preview={address} data-newsroom-slug={slug}>
              {at >= 0 ? (
                <>
                  {address.slice(0, at)}
                  <bdi dir="auto" data-newsroom-slug-run="">
                    {slug}
                  </bdi>
                  {address.slice(at + slug.length)}
                </>
              ) : (
                address
              )}
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
