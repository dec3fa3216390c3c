import { deriveArticle, type DeriveInput } from '../../render/derive';
import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

/** The fields derivation reads; a partial update takes the others from the stored draft. */
const SOURCE_FIELDS = ['title', 'standfirst', 'kicker', 'keywords', 'direction', 'body'] as const satisfies readonly (keyof DeriveInput)[];

/**
 * Word count, reading time, search text and render cache, computed on every
 * write from the version as it will be stored. A clone is re-derived after the
 * write, from the rows Strapi built (source merged with the clone's data).
 */
export const derive: WriteStep = {
  name: 'derive',
  actions: ['create', 'update', 'clone'],
  async run(write, next, strapi) {
    if (write.action === 'clone') {
      const result = await next();
      await getService(strapi, 'reindex').versions(writtenVersions(write, result));
      return result;
    }
    const { data } = write;
    const stored = await write.stored();
    const input = Object.fromEntries(SOURCE_FIELDS.map((field) => [field, field in data ? data[field] : stored?.[field]]));
    Object.assign(data, deriveArticle(input, await write.locale(), (await write.settings()).wordsPerMinute));
    return next();
  },
};
