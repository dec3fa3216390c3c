import type { Core } from '@strapi/strapi';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { fetchMedia } from '../wordpress/media-fetch';
import { getService } from '../utils/get-service';

/** Longest wait for one media file, and its largest size: a dead or huge file is reported, not waited for. */
const FETCH_TIMEOUT_MS = 15_000;
const MAX_MEDIA_BYTES = 50 * 1024 * 1024;

const FILE_UID = 'plugin::upload.file';

/**
 * Remove the Media Library files of `ids` that nothing uses (no article, component or other entry
 * relates to them): the uploads of posts an import did not write. A file an editor has used
 * meanwhile stays. Answers the ids removed.
 */
export async function removeUnusedUploads(strapi: Core.Strapi, ids: readonly number[]): Promise<number[]> {
  // Whether anything relates to a file is whether its upload-plugin `related` relation has a row in
  // its join table: one read of the file ids there, not the related entries themselves.
  const { joinTable } = strapi.db.metadata.get(FILE_UID).attributes.related as unknown as { joinTable: { name: string; joinColumn: { name: string } } };
  const removed: number[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const chunk = ids.slice(i, i + 100);
    const used = new Set(
      ((await strapi.db.getConnection(joinTable.name).distinct(joinTable.joinColumn.name).whereIn(joinTable.joinColumn.name, chunk)) as Record<string, unknown>[]).map((row) =>
        Number(row[joinTable.joinColumn.name])
      )
    );
    const unused = chunk.filter((id) => !used.has(id));
    if (unused.length === 0) continue;
    for (const file of await strapi.db.query(FILE_UID).findMany({ where: { id: { $in: unused } } })) {
      await strapi.plugin('upload').service('upload').remove(file);
      removed.push(file.id as number);
    }
  }
  return removed;
}

/** What an uploader is told of the files it uploads. */
export interface UploadTracking {
  /** Files uploaded by an earlier run of the same job and not yet taken by a written post (a resumed job's). */
  pending?: readonly number[];
  /** Called after each upload with the files uploaded and not taken yet, to store them before anything else happens. */
  onPending?(ids: number[]): Promise<void>;
}

/**
 * Media of imported posts into the Media Library: a file is fetched from its URL on the old site
 * (from public addresses only, unless the app allows a network: wordpress/media-fetch.ts) and
 * uploaded through Strapi's upload plugin (so its providers, formats and sizes apply); the same URL
 * is uploaded once per import run. A file that cannot be fetched is the caller's to report.
 *
 * A file is uploaded before the post that shows it is written, and that write may fail or never
 * come (the import cancelled, or stopped by a restart): an upload stays pending until a written post
 * takes it (`taken`), and `removeUnused` removes, when the run ends, the pending files nothing uses.
 */
export function mediaUploader(strapi: Core.Strapi, tracking: UploadTracking = {}) {
  const uploaded = new Map<string, number>();
  const pending = new Set<number>(tracking.pending ?? []);

  async function fetchToFile(url: string): Promise<{ file: string; type: string; size: number; name: string }> {
    let name = 'media';
    try {
      name = decodeURIComponent(path.basename(new URL(url).pathname)) || name;
    } catch {
      // A name that does not decode: the default one.
    }
    const file = path.join(os.tmpdir(), `newsroom-wp-${crypto.randomUUID()}${path.extname(name)}`);
    const allowedNetworks = getService(strapi, 'settings').config().importMediaAllowedNetworks;
    const { type, size } = await fetchMedia(url, file, { allowedNetworks, timeoutMs: FETCH_TIMEOUT_MS, maxBytes: MAX_MEDIA_BYTES });
    return { file, type, size, name };
  }

  return {
    /** The Media Library id of the file at `url`, uploaded now or earlier in this run; throws with the reason it could not be. */
    async upload(url: string, info: { alt: string; caption: string | null }): Promise<number> {
      const known = uploaded.get(url);
      if (known !== undefined) return known;
      const fetched = await fetchToFile(url);
      try {
        const [file] = (await strapi
          .plugin('upload')
          .service('upload')
          .upload({
            data: { fileInfo: { name: fetched.name, alternativeText: info.alt || null, caption: info.caption } },
            files: { filepath: fetched.file, originalFilename: fetched.name, mimetype: fetched.type, size: fetched.size },
          })) as { id: number }[];
        uploaded.set(url, file.id);
        pending.add(file.id);
        await tracking.onPending?.([...pending]);
        return file.id;
      } finally {
        await fs.promises.rm(fetched.file, { force: true });
      }
    },

    /** Files a written post uses (a stored article shows them): no longer pending. */
    taken(ids: Iterable<number>): void {
      for (const id of ids) pending.delete(id);
    },

    /** The files uploaded and not taken yet. */
    pending(): number[] {
      return [...pending];
    },

    /**
     * Remove the pending files nothing uses (removeUnusedUploads) and forget them: the run has ended.
     * Answers how many were removed.
     */
    async removeUnused(): Promise<number> {
      const removed = new Set(await removeUnusedUploads(strapi, [...pending]));
      pending.clear();
      for (const [url, id] of uploaded) if (removed.has(id)) uploaded.delete(url);
      return removed.size;
    },
  };
}

export type MediaUploader = ReturnType<typeof mediaUploader>;
