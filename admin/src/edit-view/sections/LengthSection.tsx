import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { articleWordCount, readingTimeMinutes } from '../../core';
import { useMessages } from '../../utils/messages';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

/** Word count and reading time as the write path will store them, live from the form. */
export function LengthSection({ values, locale, settings }: PanelSectionProps) {
  const t = useMessages();
  const words = React.useMemo(() => articleWordCount(values, locale), [values, locale]);
  const minutes = readingTimeMinutes(words, settings.wordsPerMinute);
  return (
    <Section title={t('panel.length.title')}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="omega" fontWeight="semiBold" data-newsroom-words={words}>
          {t('panel.length.words', { count: words })}
        </Typography>
        <Typography variant="omega" data-newsroom-minutes={minutes}>
          {t('panel.length.readingTime', { minutes })}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('panel.length.speed', { wordsPerMinute: settings.wordsPerMinute })}
        </Typography>
      </Flex>
    </Section>
  );
}
