import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export type Fetched<T> = { status: 'idle' } | { status: 'loading' } | { status: 'error' } | { status: 'ready'; data: T };

/**
 * `GET url` → `{ data }` of one of the plugin's admin routes, fetched again
 * whenever `url` or `revision` changes (the panel passes the document's
 * `updatedAt`, so a save refreshes it). A null url fetches nothing (`idle`).
 */
export function useArticleData<T>(url: string | null, revision: unknown): Fetched<T> {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Fetched<T>>({ status: 'idle' });

  React.useEffect(() => {
    if (!url) {
      setState({ status: 'idle' });
      return undefined;
    }
    let active = true;
    // Keep showing the previous answer while a save refreshes it.
    setState((previous) => (previous.status === 'ready' ? previous : { status: 'loading' }));
    get<{ data: T }>(url)
      .then(({ data }) => active && setState({ status: 'ready', data: data.data }))
      .catch(() => active && setState({ status: 'error' }));
    return () => {
      active = false;
    };
  }, [get, url, revision]);

  return state;
}
