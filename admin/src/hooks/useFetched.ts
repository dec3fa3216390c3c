import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

/** Where a GET stands: nothing to ask (no url), asked, failed, or answered with the response's `data`. */
export type Fetched<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: T };

/** A GET's state, with a way to ask again and to keep its data in step with a write. */
export type FetchedResource<T> = Fetched<T> & {
  /** Ask again (a retry button); an answer already shown stays until the new one arrives. */
  reload: () => void;
  /** Change the data held after a write the server has answered, without asking again. */
  update: (change: (data: T) => T) => void;
};

/**
 * `GET url` → the `data` of its JSON answer (`{ data }`, as the plugin's and Strapi's admin routes
 * answer), through the admin's fetch client, so the admin's token goes with it and the request is
 * aborted when the component unmounts. Asked again when `url` or `revision` changes (the edit
 * view passes the document's `updatedAt`, so a save refreshes it) or on `reload()`. A null url
 * asks nothing (`idle`: the document is not saved yet, or the admin may not read it).
 */
export function useFetched<T>(url: string | null, revision?: unknown): FetchedResource<T> {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Fetched<T>>(url ? { status: 'loading' } : { status: 'idle' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    if (!url) {
      setState({ status: 'idle' });
      return undefined;
    }
    let active = true;
    // Keep showing the previous answer while a save or a reload refreshes it.
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    get<{ data: T }>(url)
      .then(({ data }) => active && setState({ status: 'ready', data: data.data }))
      .catch(() => active && setState({ status: 'error' }));
    return () => {
      active = false;
    };
  }, [get, url, revision, attempt]);

  const reload = React.useCallback(() => setAttempt((n) => n + 1), []);
  const update = React.useCallback(
    (change: (data: T) => T) => setState((current) => (current.status === 'ready' ? { status: 'ready', data: change(current.data) } : current)),
    []
  );
  return { ...state, reload, update };
}
