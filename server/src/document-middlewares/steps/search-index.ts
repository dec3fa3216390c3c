import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

/** Keeps the search index in step with what is published: each touched version is (re)indexed, or dropped (a batch's versions at once). */
export const searchIndex: WriteStep = {
  name: 'searchIndex',
  actions: ['publish', 'unpublish', 'delete', 'create', 'update'],
  when: (write) => (write.action !== 'create' && write.action !== 'update') || write.publishes,
  async run(write, next, strapi) {
    const result = await next();
    const { newDocument, deferPostings } = write;
    await write.setWise(`searchIndex:${newDocument}:${deferPostings}`, writtenVersions(write, result), (versions) =>
      getService(strapi, 'search').indexDocuments(versions, { newDocument, deferPostings })
    );
    return result;
  },
};
