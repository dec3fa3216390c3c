import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { SiteLocale } from '../pages/date-settings';

/** The site's locales (`GET /i18n/locales`, open to every admin); null until known or when the request fails. */
export function useSiteLocales(): SiteLocale[] | null {
  const { get } = useFetchClient();
  const [locales, setLocales] = React.useState<SiteLocale[] | null>(null);
  React.useEffect(() => {
    let active = true;
    get<SiteLocale[]>('/i18n/locales')
      .then(({ data }) => active && Array.isArray(data) && setLocales(data))
      .catch(() => {
        // Each caller has its fallback (the interface's language, a disabled select).
      });
    return () => {
      active = false;
    };
  }, [get]);
  return locales;
}
