import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useMessages } from '../../utils/messages';
import { redirectsFileName, redirectsUrl, type RedirectFormat } from './import-job';

const FORMATS: { format: RedirectFormat; label: 'import.redirects.csv' | 'import.redirects.json' }[] = [
  { format: 'csv', label: 'import.redirects.csv' },
  { format: 'json', label: 'import.redirects.json' },
];

/** Hand `blob` to the browser as a download named `name`. */
function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/**
 * The job's redirect map as CSV and JSON. The admin API wants the admin's token in a header, which
 * a plain link cannot send: each button fetches the file through the admin's fetch client, then
 * saves it.
 */
export function RedirectDownloads({ jobId }: { jobId: number }) {
  const t = useMessages();
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState<RedirectFormat | null>(null);

  const download = async (format: RedirectFormat) => {
    setBusy(format);
    try {
      const { data } = await get<Blob>(redirectsUrl(jobId, format), { responseType: 'blob' });
      saveBlob(data, redirectsFileName(jobId, format));
    } catch {
      toggleNotification({ type: 'danger', message: t('import.redirects.failed') });
    } finally {
      setBusy(null);
    }
  };

  return (
    <Flex tag="section" direction="column" alignItems="flex-start" gap={2} data-newsroom-import-redirects>
      <Typography tag="h3" variant="delta">
        {t('import.redirects.title')}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {t('import.redirects.hint')}
      </Typography>
      <Flex gap={2} wrap="wrap">
        {FORMATS.map(({ format, label }) => (
          <Button key={format} variant="tertiary" startIcon={<Download />} loading={busy === format} onClick={() => download(format)} data-newsroom-redirects={format}>
            {t(label)}
          </Button>
        ))}
      </Flex>
    </Flex>
  );
}
