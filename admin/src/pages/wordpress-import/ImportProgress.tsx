import * as React from 'react';
import { Badge, Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import type { WordpressJob } from '../../core';
import { useMessages } from '../../utils/messages';
import { cancelUrl, COUNTERS, isFinished, progressPercent, STATUS_LABELS } from './import-job';
import { ProgressBar } from './ProgressBar';

/**
 * Stop the job, once the admin has confirmed: the server marks it cancelled at once and the run stops
 * at its next save; the page's polling then shows it stopped, with what it did.
 */
function StopImport({ jobId }: { jobId: number }) {
  const t = useMessages();
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const stop = async () => {
    setBusy(true);
    try {
      await post(cancelUrl(jobId));
    } catch {
      toggleNotification({ type: 'danger', message: t('import.stop.failed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog.Root>
      <Dialog.Trigger>
        <Button size="S" variant="danger-light" loading={busy} data-newsroom-import-stop>
          {t('import.stop')}
        </Button>
      </Dialog.Trigger>
      <Dialog.Content>
        <Dialog.Header>{t('import.stop.title')}</Dialog.Header>
        <Dialog.Body>
          <Typography textAlign="center">{t('import.stop.body')}</Typography>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('import.stop.keep')}
            </Button>
          </Dialog.Cancel>
          <Dialog.Action>
            <Button fullWidth variant="danger-light" onClick={stop}>
              {t('import.stop.confirm')}
            </Button>
          </Dialog.Action>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
}

/** The job's status (with **Stop the import** while it runs), its progress bar (items read of the export's items) and the live counters. */
export function ImportProgress({ job }: { job: WordpressJob }) {
  const t = useMessages();
  const { progress, status } = job;
  const percent = progressPercent(progress, status);
  const items = progress.total > 0 ? t('import.progress.items', { seen: progress.seen, total: progress.total, percent }) : t('import.progress.counting');
  return (
    <Box tag="section" aria-label={t('import.progress.title')} background="neutral0" hasRadius shadow="filterShadow" padding={6} data-newsroom-import-status={status}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" gap={2}>
          <Typography tag="h2" variant="delta">
            {t('import.progress.title')}
          </Typography>
          <Flex gap={2}>
            {isFinished(status) ? null : <StopImport jobId={job.id} />}
            <Badge active={status === 'done'}>{t(STATUS_LABELS[status])}</Badge>
          </Flex>
        </Flex>
        <ProgressBar percent={percent} label={t('import.progress.label')} valueText={items} />
        <Typography variant="pi" textColor="neutral600" data-newsroom-import-items={`${progress.seen}/${progress.total}`}>
          {items}
        </Typography>
        {progress.searchIndex ? (
          <Typography variant="pi" textColor="neutral600" data-newsroom-import-search-index={`${progress.searchIndex.built}/${progress.searchIndex.total}`}>
            {t(progress.searchIndex.built < progress.searchIndex.total ? 'import.progress.searchIndex' : 'import.progress.searchIndexDone', progress.searchIndex)}
          </Typography>
        ) : null}
        <Flex tag="dl" wrap="wrap" gap={6}>
          {COUNTERS.map(({ key, label }) => (
            <Flex key={key} direction="column" alignItems="flex-start" gap={1} data-newsroom-import-counter={key} data-value={progress[key]}>
              <Typography tag="dt" variant="sigma" textColor="neutral600">
                {t(label)}
              </Typography>
              <Typography tag="dd" variant="alpha" textColor={key === 'errors' && progress[key] > 0 ? 'danger600' : 'neutral800'}>
                {progress[key]}
              </Typography>
            </Flex>
          ))}
        </Flex>
        {status === 'failed' && job.error ? (
          <Typography textColor="danger600" data-newsroom-import-error>
            {t('import.failed', { error: job.error })}
          </Typography>
        ) : null}
      </Flex>
    </Box>
  );
}
