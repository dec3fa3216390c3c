import type { WordpressJob } from '../../core';
import { isFinished, jobUrl, POLL_MS } from './import-job';
import { usePolled } from './usePolled';

export interface ImportJobState {
  job: WordpressJob | null;
  /** True when the page gave up asking (several failed polls in a row); the job may still run on the server. */
  lost: boolean;
}

/**
 * The job `id` as the server last reported it: asked for about once a second (`POLL_MS`, one
 * request at a time) until it has ended; the polling stops when the page unmounts or `id` changes.
 */
export function useImportJob(id: number | null): ImportJobState {
  const { data, lost } = usePolled<{ data: WordpressJob }>(id === null ? null : jobUrl(id), POLL_MS, (answer) => !isFinished(answer.data.status));
  return { job: data?.data ?? null, lost };
}
