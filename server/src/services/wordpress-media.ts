import type { Core } from '@strapi/strapi';
import crypto from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Readable, Transform } from 'stream';
import { pipeline } from 'stream/promises';

/** Longest wait for one media file, and its largest size: a dead or huge file is reported, not waited for. */
const FETCH_TIMEOUT_MS = 15_000;
const MAX_MEDIA_BYTES = 50 * 1024 * 1024;
const MEDIA_TYPES = /^(image|video|audio)\//;

/**
 * Media of imported posts into the Media Library: a file is fetched from its URL on the old site
 * and uploaded through Strapi's upload plugin (so its providers, formats and sizes apply); the same
 * URL is uploaded once per import run. A file that cannot be fetched is the caller's to report.
 */
export function mediaUploader(strapi: Core.Strapi) {
  const uploaded = new Map<string, number>();

  async function fetchToFile(url: string): Promise<{ file: string; type: string; size: number; name: string }> {
    const response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (!MEDIA_TYPES.test(type)) throw new Error(`not an image, video or audio file (${type || 'no type'})`);
    if (Number(response.headers.get('content-length') ?? 0) > MAX_MEDIA_BYTES) throw new Error(`larger than ${MAX_MEDIA_BYTES} bytes`);
    const name = decodeURIComponent(path.basename(new URL(url).pathname)) || 'media';
    const file = path.join(os.tmpdir(), `newsroom-wp-${crypto.randomUUID()}${path.extname(name)}`);
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > MAX_MEDIA_BYTES ? new Error(`larger than ${MAX_MEDIA_BYTES} bytes`) : null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(response.body as never), limit, fs.createWriteStream(file));
    } catch (error) {
      await fs.promises.rm(file, { force: true });
      throw error;
    }
    return { file, type, size, name };
  }

  return {
    /** The Media Library id of the file at `url`, uploaded now or earlier in this run; throws with the reason it could not be. */
    async upload(url: string, info: { alt: string; caption: string | null }): Promise<number> {
      const known = uploaded.get(url);
      if (known !== undefined) return known;
      if (!/^https?:\/\//i.test(url)) throw new Error('not an http(s) URL');
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
