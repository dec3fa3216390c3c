import * as React from 'react';
import { Box, Button, Flex, Grid, Typography } from '@strapi/design-system';
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
  useRBAC,
  type FormHelpers,
} from '@strapi/strapi/admin';
import { useInterfaceDirection } from '../hooks/useInterfaceDirection';
import { SETTINGS_URL, type NewsroomSettings } from '../hooks/useNewsroomSettings';
import { PERMISSIONS } from '../permissions';
import { SLUG_STRATEGIES } from '../text-engine';
import { useMessages } from '../utils/messages';
import { fieldErrors } from './settings-errors';

type Load = { status: 'loading' } | { status: 'error' } | { status: 'ready'; settings: NewsroomSettings };

/** Settings → Newsroom → Articles: slug strategy and reading speed, through the plugin's admin routes. */
function SettingsPage() {
  const t = useMessages();
  const interfaceDirection = useInterfaceDirection();
  const { get, put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  // useRBAC names each action after its last segment: `plugin::newsroom.settings.update` → canUpdate.
  const {
    isLoading: isLoadingPermissions,
    allowedActions: { canUpdate },
  } = useRBAC(PERMISSIONS.updateSettings);
  const [load, setLoad] = React.useState<Load>({ status: 'loading' });

  React.useEffect(() => {
    let active = true;
    get<{ data: NewsroomSettings }>(SETTINGS_URL)
      .then(({ data }) => active && setLoad({ status: 'ready', settings: data.data }))
      .catch(() => active && setLoad({ status: 'error' }));
    return () => {
      active = false;
    };
  }, [get]);

  const save = async (values: NewsroomSettings, helpers: FormHelpers<NewsroomSettings>) => {
    try {
      // An emptied number is sent as null so the server names the field, rather than silently keeping the old value.
      const body = { slugStrategy: values.slugStrategy, wordsPerMinute: values.wordsPerMinute ?? null };
      const { data } = await put<{ data: NewsroomSettings }>(SETTINGS_URL, body);
      helpers.resetForm(data.data);
      toggleNotification({ type: 'success', message: t('settings.saved') });
    } catch (error) {
      const errors = fieldErrors(error);
      if (errors) helpers.setErrors(errors);
      // Field errors are shown by their fields; anything else (403, network) says what happened.
      const message = errors ? t('settings.saveFailed') : isFetchError(error) ? formatAPIError(error) : t('settings.saveError');
      toggleNotification({ type: 'danger', message });
    }
  };

  if (load.status === 'loading' || isLoadingPermissions) return <Page.Loading />;
  if (load.status === 'error') return <Page.Error content={t('settings.loadFailed')} />;

  const strategyOptions = SLUG_STRATEGIES.map((value) => ({
    value,
    label: t(value === 'transliterate' ? 'settings.slugStrategy.transliterate' : 'settings.slugStrategy.unicode'),
  }));

  return (
    <Page.Main dir={interfaceDirection}>
      <Page.Title>{t('settings.pageTitle')}</Page.Title>
      <Form method="PUT" initialValues={load.settings} onSubmit={save} disabled={!canUpdate}>
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
                  <Grid.Root gap={6}>
                    <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                      <InputRenderer
                        type="enumeration"
                        name="slugStrategy"
                        label={t('settings.slugStrategy.label')}
                        hint={t('settings.slugStrategy.hint')}
                        options={strategyOptions}
                        required
                      />
                    </Grid.Item>
                    <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                      <InputRenderer
                        type="integer"
                        name="wordsPerMinute"
                        label={t('settings.wordsPerMinute.label')}
                        hint={t('settings.wordsPerMinute.hint')}
                        required
                      />
                    </Grid.Item>
                  </Grid.Root>
                </Flex>
              </Box>
            </Layouts.Content>
          </>
        )}
      </Form>
    </Page.Main>
  );
}

/** The page, for admins who may read the newsroom settings; saving also needs the update permission. */
export function ProtectedSettingsPage() {
  return (
    <Page.Protect permissions={PERMISSIONS.readSettings}>
      <SettingsPage />
    </Page.Protect>
  );
}
