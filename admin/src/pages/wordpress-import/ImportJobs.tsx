import * as React from 'react';
import { Badge, Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useMessages, type MessageId } from '../../utils/messages';
import { COUNTERS, isFinished, progressPercent, STATUS_LABELS } from './import-job';
import { useImportJobs } from './useImportJobs';

/** The list's columns, in order: what identifies an import, its counters, its action. */
const COLUMNS: MessageId[] = ['import.jobs.started', 'import.jobs.file', 'import.jobs.locale', 'import.jobs.status', ...COUNTERS.map((c) => c.label), 'import.jobs.actions'];

/**
 * The imports, newest first, ten a page: when each started, its export's file name, the language,
 * its status (with how far a running one has got) and its counters; **Open** shows its progress or
 * report and redirect map. Nothing when there has been no import yet.
 */
export function ImportJobs({ onOpen }: { onOpen: (id: number) => void }) {
  const t = useMessages();
  const { formatDate } = useIntl();
  const [pageNumber, setPageNumber] = React.useState(1);
  const { page, failed } = useImportJobs(pageNumber);

  if (failed && !page) return <Typography textColor="danger600">{t('import.jobs.failed')}</Typography>;
  if (!page || page.pagination.total === 0) return null;
  const { results, pagination } = page;
  return (
    <Box tag="section" aria-labelledby="newsroom-import-jobs-title" background="neutral0" hasRadius shadow="filterShadow" padding={6} data-newsroom-import-jobs>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography tag="h2" variant="delta" id="newsroom-import-jobs-title">
          {t('import.jobs.title')}
        </Typography>
        <Table colCount={COLUMNS.length} rowCount={results.length + 1}>
          <Thead>
            <Tr>
              {COLUMNS.map((label) => (
                <Th key={label}>
                  <Typography variant="sigma">{t(label)}</Typography>
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {results.map((job) => (
              <Tr key={job.id} data-newsroom-import-job={job.id} data-status={job.status}>
                <Td>
                  <Typography textColor="neutral800">{formatDate(job.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
                </Td>
                <Td>
                  {/* A file name is usually Latin inside an Arabic interface (and the reverse): isolated, it keeps its own order. */}
                  <Typography textColor="neutral800" data-newsroom-import-job-name>
                    <bdi>{job.name ?? t('import.jobs.noName')}</bdi>
                  </Typography>
                </Td>
                <Td>
                  <Typography textColor="neutral800">
                    <bdi>{job.locale}</bdi>
                  </Typography>
                </Td>
                <Td>
                  <Flex gap={2}>
                    <Badge active={job.status === 'done'}>{t(STATUS_LABELS[job.status])}</Badge>
                    {isFinished(job.status) ? null : <Typography variant="pi">{t('import.jobs.percent', { percent: progressPercent(job.progress, job.status) })}</Typography>}
                  </Flex>
                </Td>
                {COUNTERS.map(({ key }) => (
                  <Td key={key} data-newsroom-import-job-counter={key}>
                    <Typography textColor={key === 'errors' && job.progress[key] > 0 ? 'danger600' : 'neutral800'}>{job.progress[key]}</Typography>
                  </Td>
                ))}
                <Td>
                  <Button size="S" variant="tertiary" onClick={() => onOpen(job.id)} aria-label={t('import.jobs.openNamed', { name: job.name ?? String(job.id) })}>
                    {t('import.jobs.open')}
                  </Button>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
        {pagination.pageCount > 1 ? (
          <Flex justifyContent="space-between" gap={2}>
            <Button size="S" variant="secondary" disabled={pagination.page <= 1} onClick={() => setPageNumber(pagination.page - 1)}>
              {t('import.jobs.newer')}
            </Button>
            <Typography variant="pi" textColor="neutral600">
              {t('import.jobs.page', { page: pagination.page, pageCount: pagination.pageCount })}
            </Typography>
            <Button size="S" variant="secondary" disabled={pagination.page >= pagination.pageCount} onClick={() => setPageNumber(pagination.page + 1)}>
              {t('import.jobs.older')}
            </Button>
          </Flex>
        ) : null}
        {failed ? <Typography textColor="danger600">{t('import.jobs.failed')}</Typography> : null}
      </Flex>
    </Box>
  );
}
