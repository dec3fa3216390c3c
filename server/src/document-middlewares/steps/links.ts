import { namedByDocumentId } from '../../links/relation-input';
import type { StoredLinks } from '../../services/links';
import { getService } from '../../utils/get-service';
import type { WriteStep } from '../step';
import { writtenVersions, type Data } from '../write-context';

/**
 * The links a create stores, known before the write when every target is named by document id
 * (checked by `validate` first: in the locale, not itself, no repeats); null otherwise, and they
 * are read back from what Strapi wrote.
 */
function knownLinks(data: Data): StoredLinks | null {
  const blocks = Array.isArray(data.body) ? (data.body as Data[]) : [];
  const body: (string | null)[] = [];
  for (const block of blocks) {
    if (block?.__component !== 'newsroom.related-link') continue;
    const target = namedByDocumentId(block.article);
    if (!target) return null;
    body.push(target[0] ?? null);
  }
  const related = namedByDocumentId(data.related);
  return related ? { body, related } : null;
}

/**
 * Links between articles: a write's inline links and related list are checked
 * before it is stored (400 naming the block), and the document ids they point
 * at are recorded on the written version after it (what the read path resolves).
 * A create whose targets are all named by document id records its links with the write.
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
    const known = write.action === 'create' ? knownLinks(write.data) : null;
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
