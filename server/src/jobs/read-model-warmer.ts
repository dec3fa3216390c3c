import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/** Name of the cron job (strapi.cron.jobs), so it can be found and removed. */
export const WARMER_JOB = 'newsroom-read-model-warmer';

/**
 * One warmer run: re-render stale prepared reads in batches of `batchSize`, at most `maxBatches`
 * of them, stopping early when a batch finds nothing left to claim. Returns how many it rendered.
 */
export async function warmOnce(strapi: Core.Strapi): Promise<number> {
  const { batchSize, maxBatches } = getService(strapi, 'settings').config().warmer;
  const readModel = getService(strapi, 'readModel');
  let rendered = 0;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const done = await readModel.warm(batchSize);
    rendered += done;
    if (done < batchSize) break;
  }
  return rendered;
}

/**
 * Schedule the warmer on this node when the `warmer` option enables it. Writes never render
 * (they mark rows stale); this job takes the re-rendering off readers' first requests. Several
 * nodes may run it at once: the service claims each row before rendering it. A run still going
 * when the next tick fires makes that tick a no-op on this node.
 */
export function scheduleWarmer(strapi: Core.Strapi): void {
  const { enabled, rule } = getService(strapi, 'settings').config().warmer;
  if (!enabled) return;
  let running = false;
  strapi.cron.add({
    [WARMER_JOB]: {
      options: { rule },
      async task() {
        if (running) return;
        running = true;
        try {
          const rendered = await warmOnce(strapi);
          if (rendered > 0) strapi.log.debug(`[newsroom] read model warmer re-rendered ${rendered} articles`);
        } catch (error) {
          strapi.log.warn(`[newsroom] read model warmer: ${(error as Error).message}`);
        } finally {
          running = false;
        }
      },
    },
  } as never);
}

/** Stop this node's warmer (plugin destroy). */
export function unscheduleWarmer(strapi: Core.Strapi): void {
  strapi.cron.remove(WARMER_JOB);
}
