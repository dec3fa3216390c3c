import { readRelationInput } from '../../links/relation-input';
import type { StoredLinks } from '../../services/links';
import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions, type Data } from '../write-context';

/**
 * The links a create stores when none of them points anywhere — related-link blocks without a target,
 * no related list — known before the write; null when some do (Strapi resolves them as it writes).
 */
function knownEmptyLinks(data: Data): StoredLinks | null {
  const blocks = Array.isArray(data.body) ? (data.body as Data[]) : [];
  const linkBlocks = blocks.filter((block) => block?.__component === 'newsroom.related-link');
  if (linkBlocks.some((block) => readRelationInput(block.article).refs.length > 0)) return null;
  if (readRelationInput(data.related).refs.length > 0) return null;
  return { body: linkBlocks.map(() => null), related: [] };
}

/**
 * Links between articles: a write's inline links and related list are checked
 * before it is stored (400 naming the block), and the document ids they point
 * at are recorded on the written version after it (what the read path resolves).
 * A create without any link target records its (empty) links with the write.
 */
export const links: WriteStep = {
  name: 'links',
  actions: ['create', 'update', 'clone'],
  async run(write, next, strapi) {
    const service = getService(strapi, 'links');
    if ('body' in write.data || 'related' in write.data) {
      // A clone is a new document: linking to its source is no self-link.
      await service.validate(write.data, await write.locale(), write.action === 'clone' ? undefined : write.documentId);
    }
    const known = write.action === 'create' ? knownEmptyLinks(write.data) : null;
    if (known) {
      write.data.links = known;
      return next();
    }
    const result = await next();
    for (const version of writtenVersions(write, result)) {
      await service.record(version.documentId, version.locale, { published: write.publishes });
    }
    return result;
  },
};
