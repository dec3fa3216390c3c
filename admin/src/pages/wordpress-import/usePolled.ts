import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { POLL_FAILURES_MAX } from './import-job';

export interface Polled<T> {
  /** The last answer for `url`; null until the first one (and after `url` changed). */
  data: T | null;
  /** True when the asking stopped after POLL_FAILURES_MAX failed requests in a row. */
  lost: boolean;
}

/**
 * `url` (null: nothing to ask) fetched with the admin's client, one request at a time, then again
 * every `intervalMs` while `again(answer)` holds; a failed request is asked again, and after
 * POLL_FAILURES_MAX failures in a row the asking stops with `lost`. A new `url` starts over;
 * unmounting stops it. What the import page's job view and list of imports both poll with.
 */
export function usePolled<T>(url: string | null, intervalMs: number, again: (answer: T) => boolean): Polled<T> {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Polled<T>>({ data: null, lost: false });
  // The latest rule, read when an answer arrives: a new function each render does not restart the polling.
  const againRef = React.useRef(again);
  againRef.current = again;

  React.useEffect(() => {
    setState({ data: null, lost: false });
    if (url === null) return undefined;
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    const poll = async () => {
      try {
        const { data } = await get<T>(url);
        if (!active) return;
        failures = 0;
        setState({ data, lost: false });
        if (!againRef.current(data)) return;
      } catch {
        if (!active) return;
        failures += 1;
        if (failures >= POLL_FAILURES_MAX) {
          setState((previous) => ({ ...previous, lost: true }));
          return;
        }
      }
      timer = setTimeout(poll, intervalMs);
    };
    void poll();
    return () => {
      active = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [get, url, intervalMs]);

  return state;
}
