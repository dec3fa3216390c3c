import { Button } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import { useMessages } from '../utils/messages';

/** "Try again" next to a load that failed: asks the server once more (`useFetched`'s `reload`). */
export function RetryButton({ onClick }: { onClick: () => void }) {
  const t = useMessages();
  return (
    <Button size="S" variant="secondary" startIcon={<ArrowClockwise />} onClick={onClick} data-newsroom-retry>
      {t('fetch.retry')}
    </Button>
  );
}
