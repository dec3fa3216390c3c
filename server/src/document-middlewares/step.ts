import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { getService } from '../utils/get-service';
import { articleWrite, type ArticleWrite, type WriteAction } from './write-context';

/** One concern of the write pipeline: the actions it applies to, and what it does around the write. */
export interface WriteStep {
  name: string;
  actions: readonly WriteAction[];
  /** Narrows `actions` further from the write itself (e.g. only writes that publish); absent: every listed action. */
  when?(write: ArticleWrite): boolean;
  /** Runs the step; `next()` runs the rest of the pipeline and the write itself, and returns its result. */
  run(write: ArticleWrite, next: () => Promise<unknown>, strapi: Core.Strapi): Promise<unknown>;
}

/** Run `step` around `next` when it applies to `write`; `next` alone otherwise. */
export function runStep(strapi: Core.Strapi, step: WriteStep, write: ArticleWrite, next: () => Promise<unknown>): Promise<unknown> {
  if (!(step.actions as readonly string[]).includes(write.action)) return next();
  if (step.when && !step.when(write)) return next();
  getService(strapi, 'pipeline').emit({ step: step.name, action: write.action });
  return step.run(write, next, strapi);
}

/** A step as a Document Service middleware: it decides in its first lines whether it applies. */
export function stepMiddleware(strapi: Core.Strapi, step: WriteStep): Modules.Documents.Middleware.Middleware {
  return async (ctx, next) => {
    if (ctx.uid !== ARTICLE_UID || !(step.actions as readonly string[]).includes(ctx.action)) return next();
    return runStep(strapi, step, articleWrite(strapi, ctx), next as () => Promise<unknown>) as ReturnType<typeof next>;
  };
}
