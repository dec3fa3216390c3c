import type { WordpressJobPage } from '../../core';
import { anyUnfinished, jobsUrl, LIST_POLL_MS } from './import-job';
import { usePolled } from './usePolled';

export interface ImportJobsState {
  /** The page as the server last answered it; null until the first answer. */
  page: WordpressJobPage | null;
  /** True when the list could not be read (several failed requests in a row). */
  failed: boolean;
}

type Answer = { data: WordpressJobPage['results']; meta: { pagination: WordpressJobPage['pagination'] } };

/**
 * Page `page` of the imports, newest first: asked once, then again every `LIST_POLL_MS` while one
 * of its imports has not ended; the asking stops when the page unmounts or `page` changes.
 */
export function useImportJobs(page: number): ImportJobsState {
  const { data, lost } = usePolled<Answer>(jobsUrl(page), LIST_POLL_MS, (answer) => anyUnfinished(answer.data));
  return { page: data ? { results: data.data, pagination: data.meta.pagination } : null, failed: lost };
}
