import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

/**
 * Links between articles: a write's inline links and related list are checked
 * before it is stored (400 naming the block), and the document ids they point
 * at are recorded on the written version after it (what the read path resolves).
 */
export const links: WriteStep = {
  name: 'links',
  actions: ['create', 'update', 'clone'],
  async run(write, next, strapi) {
    const service = getService(strapi, 'links');
    if ('body' in write.data || 'related' in write.data) {
      // A clone is a new document: linking to its source is no self-link.
      await service.validate(write.data, await write.locale(), write.action === 'clone' ? undefined : write.documentId);
    }
    const result = await next();
    for (const version of writtenVersions(write, result)) {
      await service.record(version.documentId, version.locale, { published: write.publishes });
    }
    return result;
  },
};
