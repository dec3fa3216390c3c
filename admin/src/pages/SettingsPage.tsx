import * as React from 'react';
import { useIntl } from 'react-intl';
import { Box, Button, Field as DSField, Flex, Grid, Toggle, Typography } from '@strapi/design-system';
import { Check } from '@strapi/icons';
import {
  Form,
  InputRenderer,
  isFetchError,
  Layouts,
  Page,
  useAPIErrorHandler,
  useFetchClient,
  useNotification,
  useField,
  useForm,
  useRBAC,
  type FormHelpers,
} from '@strapi/strapi/admin';
import { LICENSES, type LicenseDefinition } from '../../../content-types/licenses';
import { RetryButton } from '../components/RetryButton';
import { DEFAULT_COPYRIGHT_TEMPLATES, licenseName, SLUG_STRATEGIES, type NewsroomSettings } from '../core';
import { useFetched } from '../hooks/useFetched';
import { useInterfaceDirection } from '../hooks/useInterfaceDirection';
import { SETTINGS_URL } from '../hooks/useNewsroomSettings';
import { PERMISSIONS } from '../permissions';
import { useMessages, type MessageId } from '../utils/messages';
import { calendarChoice, calendarsOf } from './date-settings';
import { DateSettings, type DateFormValues } from './DateSettings';
import { protectedPage } from './protected-page';
import { PurgeWebhooks } from './PurgeWebhooks';
import { fieldErrors } from './settings-errors';

/** Empty text is sent as null: "not set", so the server falls back to its default. */
const orNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value ?? null);

/** The settings as the form holds them: the date calendars as one select value. */
type FormValues = Omit<NewsroomSettings, keyof DateFormValues> & DateFormValues;

/** The form's values: both copyright templates present, so their inputs are controlled. */
function formValues(settings: NewsroomSettings): FormValues {
  return {
    ...settings,
    copyrightTemplates: { ...DEFAULT_COPYRIGHT_TEMPLATES, ...settings.copyrightTemplates },
    dateCalendars: calendarChoice(settings.dateCalendars),
  };
}

/** The PUT body: every setting of the page (an emptied template is left out, so that language falls back to English). */
function requestBody(values: FormValues) {
  const templates = Object.fromEntries(Object.entries(values.copyrightTemplates ?? {}).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
  return {
    // An emptied number is sent as null so the server names the field, rather than silently keeping the old value.
    slugStrategy: values.slugStrategy,
    wordsPerMinute: values.wordsPerMinute ?? null,
    publisherName: values.publisherName ?? '',
    publisherUrl: orNull(values.publisherUrl),
    articleUrlTemplate: orNull(values.articleUrlTemplate),
    defaultLicense: values.defaultLicense,
    defaultCopyrightHolder: orNull(values.defaultCopyrightHolder),
    defaultCreditText: orNull(values.defaultCreditText),
    reuseAllowedByDefault: Boolean(values.reuseAllowedByDefault),
    tdmReservation: Boolean(values.tdmReservation),
    tdmPolicyUrl: orNull(values.tdmPolicyUrl),
    copyrightTemplates: templates,
    dateCalendars: calendarsOf(values.dateCalendars),
    dateDigits: values.dateDigits,
    timeZone: values.timeZone ?? '',
  };
}

type Field = {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'enumeration';
  label: MessageId;
  hint: MessageId;
  options?: { value: string; label: string }[];
  required?: boolean;
  /** The input's own direction: URLs and the English template read left to right, the Arabic template right to left, names by their letters. */
  dir?: 'ltr' | 'rtl' | 'auto';
};

/** Gives the text inputs inside it the direction of their content, whatever the interface's (InputRenderer takes no `dir`). */
function InputDirection({ dir, children }: { dir?: Field['dir']; children: React.ReactNode }) {
  const ref = React.useRef<HTMLDivElement>(null);
  React.useLayoutEffect(() => {
    if (dir) ref.current?.querySelectorAll('input[type="text"], input:not([type])').forEach((input) => input.setAttribute('dir', dir));
  });
  return <div ref={ref}>{children}</div>;
}

/**
 * A yes/no setting. Strapi's boolean input labels its toggle with the
 * admin-wide messages `app.components.ToggleCheckbox.on-label`/`off-label`,
 * which Strapi's Arabic translates as "حقيقي"/"خطأ" ("genuine"/"error"): the
 * settings page reads "نعم"/"لا" from the plugin's own messages instead,
 * without changing Strapi's labels for other plugins.
 */
function BooleanField({ name, label, hint, required }: { name: string; label: string; hint: string; required?: boolean }) {
  const t = useMessages();
  const field = useField<boolean | null>(name);
  const disabled = useForm('NewsroomBooleanSetting', (state) => state.disabled);
  return (
    <DSField.Root name={name} hint={hint} error={field.error} required={required} maxWidth="320px">
      <DSField.Label>{label}</DSField.Label>
      <div data-newsroom-boolean={name}>
        <Toggle
          name={name}
          checked={field.value ?? false}
          onLabel={t('settings.boolean.on')}
          offLabel={t('settings.boolean.off')}
          disabled={disabled}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => field.onChange(name, event.target.checked)}
        />
      </div>
      <DSField.Hint />
      <DSField.Error />
    </DSField.Root>
  );
}

/** A group of settings, two to a row (one on small screens). */
function FieldGrid({ fields }: { fields: Field[] }) {
  const t = useMessages();
  return (
    <Grid.Root gap={6}>
      {fields.map(({ name, type, label, hint, options, required, dir }) => (
        <Grid.Item key={name} col={6} s={12} direction="column" alignItems="stretch">
          <InputDirection dir={dir}>
            {type === 'enumeration' ? (
              <InputRenderer type="enumeration" name={name} label={t(label)} hint={t(hint)} options={options ?? []} required={required} />
            ) : type === 'boolean' ? (
              <BooleanField name={name} label={t(label)} hint={t(hint)} required={required} />
            ) : (
              <InputRenderer type={type} name={name} label={t(label)} hint={t(hint)} required={required} />
            )}
          </InputDirection>
        </Grid.Item>
      ))}
    </Grid.Root>
  );
}

/** Settings → Newsroom → Articles: slugs, reading speed, dates, publisher, rights defaults, through the plugin's admin routes. */
function SettingsPage() {
  const t = useMessages();
  const { locale } = useIntl();
  const interfaceDirection = useInterfaceDirection();
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  // useRBAC names each action after its last segment: `plugin::newsroom.settings.update` → canUpdate.
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canUpdate },
  } = useRBAC(PERMISSIONS.updateSettings);
  const settings = useFetched<NewsroomSettings>(SETTINGS_URL);
  const loaded = settings.status === 'ready' ? settings.data : null;
  // One object per answer: the form takes new initial values only when the server sent new settings.
  const initialValues = React.useMemo(() => (loaded ? formValues(loaded) : null), [loaded]);

  const save = async (values: FormValues, helpers: FormHelpers<FormValues>) => {
    try {
      const { data } = await put<{ data: NewsroomSettings }>(SETTINGS_URL, requestBody(values));
      helpers.resetForm(formValues(data.data));
      toggleNotification({ type: 'success', message: t('settings.saved') });
    } catch (error) {
      const errors = fieldErrors(error);
      if (errors) helpers.setErrors(errors as Parameters<typeof helpers.setErrors>[0]);
      // Field errors are shown by their fields; anything else (403, network) says what happened.
      const message = errors ? t('settings.saveFailed') : isFetchError(error) ? formatAPIError(error) : t('settings.saveError');
      toggleNotification({ type: 'danger', message });
    }
  };

  if (isLoadingPermissions || settings.status === 'loading') return <Page.Loading />;
  if (!initialValues) return <Page.Error content={t('settings.loadFailed')} action={<RetryButton onClick={settings.reload} />} />;

  const strategyOptions = SLUG_STRATEGIES.map((value) => ({
    value,
    label: t(value === 'transliterate' ? 'settings.slugStrategy.transliterate' : 'settings.slugStrategy.unicode'),
  }));

  const licenseOptions = (LICENSES as readonly LicenseDefinition[]).map((l) => ({ value: l.code, label: licenseName(l, locale) }));
  const textFields: Field[] = [
    { name: 'slugStrategy', type: 'enumeration', label: 'settings.slugStrategy.label', hint: 'settings.slugStrategy.hint', options: strategyOptions, required: true },
    { name: 'wordsPerMinute', type: 'integer', label: 'settings.wordsPerMinute.label', hint: 'settings.wordsPerMinute.hint', required: true },
  ];
  const rightsFields: Field[] = [
    { name: 'publisherName', type: 'string', dir: 'auto', label: 'settings.publisherName.label', hint: 'settings.publisherName.hint', required: true },
    { name: 'publisherUrl', type: 'string', dir: 'ltr', label: 'settings.publisherUrl.label', hint: 'settings.publisherUrl.hint' },
    { name: 'articleUrlTemplate', type: 'string', dir: 'ltr', label: 'settings.articleUrlTemplate.label', hint: 'settings.articleUrlTemplate.hint' },
    { name: 'defaultLicense', type: 'enumeration', label: 'settings.defaultLicense.label', hint: 'settings.defaultLicense.hint', options: licenseOptions, required: true },
    { name: 'defaultCopyrightHolder', type: 'string', dir: 'auto', label: 'settings.defaultCopyrightHolder.label', hint: 'settings.defaultCopyrightHolder.hint' },
    { name: 'defaultCreditText', type: 'string', dir: 'auto', label: 'settings.defaultCreditText.label', hint: 'settings.defaultCreditText.hint' },
    { name: 'reuseAllowedByDefault', type: 'boolean', label: 'settings.reuseAllowedByDefault.label', hint: 'settings.reuseAllowedByDefault.hint', required: true },
    { name: 'tdmReservation', type: 'boolean', label: 'settings.tdmReservation.label', hint: 'settings.tdmReservation.hint', required: true },
    { name: 'tdmPolicyUrl', type: 'string', dir: 'ltr', label: 'settings.tdmPolicyUrl.label', hint: 'settings.tdmPolicyUrl.hint' },
    { name: 'copyrightTemplates.ar', type: 'string', dir: 'rtl', label: 'settings.copyrightTemplates.ar.label', hint: 'settings.copyrightTemplates.hint' },
    { name: 'copyrightTemplates.en', type: 'string', dir: 'ltr', label: 'settings.copyrightTemplates.en.label', hint: 'settings.copyrightTemplates.hint' },
  ];

  return (
    <Page.Main dir={interfaceDirection}>
      <Page.Title>{t('settings.pageTitle')}</Page.Title>
      <Form method="PUT" initialValues={initialValues} onSubmit={save} disabled={!canUpdate}>
        {({ isSubmitting, modified }) => (
          <>
            <Layouts.Header
              title={t('settings.title')}
              subtitle={t('settings.subtitle')}
              primaryAction={
                <Button type="submit" size="S" startIcon={<Check />} loading={isSubmitting} disabled={!canUpdate || !modified}>
                  {t('settings.save')}
                </Button>
              }
            />
            <Layouts.Content>
              {/* The design system writes padding{Top,Right,Bottom,Left} as padding-block/inline-* (logical). */}
              <Box background="neutral0" hasRadius shadow="filterShadow" paddingTop={6} paddingBottom={6} paddingLeft={7} paddingRight={7}>
                <Flex direction="column" alignItems="stretch" gap={4}>
                  {canUpdate ? null : (
                    <Typography variant="pi" textColor="neutral600">
                      {t('settings.readOnly')}
                    </Typography>
                  )}
                  <FieldGrid fields={textFields} />
                  <Typography tag="h2" variant="delta">
                    {t('settings.dates.title')}
                  </Typography>
                  <DateSettings />
                  <Typography tag="h2" variant="delta">
                    {t('settings.rights.title')}
                  </Typography>
                  <FieldGrid fields={rightsFields} />
                </Flex>
              </Box>
              <PurgeWebhooks />
            </Layouts.Content>
          </>
        )}
      </Form>
    </Page.Main>
  );
}

/** The page, for admins who may read the newsroom settings; saving also needs the update permission. */
export const ProtectedSettingsPage = protectedPage(PERMISSIONS.readSettings, SettingsPage);
