import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Combobox, ComboboxOption, Field, Flex, Grid, Typography } from '@strapi/design-system';
import { InputRenderer, useField, useForm } from '@strapi/strapi/admin';
import { canonicalTimeZone, dateOptionsFor, DATE_DIGITS, displayDates, type DateDigits, type DisplayDate } from '../core';
import { useSiteLocales } from '../hooks/useSiteLocales';
import { useMessages, type MessageId } from '../utils/messages';
import { CALENDAR_CHOICES, calendarsOf, previewLocales, timeZoneOptions, type CalendarChoice } from './date-settings';

/** The date settings as the page's form holds them: the calendars as one select value. */
export interface DateFormValues {
  dateCalendars: CalendarChoice;
  dateDigits: DateDigits;
  timeZone: string;
}

const CALENDAR_LABELS: Record<CalendarChoice, MessageId> = {
  'gregorian,hijri': 'settings.dateCalendars.both',
  gregorian: 'settings.dateCalendars.gregorian',
  hijri: 'settings.dateCalendars.hijri',
};

const DIGIT_LABELS: Record<DateDigits, MessageId> = {
  auto: 'settings.dateDigits.auto',
  latn: 'settings.dateDigits.latn',
  arab: 'settings.dateDigits.arab',
};

/** Any IANA zone, searched by any part of its name ("dubai" finds Asia/Dubai). */
function TimeZoneInput() {
  const t = useMessages();
  const { value, error, onChange } = useField<string>('timeZone');
  const disabled = useForm('TimeZoneInput', (form) => form.disabled);
  const options = React.useMemo(() => timeZoneOptions(value), [value]);
  // The input's text is kept here: the list is virtualised, so the combobox cannot find the chosen zone's text itself.
  const [text, setText] = React.useState(value ?? '');
  React.useEffect(() => setText(value ?? ''), [value]);
  return (
    <Field.Root name="timeZone" error={error} hint={t('settings.timeZone.hint')} required>
      <Field.Label>{t('settings.timeZone.label')}</Field.Label>
      <Combobox
        value={value}
        textValue={text}
        onTextValueChange={setText}
        // Closed without a choice: show the zone in force again rather than the search text.
        onOpenChange={(open) => {
          if (!open) setText(value ?? '');
        }}
        onChange={(zone) => {
          onChange('timeZone', zone);
          setText(zone);
        }}
        autocomplete={{ type: 'list', filter: 'contains' }}
        placeholder={t('settings.timeZone.placeholder')}
        noOptionsMessage={(text) => t('settings.timeZone.noMatch', { text })}
        disabled={disabled}
        dir="ltr"
      >
        {options.map((zone) => (
          <ComboboxOption key={zone} value={zone}>
            {zone}
          </ComboboxOption>
        ))}
      </Combobox>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
}

/** The date in each calendar, or null when this browser's Intl cannot format it. */
function safeDisplay(now: Date, values: DateFormValues, locale: string, timeZone: string): DisplayDate | null {
  try {
    const settings = { dateCalendars: calendarsOf(values.dateCalendars), dateDigits: values.dateDigits, timeZone };
    return displayDates(now, dateOptionsFor(settings, locale));
  } catch {
    return null;
  }
}

/** Today as readers will see it under the values being edited (not yet saved), in each language of the site, the default one first. */
function DatesPreview() {
  const t = useMessages();
  const { locale: interfaceLocale } = useIntl();
  const values = useForm('DatesPreview', (form) => form.values as DateFormValues);
  const siteLocales = useSiteLocales();
  const [now] = React.useState(() => new Date());
  const headingId = React.useId();
  const timeZone = values.timeZone ? canonicalTimeZone(values.timeZone) : null;

  return (
    <Box tag="section" aria-labelledby={headingId} background="neutral100" hasRadius padding={4}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography id={headingId} tag="h3" variant="sigma" textColor="neutral600">
          {t('settings.dates.preview')}
        </Typography>
        {timeZone === null ? (
          <Typography variant="pi" textColor="danger600">
            {t('settings.dates.badTimeZone')}
          </Typography>
        ) : (
          previewLocales(siteLocales, interfaceLocale).map(({ code, name, isDefault }) => {
            const dates = safeDisplay(now, values, code, timeZone);
            return (
              <Flex key={code} gap={4} wrap="wrap" data-newsroom-date-preview={code}>
                <Typography variant="omega" fontWeight="semiBold">
                  {isDefault ? t('settings.dates.defaultLocale', { name }) : name}
                </Typography>
                {/* Each date in its own language and direction, isolated from the interface's. */}
                {dates?.gregorian ? (
                  <Typography tag="bdi" dir="auto" lang={code} variant="omega" data-newsroom-date-gregorian={dates.gregorian}>
                    {dates.gregorian}
                  </Typography>
                ) : null}
                {dates?.hijri ? (
                  <Typography tag="bdi" dir="auto" lang={code} variant="omega" data-newsroom-date-hijri={dates.hijri}>
                    {dates.hijri}
                  </Typography>
                ) : null}
              </Flex>
            );
          })
        )}
        <Typography variant="pi" textColor="neutral600">
          {t('settings.dates.previewHint')}
        </Typography>
      </Flex>
    </Box>
  );
}

/** Settings → Newsroom → Articles, "Dates": calendars, digits, time zone, and a live preview. */
export function DateSettings() {
  const t = useMessages();
  const calendarOptions = CALENDAR_CHOICES.map((value) => ({ value, label: t(CALENDAR_LABELS[value]) }));
  const digitOptions = DATE_DIGITS.map((value) => ({ value, label: t(DIGIT_LABELS[value]) }));
  return (
    <Grid.Root gap={6}>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <InputRenderer
          type="enumeration"
          name="dateCalendars"
          label={t('settings.dateCalendars.label')}
          hint={t('settings.dateCalendars.hint')}
          options={calendarOptions}
          required
        />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <InputRenderer
          type="enumeration"
          name="dateDigits"
          label={t('settings.dateDigits.label')}
          hint={t('settings.dateDigits.hint')}
          options={digitOptions}
          required
        />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <TimeZoneInput />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <DatesPreview />
      </Grid.Item>
    </Grid.Root>
  );
}
