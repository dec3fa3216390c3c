import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { PURGE_EVENT, purgeUrls, type PublishedVersion } from '../channels/purge-urls';
import { READ_DEPENDENCY_UID } from '../models/read-model';
import type { PurgePayload } from '../types/api';
import type { NewsroomSettings } from './settings';
import { getService } from '../utils/get-service';
import { apiBase } from './channels';

type Row = Record<string, any>;

/** A published version as a purge names it, from its row. */
export const versionOf = (r: Row): PublishedVersion => ({ documentId: r.documentId, locale: r.locale, slug: r.slug, section: r.section ?? null });

/**
 * The CDN purge signal: after a write that changes what the public sees, a
 * `newsroom.purge` event naming every URL that changed, sent by Strapi's own
 * webhook runner once the write's transaction has committed.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  return {
    /** Let webhooks subscribe to the event (Strapi refuses events it does not know). */
    register(): void {
      strapi.get('webhookStore').addAllowedEvent('NEWSROOM_PURGE', PURGE_EVENT);
    },

    /** The document's published versions, every locale. */
    async published(documentId: string): Promise<PublishedVersion[]> {
      const rows = (await strapi.db.query(ARTICLE_UID).findMany({
        where: { documentId, publishedAt: { $notNull: true } },
        select: ['documentId', 'locale', 'slug', 'section'],
      })) as Row[];
      return rows.map(versionOf);
    },

    /**
     * The payload of a write, from the versions before it and after it; null when nothing public changed.
     * `known`: what the write has read already — the settings, the default locale, whether it created the
     * document under a new id (no article links to it yet, so no dependent's URL to purge), and the
     * published versions after it when the write knows them (a create's: the version it wrote).
     */
    async payload(
      action: string,
      documentId: string,
      locales: string[],
      before: PublishedVersion[],
      known: { settings?: NewsroomSettings; defaultLocale?: string; newDocument?: boolean; after?: PublishedVersion[] } = {}
    ): Promise<PurgePayload | null> {
      const after = known.after ?? (await this.published(documentId));
      const written = new Set(locales);
      const changed = [...before, ...after].filter((v) => written.has(v.locale));
      if (changed.length === 0) return null;
      const affected = [...new Set(changed.map((v) => v.locale))].sort();
      const links = known.newDocument
        ? []
        : ((await strapi.db.query(READ_DEPENDENCY_UID).findMany({
            where: { target: documentId, locale: { $in: affected } },
            select: ['documentId', 'locale'],
          })) as Row[]);
      const dependents =
        links.length === 0
          ? []
          : ((await strapi.db.query(ARTICLE_UID).findMany({
              where: { documentId: { $in: [...new Set(links.map((l) => l.documentId))] }, locale: { $in: affected }, publishedAt: { $notNull: true } },
              select: ['documentId', 'locale', 'slug', 'section'],
            })) as Row[]);
      const settings = known.settings ?? (await getService(strapi, 'settings').get());
      return {
        action,
        documentId,
        locales: affected,
        urls: purgeUrls({
          base: apiBase(strapi),
          articleUrlTemplate: settings.articleUrlTemplate,
          defaultLocale: known.defaultLocale ?? (await getService(strapi, 'locales').defaultLocale()),
          before,
          after,
          dependents: dependents.filter((d) => links.some((l) => l.documentId === d.documentId && l.locale === d.locale)).map(versionOf),
        }),
      };
    },

    /** Emit the event once the current transaction commits (a CDN refetching earlier would cache the old page again). */
    async emitAfterCommit(payload: PurgePayload): Promise<void> {
      await strapi.db.transaction(async ({ onCommit }) => {
        onCommit(() => {
          strapi.eventHub.emit(PURGE_EVENT, payload as never);
        });
      });
    },
  };
};
