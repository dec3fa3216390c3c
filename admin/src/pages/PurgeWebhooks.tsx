import * as React from 'react';
import { Box, Flex, Toggle, Typography } from '@strapi/design-system';
import { isFetchError, useAPIErrorHandler, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Link as RouterLink } from 'react-router-dom';
import { RetryButton } from '../components/RetryButton';
import { useFetched } from '../hooks/useFetched';
import { useMessages } from '../utils/messages';
import { purgeUpdate, sendsPurge, type Webhook } from './purge-webhooks';

const WEBHOOKS_URL = '/admin/webhooks';
const WEBHOOK_PERMISSIONS = {
  read: [{ action: 'admin::webhooks.read', subject: null }],
  update: [{ action: 'admin::webhooks.update', subject: null }],
};

/** One webhook: its name and URL, and whether it receives `newsroom.purge` (saved at once). */
function WebhookRow({ webhook, canUpdate, onSaved }: { webhook: Webhook; canUpdate: boolean; onSaved: (next: Webhook) => void }) {
  const t = useMessages();
  const { put } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const [saving, setSaving] = React.useState(false);

  const change = async (on: boolean) => {
    setSaving(true);
    try {
      const { data } = await put<{ data: Webhook }>(`${WEBHOOKS_URL}/${webhook.id}`, purgeUpdate(webhook, on));
      onSaved(data.data);
      toggleNotification({ type: 'success', message: t(on ? 'settings.purge.added' : 'settings.purge.removed', { name: webhook.name }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: isFetchError(error) ? formatAPIError(error) : t('settings.purge.saveError') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex justifyContent="space-between" alignItems="center" gap={4} data-newsroom-purge-webhook={webhook.name}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography fontWeight="semiBold">{webhook.name}</Typography>
        <Typography variant="pi" textColor="neutral600" dir="ltr">
          {webhook.url}
        </Typography>
      </Flex>
      <Box minWidth="14rem">
        <Toggle
        name={`purge-${webhook.id}`}
        aria-label={t('settings.purge.toggle', { name: webhook.name })}
        checked={sendsPurge(webhook)}
        onLabel={t('settings.boolean.on')}
        offLabel={t('settings.boolean.off')}
        disabled={!canUpdate || saving}
        onChange={(event: React.ChangeEvent<HTMLInputElement>) => change(event.target.checked)}
        />
      </Box>
    </Flex>
  );
}

/**
 * Settings → Newsroom: which webhooks receive the CDN purge event. Strapi 5's
 * own webhook page lists only Strapi's events; a webhook chosen here keeps
 * `newsroom.purge` when it is edited there.
 */
export function PurgeWebhooks() {
  const t = useMessages();
  const {
    isLoading,
    allowedActions: { canRead, canUpdate },
  } = useRBAC(WEBHOOK_PERMISSIONS);
  // Asked only of admins who may read the webhooks (until their permissions are known, `idle`).
  const webhooks = useFetched<Webhook[]>(!isLoading && canRead ? WEBHOOKS_URL : null);

  const saved = (next: Webhook) => webhooks.update((all) => all.map((w) => (String(w.id) === String(next.id) ? next : w)));

  let body: React.ReactNode;
  if (!isLoading && !canRead) body = <Typography textColor="neutral600">{t('settings.purge.noPermission')}</Typography>;
  else if (webhooks.status === 'error')
    body = (
      <Flex gap={4} wrap="wrap">
        <Typography textColor="danger600">{t('settings.purge.loadFailed')}</Typography>
        <RetryButton onClick={webhooks.reload} />
      </Flex>
    );
  else if (webhooks.status !== 'ready') body = <Typography textColor="neutral600">{t('settings.purge.loading')}</Typography>;
  else if (webhooks.data.length === 0) body = <Typography textColor="neutral600">{t('settings.purge.none')}</Typography>;
  else body = webhooks.data.map((webhook) => <WebhookRow key={webhook.id} webhook={webhook} canUpdate={canUpdate} onSaved={saved} />);

  return (
    <Box background="neutral0" hasRadius shadow="filterShadow" paddingTop={6} paddingBottom={6} paddingLeft={7} paddingRight={7} marginTop={6} data-newsroom-purge>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography tag="h2" variant="delta">
          {t('settings.purge.title')}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('settings.purge.hint')}{' '}
          <RouterLink to="/settings/webhooks/create">{t('settings.purge.create')}</RouterLink>
        </Typography>
        {body}
      </Flex>
    </Box>
  );
}
