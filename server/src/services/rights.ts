import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../../../content-types';
import { defaultRights } from '../rights/default-rights';
import { getService } from '../utils/get-service';

const RIGHTS_UID = 'newsroom.rights';

type Row = Record<string, any>;

/** Rights rows of articles, as the write pipeline keeps them. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Give the draft and published rows of these versions `year` where their
   * rights have no copyright year (a version without rights gets the settings'
   * defaults with the year). Written to the rows directly, never through the
   * Document Service.
   */
  async stampCopyrightYear(versions: { documentId: string; locale: string }[], year: number): Promise<void> {
    if (versions.length === 0) return;
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({
      where: { $or: versions.map(({ documentId, locale }) => ({ documentId, locale })) },
      select: ['id', 'documentId', 'locale'],
      populate: { rights: { select: ['id', 'copyrightYear'] } },
    })) as Row[];
    const yearless = rows.filter((row) => row.rights && typeof row.rights.copyrightYear !== 'number').map((row) => row.rights.id);
    if (yearless.length > 0) await strapi.db.query(RIGHTS_UID).updateMany({ where: { id: { $in: yearless } }, data: { copyrightYear: year } });

    const without = rows.filter((row) => !row.rights);
    if (without.length === 0) return;
    const rights = { ...defaultRights(await getService(strapi, 'settings').get()), copyrightYear: year };
    const documents = strapi.documents(ARTICLE_UID);
    for (const row of without) {
      // updateComponents creates the component row and answers the link to store; it runs no middleware.
      const linked = await documents.updateComponents(row as never, { rights } as never);
      await strapi.db.query(ARTICLE_UID).update({ where: { id: row.id }, data: linked as never });
    }
  },
});
