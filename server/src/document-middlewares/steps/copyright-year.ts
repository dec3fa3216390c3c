import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

/**
 * `copyrightYear` defaults to the year of first publication: once a version is
 * published, a draft and published version without a year get this year, so
 * later publications keep it. Written on the rights rows directly: nothing
 * here re-enters the pipeline (an editor without "Manage rights" publishes).
 */
export const copyrightYear: WriteStep = {
  name: 'copyrightYear',
  actions: ['publish', 'create', 'update'],
  when: (write) => write.action === 'publish' || write.publishes,
  async run(write, next, strapi) {
    const result = await next();
    await getService(strapi, 'rights').stampCopyrightYear(writtenVersions(write, result), new Date().getUTCFullYear());
    return result;
  },
};
