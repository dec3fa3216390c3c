import { ARTICLE_UID } from '../../../../content-types';
import type { WriteStep } from '../step';
import { writtenVersions } from '../write-context';

type Row = { id: number; documentId: string; locale: string; publishedAt: string | Date | null; originalPublishedAt: string | Date | null };

/**
 * `originalPublishedAt` defaults to the first publication: a write that publishes a version whose
 * date is empty gives its draft and published rows the date the version already showed readers
 * (the published row's, when an editor cleared the draft's) or else this publication's `publishedAt`.
 * A date the editor or an import set is never touched, and a republish never moves it: Strapi's
 * `publishedAt` is the only date a publish changes. Written on the rows directly, so nothing here
 * re-enters the pipeline; it sits innermost so the index and read-model steps see the date.
 */
export const originalPublishedAt: WriteStep = {
  name: 'originalPublishedAt',
  actions: ['publish', 'create', 'update'],
  when: (write) => write.action === 'publish' || write.publishes,
  async run(write, next, strapi) {
    const rows = () => strapi.db.query(ARTICLE_UID);
    const locale = write.documentId ? await write.locale() : null;
    // What readers saw before this publish; the publish replaces the published row, so read it first.
    const shown =
      write.documentId && locale
        ? ((await rows().findOne({
            where: { documentId: write.documentId, locale, publishedAt: { $notNull: true } },
            select: ['originalPublishedAt'],
          })) as Pick<Row, 'originalPublishedAt'> | null)?.originalPublishedAt ?? null
        : null;
    const result = await next();
    // A create that publishes answers its published row: no need to read it back.
    const created = write.action === 'create' ? (result as Partial<Row> | null) : null;
    for (const { documentId, locale: written } of writtenVersions(write, result)) {
      const published = (
        created?.publishedAt && created.documentId === documentId && created.locale === written
          ? created
          : await rows().findOne({
              where: { documentId, locale: written, publishedAt: { $notNull: true } },
              select: ['id', 'publishedAt', 'originalPublishedAt'],
            })
      ) as Row | null;
      if (!published?.publishedAt) continue;
      // Given by the create: its draft, which the published row was copied from, has it too.
      if (created && published.originalPublishedAt) continue;
      const date = published.originalPublishedAt ?? (written === locale ? shown : null) ?? published.publishedAt;
      // Found by a plain read, written by primary key: an UPDATE filtering on other columns locks every row
      // it scans on MariaDB/MySQL, other writers' new articles among them, and concurrent creates deadlock.
      const undated = (await rows().findMany({ where: { documentId, locale: written, originalPublishedAt: null }, select: ['id'] })) as Row[];
      if (undated.length > 0) await rows().updateMany({ where: { id: { $in: undated.map((r) => r.id) } }, data: { originalPublishedAt: date } });
    }
    return result;
  },
};
