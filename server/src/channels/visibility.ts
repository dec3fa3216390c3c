/**
 * How an article may show in a feed or a sitemap at a given moment, from its
 * resolved rights (rights/resolve.ts). Pure: the channel services decide with it.
 */

/** The rights facts a channel looks at. */
export interface ChannelRights {
  noSnippet: boolean;
  embargoUntil: string | null;
  rightsExpireAt: string | null;
}

/** `absent`: not listed at all; `title-only`: title and link, no text (snippet opt-out); `full`: title, summary, author. */
export type FeedView = 'absent' | 'title-only' | 'full';

/** True while an embargo holds, or once the rights have expired: such an article is in no channel. */
export function withheld(rights: ChannelRights, now: Date): boolean {
  if (rights.embargoUntil && now < new Date(rights.embargoUntil)) return true;
  return !!rights.rightsExpireAt && now >= new Date(rights.rightsExpireAt);
}

/** How a feed shows this article now. */
export function feedView(rights: ChannelRights, now: Date): FeedView {
  if (withheld(rights, now)) return 'absent';
  return rights.noSnippet ? 'title-only' : 'full';
}

/**
 * Whether a sitemap may list it: not withheld. An article whose rights have expired carries
 * `X-Robots-Tag: unavailable_after` (rights/headers.ts), the plugin's "noindex": it leaves the
 * sitemaps at that moment.
 */
export function indexable(rights: ChannelRights, now: Date): boolean {
  return !withheld(rights, now);
}
