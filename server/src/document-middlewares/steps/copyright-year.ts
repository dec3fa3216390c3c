import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions, type Data } from '../write-context';

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * `copyrightYear` defaults to the year of first publication: once a version is
 * published, a draft and published version without a year get this year, so
 * later publications keep it. Written on the rights rows directly: nothing
 * here re-enters the pipeline (an editor without "Manage rights" publishes).
 * A create that publishes gets its year in the data it stores (its draft and
 * published rows are both built from it): the same year, no statement of its own.
 */
export const copyrightYear: WriteStep = {
  name: 'copyrightYear',
  actions: ['publish', 'create', 'update'],
  when: (write) => write.action === 'publish' || write.publishes,
  async run(write, next, strapi) {
    const year = new Date().getUTCFullYear();
    const rights = write.data.rights as unknown;
    if (write.action === 'create' && rights && typeof rights === 'object' && !Array.isArray(rights)) {
      // The year of the original publication when the create gives one (an archive imported today keeps its own).
      const original = write.data.originalPublishedAt as string | Date | null | undefined;
      const stamp = isEmpty(original) ? year : new Date(original as string | Date).getUTCFullYear();
      if (isEmpty((rights as Data).copyrightYear)) write.data.rights = { ...(rights as Data), copyrightYear: stamp };
      return next();
    }
    const result = await next();
    await getService(strapi, 'rights').stampCopyrightYear(writtenVersions(write, result), year);
    return result;
  },
};
