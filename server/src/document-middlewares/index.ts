import type { Core } from '@strapi/strapi';
import { stepMiddleware, type WriteStep } from './step';
import { answerFields } from './steps/answer-fields';
import { atomic } from './steps/atomic';
import { copyrightYear } from './steps/copyright-year';
import { derive } from './steps/derive';
import { dropDerived } from './steps/drop-derived';
import { links } from './steps/links';
import { originalPublishedAt } from './steps/original-published-at';
import { purge } from './steps/purge';
import { readModel } from './steps/read-model';
import { rightsDefaults } from './steps/rights-defaults';
import { rightsPermission } from './steps/rights-permission';
import { searchIndex } from './steps/search-index';
import { slug } from './steps/slug';
import { suggestionIndex } from './steps/suggestion-index';
import { validate } from './steps/validate';

/**
 * The write pipeline of `plugin::newsroom.article`, in order: one Document
 * Service middleware per concern, each deciding in its first lines whether it
 * applies to the action. Every action that writes — create, update (a new
 * locale too), clone, publish, unpublish, discard draft, delete, and the
 * Content Manager's bulk actions, which call these per document — runs
 * through it; no step writes through the Document Service, so none re-enters
 * another.
 */
export const WRITE_PIPELINE: readonly WriteStep[] = [
  atomic,
  answerFields,
  dropDerived,
  validate,
  rightsPermission,
  rightsDefaults,
  slug,
  derive,
  links,
  copyrightYear,
  suggestionIndex,
  searchIndex,
  readModel,
  originalPublishedAt,
  purge,
];

/** Attach the pipeline to the Document Service (plugin register phase). */
export function registerWritePipeline(strapi: Core.Strapi): void {
  for (const step of WRITE_PIPELINE) strapi.documents.use(stepMiddleware(strapi, step));
}
