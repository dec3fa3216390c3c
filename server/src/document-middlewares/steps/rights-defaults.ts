import { defaultRights } from '../../rights/default-rights';
import type { WriteStep } from '../step';

/** A new article, or a new locale of one, that names no rights gets the settings' defaults. */
export const rightsDefaults: WriteStep = {
  name: 'rightsDefaults',
  actions: ['create', 'update'],
  async run(write, next) {
    if ((write.data.rights === undefined || write.data.rights === null) && (await write.isNew())) {
      write.data.rights = defaultRights(await write.settings());
    }
    return next();
  },
};
