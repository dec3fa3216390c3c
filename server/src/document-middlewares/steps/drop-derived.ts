import { DERIVED_FIELDS } from '../../../../content-types';
import type { WriteStep } from '../step';
import { DATA_ACTIONS } from '../write-context';

/**
 * Derived fields are the plugin's alone: whatever a caller sends for them
 * (Content Manager, Document Service, bulk action, import) is dropped here and
 * the later steps compute them. Dropped, not refused, because the Content
 * Manager may send back fields it loaded.
 */
export const dropDerived: WriteStep = {
  name: 'dropDerived',
  actions: DATA_ACTIONS,
  async run(write, next) {
    for (const field of DERIVED_FIELDS) delete write.data[field];
    return next();
  },
};
