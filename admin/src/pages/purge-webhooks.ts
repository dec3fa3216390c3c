/**
 * Which of Strapi's webhooks receive the plugin's CDN purge event. Strapi 5's
 * Settings → Webhooks page shows a fixed table of Strapi's own events, so the
 * newsroom settings page offers the choice instead, through Strapi's own
 * webhook API; the event list is otherwise kept as Strapi stores it.
 */
import { PURGE_EVENT } from '../core';

/** A webhook as `GET /admin/webhooks` returns it. */
export interface Webhook {
  id: string | number;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
}

/** Whether the webhook receives `newsroom.purge`. */
export const sendsPurge = (webhook: Pick<Webhook, 'events'>): boolean => webhook.events.includes(PURGE_EVENT);

/**
 * The `PUT /admin/webhooks/:id` body that turns the purge event on or off and
 * keeps everything else (Strapi's validator refuses any other key).
 */
export function purgeUpdate(webhook: Webhook, on: boolean): Omit<Webhook, 'id'> {
  const others = webhook.events.filter((event) => event !== PURGE_EVENT);
  return {
    name: webhook.name,
    url: webhook.url,
    headers: webhook.headers ?? {},
    events: on ? [...others, PURGE_EVENT] : others,
    isEnabled: webhook.isEnabled,
  };
}
