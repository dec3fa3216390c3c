import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

/** Keeps the search index in step with what is published: each touched version is (re)indexed, or dropped. */
export const searchIndex: WriteStep = {
  name: 'searchIndex',
  actions: ['publish', 'unpublish', 'delete', 'create', 'update'],
  when: (write) => (write.action !== 'create' && write.action !== 'update') || write.publishes,
  async run(write, next, strapi) {
    const result = await next();
    const search = getService(strapi, 'search');
    for (const version of writtenVersions(write, result)) await search.indexDocument(version.documentId, version.locale, { newDocument: write.newDocument });
    return result;
  },
};
