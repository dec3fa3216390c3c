import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

/**
 * Keeps the read model (services/read-model.ts) in step with what is published: a write that changes
 * a published version marks its prepared answer stale, and those of the articles that show it (their
 * links print its title and slug), in the write's transaction. Nothing is rendered here: a retitle of
 * an article shown by thousands of others costs one indexed UPDATE per 500 of them, and each is
 * re-rendered on its next read (or by the warmer). A batch of creates renders what it published once it
 * has committed (document-middlewares/batch.ts).
 */
export const readModel: WriteStep = {
  name: 'readModel',
  actions: ['publish', 'unpublish', 'discardDraft', 'delete', 'create', 'update'],
  when: (write) => (write.action !== 'create' && write.action !== 'update') || write.publishes,
  async run(write, next, strapi) {
    const result = await next();
    const { newDocument } = write;
    await write.setWise(`readModel:${newDocument}`, writtenVersions(write, result), (versions) => getService(strapi, 'readModel').invalidate(versions, { newDocument }));
    return result;
  },
};
