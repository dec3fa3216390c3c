import type { WriteStep } from '../step';
import { WRITE_ACTIONS } from '../write-context';

/**
 * The whole write — the article, its components, the steps' own rows (links,
 * slugs of clones, copyright year, suggestion index) — in one transaction:
 * a step that fails leaves nothing half written. Nested Document Service
 * calls join it.
 */
export const atomic: WriteStep = {
  name: 'atomic',
  actions: WRITE_ACTIONS,
  run: (_write, next, strapi) => strapi.db.transaction(() => next()),
};
