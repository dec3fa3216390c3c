import type * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import type { Fetched } from '../../hooks/useFetched';
import { useMessages, type MessageId } from '../../utils/messages';
import { FetchStatus, type FetchStatusMessages } from './FetchStatus';

interface FetchedListProps<T> {
  fetched: Fetched<T[]>;
  /** The not-ready states, and the count line (an ICU plural over `count`). */
  messages: FetchStatusMessages & { summary: MessageId };
  /** The attribute that carries the count on the count line (the browser tests read it). */
  countAttribute: `data-newsroom-${string}`;
  gap: number;
  /** One `li` per item, with its key. */
  renderItem: (item: T) => React.ReactNode;
}

/** A list a section reads from the server: its not-ready states, then how many there are and the items. */
export function FetchedList<T>({ fetched, messages, countAttribute, gap, renderItem }: FetchedListProps<T>) {
  const t = useMessages();
  if (fetched.status !== 'ready') return <FetchStatus status={fetched.status} messages={messages} />;
  const count = fetched.data.length;
  return (
    <>
      <Typography variant="omega" fontWeight="semiBold" {...{ [countAttribute]: count }}>
        {t(messages.summary, { count })}
      </Typography>
      {count > 0 ? (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={gap}>
          {fetched.data.map(renderItem)}
        </Flex>
      ) : null}
    </>
  );
}
