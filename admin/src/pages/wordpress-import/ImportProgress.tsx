import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import type { WordpressJob } from '../../core';
import { useMessages } from '../../utils/messages';
import { COUNTERS, progressPercent, STATUS_LABELS } from './import-job';
import { ProgressBar } from './ProgressBar';

/** The job's status, its progress bar (items read of the export's items) and the live counters. */
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
          <Badge active={status === 'done'}>{t(STATUS_LABELS[status])}</Badge>
        </Flex>
        <ProgressBar percent={percent} label={t('import.progress.label')} valueText={items} />
        <Typography variant="pi" textColor="neutral600" data-newsroom-import-items={`${progress.seen}/${progress.total}`}>
          {items}
        </Typography>
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
