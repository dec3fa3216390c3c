import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { WordpressJob } from '../../core';
import { isFinished, jobUrl, POLL_FAILURES_MAX, POLL_MS } from './import-job';

export interface ImportJobState {
  job: WordpressJob | null;
  /** True when the page gave up asking (several failed polls in a row); the job may still run on the server. */
  lost: boolean;
}

/**
 * The job `id` as the server last reported it: asked for about once a second (`POLL_MS`, one
 * request at a time) until it is done or failed; the polling stops when the page unmounts or `id` changes.
 */
export function useImportJob(id: number | null): ImportJobState {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<ImportJobState>({ job: null, lost: false });

  React.useEffect(() => {
    setState({ job: null, lost: false });
    if (id === null) return undefined;
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const poll = async () => {
      try {
        const { data } = await get<{ data: WordpressJob }>(jobUrl(id));
        if (!active) return;
        failures = 0;
        setState({ job: data.data, lost: false });
        if (isFinished(data.data.status)) return;
      } catch {
        if (!active) return;
        failures += 1;
        if (failures >= POLL_FAILURES_MAX) {
          setState((previous) => ({ ...previous, lost: true }));
          return;
        }
      }
      timer = setTimeout(poll, POLL_MS);
    };
    void poll();
    return () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [get, id]);

  return state;
}
