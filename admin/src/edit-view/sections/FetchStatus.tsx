import { Typography } from '@strapi/design-system';
import { useMessages, type MessageId } from '../../utils/messages';

/** What a section shows while its server data is not ready: not saved yet, loading, or failed. */
export interface FetchStatusMessages {
  unsaved: MessageId;
  loading: MessageId;
  failed: MessageId;
}

/** The not-ready states of `useFetched`, worded by the section; nothing once the data is ready. */
export function FetchStatus({ status, messages }: { status: string; messages: FetchStatusMessages }) {
  const t = useMessages();
  const id = status === 'idle' ? messages.unsaved : status === 'loading' ? messages.loading : status === 'error' ? messages.failed : null;
  if (!id) return null;
  return (
    <Typography variant="pi" textColor={status === 'error' ? 'danger600' : 'neutral600'}>
      {t(id)}
    </Typography>
  );
}
