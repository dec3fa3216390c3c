import * as React from 'react';
import { Box, Flex } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { decideArticleDirection } from '../core';
import { useInterfaceDirection } from '../hooks/useInterfaceDirection';
import { useNewsroomSettings } from '../hooks/useNewsroomSettings';
import type { ArticleValues, PublishedVersion } from './article';
import { FieldDirectionStyles } from './field-direction/FieldDirectionStyles';
import { useFieldDirection } from './field-direction/useFieldDirection';
import { PANEL_SECTIONS, type PanelSectionProps } from './sections';
import { useArticleLocale } from './useArticleLocale';

/**
 * The newsroom panel of an article's edit view. It also owns the direction
 * of the article's inputs: it is mounted exactly while this content type's
 * edit view is open, inside its form.
 */
export function PanelContent({
  documentLocale,
  documentId,
  revision,
  published,
}: {
  documentLocale?: unknown;
  documentId?: string;
  revision?: unknown;
  published?: PublishedVersion | null;
}) {
  const anchor = React.useRef<HTMLDivElement>(null);
  const interfaceDirection = useInterfaceDirection();
  const locale = useArticleLocale(documentLocale);
  const values = useForm('NewsroomPanel', (form) => form.values) as ArticleValues;
  const { settings } = useNewsroomSettings();

  // Inputs follow the direction at once; the counts and lint may trail a keystroke behind on long articles.
  const direction = decideArticleDirection(values, locale);
  useFieldDirection(anchor, direction.dir);
  const deferredValues = React.useDeferredValue(values);

  const props: PanelSectionProps = { values: deferredValues, locale, direction, settings, documentId, revision, published };
  return (
    // The panel speaks the interface's language, so it reads in that language's direction.
    <Box ref={anchor} width="100%" dir={interfaceDirection} data-newsroom-panel="">
      <FieldDirectionStyles />
      <Flex direction="column" alignItems="stretch" gap={5}>
        {PANEL_SECTIONS.map(({ id, Component }) => (
          <Component key={id} {...props} />
        ))}
      </Flex>
    </Box>
  );
}
