import * as React from 'react';
import { Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise, BulletList } from '@strapi/icons';
import { Layouts, Page } from '@strapi/strapi/admin';
import { useInterfaceDirection } from '../../hooks/useInterfaceDirection';
import { PERMISSIONS } from '../../permissions';
import { useMessages } from '../../utils/messages';
import { protectedPage } from '../protected-page';
import { isFinished } from './import-job';
import { ImportForm } from './ImportForm';
import { ImportJobs } from './ImportJobs';
import { ImportProgress } from './ImportProgress';
import { ImportReport } from './ImportReport';
import { useImportJob } from './useImportJob';

/**
 * Settings → Newsroom → Import from WordPress: choose an export and start, or open an earlier or
 * running import from the list; then the job's progress, polled, and once it is done its report
 * and redirect map. Leaving the page stops the polling, never the import: the list finds it again.
 */
function WordpressImportPage() {
  const t = useMessages();
  const interfaceDirection = useInterfaceDirection();
  const [jobId, setJobId] = React.useState<number | null>(null);
  const { job, lost } = useImportJob(jobId);

  return (
    <Page.Main dir={interfaceDirection}>
      <Page.Title>{t('import.pageTitle')}</Page.Title>
      <Layouts.Header
        title={t('import.title')}
        subtitle={t('import.subtitle')}
        primaryAction={
          jobId === null ? undefined : job && isFinished(job.status) ? (
            <Button size="S" variant="secondary" startIcon={<ArrowClockwise />} onClick={() => setJobId(null)}>
              {t('import.again')}
            </Button>
          ) : (
            // A running import goes on without the page: back to the list, where it shows its progress.
            <Button size="S" variant="tertiary" startIcon={<BulletList />} onClick={() => setJobId(null)}>
              {t('import.jobs.back')}
            </Button>
          )
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {jobId === null ? <ImportForm onStarted={setJobId} /> : null}
          {jobId === null ? <ImportJobs onOpen={setJobId} /> : null}
          {job ? <ImportProgress job={job} /> : null}
          {lost ? <Typography textColor="danger600">{t('import.pollFailed')}</Typography> : null}
          {/* A failed job's report says what it had done before it stopped. */}
          {job && isFinished(job.status) ? <ImportReport job={job} /> : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
}

/** The page, for admins holding the plugin's "Import from WordPress" permission. */
export const ProtectedWordpressImportPage = protectedPage(PERMISSIONS.importWordpress, WordpressImportPage);
