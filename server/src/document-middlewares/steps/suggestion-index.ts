import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

/** Keeps the suggestion index in step with what is published: each touched version is (re)indexed, or dropped (a batch's versions at once). */
export const suggestionIndex: WriteStep = {
  name: 'suggestionIndex',
  actions: ['publish', 'unpublish', 'delete', 'create', 'update'],
  when: (write) => (write.action !== 'create' && write.action !== 'update') || write.publishes,
  async run(write, next, strapi) {
    const result = await next();
    const { newDocument } = write;
    await write.setWise(`suggestionIndex:${newDocument}`, writtenVersions(write, result), (versions) => getService(strapi, 'suggestions').indexDocuments(versions, { newDocument }));
    return result;
  },
};
