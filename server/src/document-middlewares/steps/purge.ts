import { versionOf } from '../../services/purge';
import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

/**
 * The CDN purge signal (services/purge.ts): a write that changes a published version — publish,
 * unpublish, delete, a create or update that publishes — emits `newsroom.purge` with every URL
 * whose content changed, once the transaction commits. The versions before the write are read
 * first, so a re-slugged article sends its old URL as well as its new one.
 */
export const purge: WriteStep = {
  name: 'purge',
  actions: ['publish', 'unpublish', 'delete', 'create', 'update'],
  when: (write) => (write.action !== 'create' && write.action !== 'update') || write.publishes,
  async run(write, next, strapi) {
    const service = getService(strapi, 'purge');
    const before = write.documentId ? await service.published(write.documentId) : [];
    const result = await next();
    const versions = writtenVersions(write, result);
    const documentId = versions[0]?.documentId ?? write.documentId;
    if (!documentId) return result;
    // A delete of every locale (`locale: '*'`) returns no entries: every version it had is affected.
    const locales = versions.length > 0 ? versions.map((v) => v.locale) : before.map((v) => v.locale);
    // A create under a new id: its published versions are the one it wrote, the row it answers (unless the
    // call asked for some fields only: then they are read).
    const entry = result as Record<string, unknown> | null;
    const whole = !!entry?.publishedAt && typeof entry.slug === 'string' && typeof entry.locale === 'string' && 'section' in entry;
    const after = write.newDocument && write.action === 'create' && whole ? [versionOf(entry!)] : undefined;
    const payload = await service.payload(write.action, documentId, locales, before, {
      settings: await write.settings(),
      defaultLocale: await write.defaultLocale(),
      newDocument: write.newDocument,
      after,
    });
    if (payload) await service.emitAfterCommit(payload);
    return result;
  },
};
