import * as React from 'react';
import { useIntl } from 'react-intl';
import en from '../translations/en.json';
import { getTranslation } from './getTranslation';

/** Ids of the plugin's messages: en.json is the source, so a typo fails the type-check. */
export type MessageId = keyof typeof en;

/** The react-intl descriptor of a plugin message, with the English text as fallback. */
export const message = (id: MessageId) => ({ id: getTranslation(id), defaultMessage: en[id] });

/** `t(id, values)`: a plugin message in the interface language (ICU plurals included). */
export function useMessages(): (id: MessageId, values?: Record<string, string | number>) => string {
  const { formatMessage } = useIntl();
  return React.useCallback((id, values) => formatMessage(message(id), values), [formatMessage]);
}
