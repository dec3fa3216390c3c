import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { WordpressJobPage } from '../../core';
import { anyUnfinished, jobsUrl, LIST_POLL_MS } from './import-job';

export interface ImportJobsState {
  /** The page as the server last answered it; null until the first answer. */
  page: WordpressJobPage | null;
  /** True when the last request failed (the list keeps what it had). */
  failed: boolean;
}

/**
 * Page `page` of the imports, newest first: asked once, then again every `LIST_POLL_MS` while one
 * of its imports has not finished (one request at a time); the asking stops when the page unmounts
 * or `page` changes.
 */
export function useImportJobs(page: number): ImportJobsState {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<ImportJobsState>({ page: null, failed: false });

  React.useEffect(() => {
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const { data } = await get<{ data: WordpressJobPage['results']; meta: { pagination: WordpressJobPage['pagination'] } }>(jobsUrl(page));
        if (!active) return;
        setState({ page: { results: data.data, pagination: data.meta.pagination }, failed: false });
        if (anyUnfinished(data.data)) timer = setTimeout(load, LIST_POLL_MS);
      } catch {
        if (active) setState((previous) => ({ ...previous, failed: true }));
      }
    };
    void load();
    return () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [get, page]);

  return state;
}
