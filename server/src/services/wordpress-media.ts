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

/**
 * Media of imported posts into the Media Library: a file is fetched from its URL on the old site
 * (from public addresses only, unless the app allows a network: wordpress/media-fetch.ts) and
 * uploaded through Strapi's upload plugin (so its providers, formats and sizes apply); the same URL
 * is uploaded once per import run. A file that cannot be fetched is the caller's to report.
 */
export function mediaUploader(strapi: Core.Strapi) {
  const uploaded = new Map<string, number>();

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
        return file.id;
      } finally {
        await fs.promises.rm(fetched.file, { force: true });
      }
    },
  };
}

export type MediaUploader = ReturnType<typeof mediaUploader>;
