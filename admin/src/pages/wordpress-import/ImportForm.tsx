import * as React from 'react';
import { Box, Button, Checkbox, Field, Flex, Grid, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { Upload } from '@strapi/icons';
import { isFetchError, useAPIErrorHandler, useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useSiteLocales } from '../../hooks/useSiteLocales';
import { useMessages } from '../../utils/messages';
import { fieldErrors } from '../settings-errors';
import { IMPORT_URL } from './import-job';

type FieldName = 'file' | 'locale' | 'uploadMedia' | 'postTypes';
type Errors = Partial<Record<FieldName, string>>;

/** The first message of a field's errors (a list field's are by position: `postTypes.1`). */
const firstMessage = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? Object.values(value).map(firstMessage).find(Boolean) : undefined;

/** The fields the server named in a 400 (`error.details.errors[].path`), as this form's flat names. */
function formErrors(error: unknown): Errors | null {
  const named = fieldErrors(error);
  if (!named) return null;
  return Object.fromEntries(Object.entries(named).flatMap(([field, value]) => (firstMessage(value) ? [[field, firstMessage(value)!]] : [])));
}

/**
 * The import's choices: the export file, the locale its posts are in (the site's default first
 * chosen), whether to upload the images, the post types taken as articles (WordPress's posts unless
 * the site's theme publishes news as its own type). Starting it posts them as multipart (the admin's
 * fetch client leaves the boundary to the browser for FormData) and hands the queued job's id up.
 */
export function ImportForm({ onStarted }: { onStarted: (jobId: number) => void }) {
  const t = useMessages();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const locales = useSiteLocales();
  const [file, setFile] = React.useState<File | null>(null);
  const [locale, setLocale] = React.useState('');
  const [uploadMedia, setUploadMedia] = React.useState(true);
  const [postTypes, setPostTypes] = React.useState('post');
  const [errors, setErrors] = React.useState<Errors>({});
  const [submitting, setSubmitting] = React.useState(false);
  /** A field the admin changes loses the server's mark on it. */
  const clearError = (field: FieldName) => setErrors(({ [field]: _dropped, ...rest }) => rest);

  React.useEffect(() => {
    if (locales && !locale) setLocale((locales.find((l) => l.isDefault) ?? locales[0])?.code ?? '');
  }, [locales, locale]);

  const start = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) {
      setErrors({ file: t('import.file.missing') });
      return;
    }
    const body = new FormData();
    body.append('file', file, file.name);
    body.append('locale', locale);
    body.append('uploadMedia', String(uploadMedia));
    body.append('postTypes', postTypes);
    setSubmitting(true);
    setErrors({});
    try {
      const { data } = await post<{ data: { id: number } }>(IMPORT_URL, body);
      onStarted(data.data.id);
    } catch (error) {
      const named = formErrors(error);
      if (named) setErrors(named);
      // Field errors are shown by their fields; anything else (403, 413, network) says what happened.
      toggleNotification({ type: 'danger', message: named ? t('import.startFailed') : isFetchError(error) ? formatAPIError(error) : t('import.startError') });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Box tag="form" onSubmit={start} noValidate background="neutral0" hasRadius shadow="filterShadow" padding={6} data-newsroom-import-form>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Grid.Root gap={6}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="file" error={errors.file} hint={t('import.file.hint')} required>
              <Field.Label>{t('import.file.label')}</Field.Label>
              <Field.Input
                type="file"
                accept=".xml,application/xml,text/xml"
                onChange={(event) => {
                  setFile(event.target.files?.[0] ?? null);
                  clearError('file');
                }}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="locale" error={errors.locale} hint={t('import.locale.hint')} required>
              <Field.Label>{t('import.locale.label')}</Field.Label>
              <SingleSelect value={locale} onChange={(value) => setLocale(String(value))} disabled={!locales}>
                {(locales ?? []).map((l) => (
                  <SingleSelectOption key={l.code} value={l.code}>
                    {l.isDefault ? t('import.locale.default', { name: l.name }) : l.name}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="postTypes" error={errors.postTypes} hint={t('import.postTypes.hint')} required>
              <Field.Label>{t('import.postTypes.label')}</Field.Label>
              <Field.Input
                type="text"
                dir="ltr"
                value={postTypes}
                onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
                  setPostTypes(event.target.value);
                  clearError('postTypes');
                }}
              />
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <Field.Root name="uploadMedia" error={errors.uploadMedia} hint={t('import.uploadMedia.hint')}>
              <Checkbox name="uploadMedia" checked={uploadMedia} onCheckedChange={(checked) => setUploadMedia(checked === true)}>
                {t('import.uploadMedia.label')}
              </Checkbox>
              <Field.Hint />
              <Field.Error />
            </Field.Root>
          </Grid.Item>
        </Grid.Root>
        <Flex>
          <Button type="submit" startIcon={<Upload />} loading={submitting}>
            {t('import.start')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
}
