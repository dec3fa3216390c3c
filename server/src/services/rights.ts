import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { defaultRights } from '../rights/default-rights';
import { getService } from '../utils/get-service';

const RIGHTS_UID = 'newsroom.rights';

type Row = Record<string, any>;

/** Rights rows of articles, as the write pipeline keeps them. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Give the draft and published rows of these versions the year they were first published
   * (`originalPublishedAt`: an archive imported today keeps its own year), else `year`, where
   * their rights have no copyright year (a version without rights gets the settings' defaults
   * with the year). Written to the rows directly, never through the Document Service.
   */
  async stampCopyrightYear(versions: { documentId: string; locale: string }[], year: number): Promise<void> {
    if (versions.length === 0) return;
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({
      where: { $or: versions.map(({ documentId, locale }) => ({ documentId, locale })) },
      select: ['id', 'documentId', 'locale', 'originalPublishedAt'],
      populate: { rights: { select: ['id', 'copyrightYear'] } },
    })) as Row[];
    const yearOf = (row: Row) => (row.originalPublishedAt ? new Date(row.originalPublishedAt).getUTCFullYear() : year);
    const yearless = rows.filter((row) => row.rights && typeof row.rights.copyrightYear !== 'number');
    for (const stamp of new Set(yearless.map(yearOf))) {
      const ids = yearless.filter((row) => yearOf(row) === stamp).map((row) => row.rights.id);
      await strapi.db.query(RIGHTS_UID).updateMany({ where: { id: { $in: ids } }, data: { copyrightYear: stamp } });
    }

    const without = rows.filter((row) => !row.rights);
    if (without.length === 0) return;
    const defaults = defaultRights(await getService(strapi, 'settings').get());
    const documents = strapi.documents(ARTICLE_UID);
    for (const row of without) {
      // updateComponents creates the component row and answers the link to store; it runs no middleware.
      const linked = await documents.updateComponents(row as never, { rights: { ...defaults, copyrightYear: yearOf(row) } } as never);
      await strapi.db.query(ARTICLE_UID).update({ where: { id: row.id }, data: linked as never });
    }
  },
});
