import { purgeUpdate, sendsPurge, type Webhook } from './purge-webhooks';

const hook: Webhook = { id: 3, name: 'CDN', url: 'https://purge.example/hook', headers: { 'X-Key': 'k' }, events: ['entry.publish', 'media.create'], isEnabled: false };

describe('purgeUpdate', () => {
  it('adds newsroom.purge and keeps the other events, headers and state', () => {
    const body = purgeUpdate(hook, true);
    expect(body).toEqual({ name: 'CDN', url: 'https://purge.example/hook', headers: { 'X-Key': 'k' }, events: ['entry.publish', 'media.create', 'newsroom.purge'], isEnabled: false });
    expect(sendsPurge(body)).toBe(true);
    expect(body).not.toHaveProperty('id');
  });

  it('removes it once, whatever else is there, and adding twice keeps one', () => {
    const on = { ...hook, events: ['newsroom.purge', 'entry.update', 'newsroom.purge'] };
    expect(purgeUpdate(on, false).events).toEqual(['entry.update']);
    expect(purgeUpdate(on, true).events).toEqual(['entry.update', 'newsroom.purge']);
    expect(sendsPurge(hook)).toBe(false);
  });
});
