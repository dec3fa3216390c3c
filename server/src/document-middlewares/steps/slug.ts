import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

/**
 * Slugs: generated from the title, unique per locale, never silently changed
 * once chosen (services/slugs). A clone copies its source's slug, so each
 * cloned version gets its own after the write.
 */
export const slug: WriteStep = {
  name: 'slug',
  actions: ['create', 'update', 'clone'],
  async run(write, next, strapi) {
    const slugs = getService(strapi, 'slugs');
    if (write.action === 'clone') {
      const result = await next();
      for (const version of writtenVersions(write, result)) await slugs.uniqueForClone(version.documentId, version.locale);
      return result;
    }
    const { data } = write;
    const stored = await write.stored();
    const assigned = await slugs.assign({
      requested: data.slug as string | null | undefined,
      stored: (stored?.slug as string | null | undefined) ?? null,
      title: String(('title' in data ? data.title : stored?.title) ?? ''),
      locale: await write.locale(),
      documentId: write.documentId,
      strategy: (await write.settings()).slugStrategy,
    });
    if (assigned !== undefined) data.slug = assigned;
    return next();
  },
};
