import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { dateOptionsFor, displayDates, type DisplayDate } from '../../core';
import { useMessages, type MessageId } from '../../utils/messages';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

/** One date in each calendar the settings name, in the article's language and direction. */
function DateLines({ label, date, locale, dir }: { label: MessageId; date: DisplayDate | null; locale: string; dir: 'rtl' | 'ltr' }) {
  const t = useMessages();
  if (!date) return null;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="pi" textColor="neutral600">
        {t(label)}
      </Typography>
      {[date.gregorian, date.hijri].map((text) =>
        text ? (
          <Typography key={text} tag="bdi" dir={dir} lang={locale} variant="omega" fontWeight="semiBold" data-newsroom-date={text}>
            {text}
          </Typography>
        ) : null
      )}
    </Flex>
  );
}

/** The date in each calendar, or null when this browser's Intl cannot format it (the API is not affected). */
function safeDisplay(iso: string, options: Parameters<typeof displayDates>[1]): DisplayDate | null {
  try {
    return displayDates(iso, options);
  } catch {
    return null;
  }
}

/**
 * The article's dates as the API will serve them (`dates`): its language, the
 * settings' calendars, digits and time zone. Before the first publication,
 * today's date stands in.
 */
export function DatesSection({ locale, settings, published, direction }: PanelSectionProps) {
  const t = useMessages();
  const lang = locale ?? 'en';
  const [today] = React.useState(() => new Date().toISOString());
  const options = dateOptionsFor(settings, lang);
  return (
    <Section title={t('panel.dates.title')}>
      {published ? (
        <>
          <DateLines label="panel.dates.published" date={safeDisplay(published.publishedAt, options)} locale={lang} dir={direction.dir} />
          <DateLines label="panel.dates.updated" date={safeDisplay(published.updatedAt, options)} locale={lang} dir={direction.dir} />
        </>
      ) : (
        <DateLines label="panel.dates.unpublished" date={safeDisplay(today, options)} locale={lang} dir={direction.dir} />
      )}
      <Typography variant="pi" textColor="neutral600">
        {t('panel.dates.settings', { timeZone: settings.timeZone })}
      </Typography>
    </Section>
  );
}
