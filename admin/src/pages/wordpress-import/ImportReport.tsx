import { Box, Divider, Flex, Typography } from '@strapi/design-system';
import type { WordpressJob } from '../../core';
import { useMessages } from '../../utils/messages';
import { reportSections } from './import-job';
import { RedirectDownloads } from './RedirectDownloads';
import { ReportSection } from './ReportSection';

/** A finished job's report: errors, skipped items and notes by code and post id, then the redirect map. */
export function ImportReport({ job }: { job: WordpressJob }) {
  const t = useMessages();
  const sections = reportSections(job.report);
  return (
    <Box tag="section" aria-label={t('import.report.title')} background="neutral0" hasRadius shadow="filterShadow" padding={6} data-newsroom-import-report>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography tag="h2" variant="delta">
          {t('import.report.title')}
        </Typography>
        {sections.length === 0 ? <Typography textColor="neutral600">{t('import.report.clean')}</Typography> : null}
        {sections.map((section) => (
          <ReportSection key={section.list} section={section} />
        ))}
        <Divider />
        <RedirectDownloads jobId={job.id} />
      </Flex>
    </Box>
  );
}
