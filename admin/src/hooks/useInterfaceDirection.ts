import { useIntl } from 'react-intl';
import { localeDirection, type Direction } from '../core';

/**
 * Direction of the admin's interface language. Strapi keeps its own chrome
 * left to right whatever the language; what the plugin renders reads in the
 * direction of the language it speaks, so Arabic sentences end on the left.
 */
export function useInterfaceDirection(): Direction {
  const { locale } = useIntl();
  return localeDirection(locale) ?? 'ltr';
}
