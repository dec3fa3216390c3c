import crypto from 'crypto';
import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { WRITE_ACTIONS, writtenVersions } from '../write-context';

/**
 * Slugs: generated from the title, unique per locale, never silently changed
 * once chosen (services/slugs). The slug a write stores is reserved in the
 * database before the write (a create claims it under a token until its
 * document has an id); after any write the document's reservations follow
 * what its versions hold. A clone copies its source's slug, so each cloned
 * version gets its own after the write.
 */
export const slug: WriteStep = {
  name: 'slug',
  actions: WRITE_ACTIONS,
  async run(write, next, strapi) {
    const slugs = getService(strapi, 'slugs');
    const { data } = write;
    // A create claims under a token until its document has an id; a batched create has its id already.
    const claimToken = write.action === 'create' ? (write.plannedDocumentId ?? `claim:${crypto.randomUUID()}`) : undefined;
    if (write.action === 'create' || write.action === 'update') {
      const stored = await write.stored();
      const assigned = await slugs.assign({
        requested: data.slug as string | null | undefined,
        stored: (stored?.slug as string | null | undefined) ?? null,
        title: String(('title' in data ? data.title : stored?.title) ?? ''),
        locale: await write.locale(),
        owner: claimToken ?? write.documentId!,
        strategy: (await write.settings()).slugStrategy,
      });
      if (assigned !== undefined) data.slug = assigned;
    }
    const result = await next();
    const versions = writtenVersions(write, result);
    if (claimToken && versions[0]) {
      // A create stored the slug it claimed, in its draft and published rows alike: once the claim is the
      // document's, its reservations are what its rows hold, and there is nothing to sync.
      if (claimToken !== versions[0].documentId) await slugs.settle(claimToken, versions[0].documentId);
      return result;
    }
    if (write.action === 'clone') for (const version of versions) await slugs.uniqueForClone(version.documentId, version.locale);
    await slugs.sync(versions);
    return result;
  },
};
