import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import fs from 'fs';
import { TextDecoder } from 'util';
import { getService } from '../utils/get-service';
import { validationError } from '../utils/errors';
import { validate } from '../validation';
import { importOptions } from '../services/wordpress';
import { exportEncoding } from '../wordpress/wxr-reader';
import { importJobParamsSchema, importJobsQuerySchema, redirectsQuerySchema, wordpressImportSchema } from './request-schemas';

/** How much of an upload is read to tell a WXR export from another file. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Why the file is not a WordPress export the import can read, or null: it must start like one (an
 * RSS root declaring WordPress's export namespace), read in the encoding it declares (exportEncoding).
 */
async function wxrProblem(file: string): Promise<string | null> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    const found = exportEncoding(bytes);
    if ('problem' in found) return found.problem;
    const head = new TextDecoder(found.encoding).decode(bytes, { stream: true });
    if (head.includes('<rss') && /xmlns:wp=["']http:\/\/wordpress\.org\/export\//.test(head)) return null;
    return 'is not a WordPress export (WXR): no <rss> root with the WordPress export namespace';
  } finally {
    await handle.close();
  }
}

/** A CSV cell, always quoted (a URL holds commas; a quote is doubled). */
const cell = (value: string) => `"${value.replace(/"/g, '""')}"`;

/** Admin API of WordPress imports: thin, the work is the `wordpress` service's. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `POST /newsroom/import/wordpress` (multipart: `file`, `locale`, `uploadMedia`, `postTypes`): 202 with the queued job. */
  async create(ctx: any) {
    const fields = validate(wordpressImportSchema, ctx.request.body ?? {}, 'query');
    const upload = ctx.request.files?.file;
    const file = Array.isArray(upload) ? upload[0] : upload;
    if (!file?.filepath) throw validationError([{ path: ['file'], message: 'is required: the WXR file WordPress’s Tools → Export wrote' }]);
    const max = getService(strapi, 'settings').config().importMaxBytes;
    if (file.size > max) throw validationError([{ path: ['file'], message: `is larger than the import limit of ${max} bytes (plugin option importMaxBytes)` }]);
    if (!(await getService(strapi, 'locales').codes()).includes(fields.locale)) {
      throw validationError([{ path: ['locale'], message: `is not one of the site's locales` }]);
    }
    const options = importOptions({
      uploadMedia: fields.uploadMedia ?? true,
      ...(fields.postTypes !== undefined ? { postTypes: fields.postTypes.split(',').map((name) => name.trim()).filter(Boolean) } : {}),
    });
    const problem = await wxrProblem(file.filepath);
    if (problem) throw validationError([{ path: ['file'], message: problem }]);
    const service = getService(strapi, 'wordpress');
    const job = await service.create(file.filepath, fields.locale, options, { name: file.originalFilename ?? undefined });
    service.start(job.id);
    ctx.status = 202;
    ctx.body = { data: { id: job.id, status: job.status } };
  },

  /** `GET /newsroom/import/jobs?page=&pageSize=`: the imports, newest first, without their reports. */
  async jobs(ctx: any) {
    const query = validate(importJobsQuerySchema, ctx.query ?? {}, 'query');
    const { results, pagination } = await getService(strapi, 'wordpress').jobs(query);
    ctx.body = { data: results, meta: { pagination } };
  },

  /** `GET /newsroom/import/jobs/:id`: progress and report. */
  async job(ctx: any) {
    const { id } = validate(importJobParamsSchema, { id: ctx.params?.id }, 'query');
    const job = await getService(strapi, 'wordpress').job(id);
    if (!job) throw new errors.NotFoundError(`No import job ${id}`);
    ctx.body = { data: job };
  },

  /** `POST /newsroom/import/jobs/:id/cancel`: the job, cancelled (a running one stops within about a second); 409 once it has ended. */
  async cancel(ctx: any) {
    const { id } = validate(importJobParamsSchema, { id: ctx.params?.id }, 'query');
    const cancelled = await getService(strapi, 'wordpress').cancel(id);
    if (!cancelled) throw new errors.NotFoundError(`No import job ${id}`);
    if (cancelled.ended) {
      // Strapi's error shape, set here: a thrown HTTP error would be logged as a server error.
      ctx.status = 409;
      ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message: `Import job ${id} has ended (${cancelled.job.status}): there is nothing to cancel`, details: {} } };
      return;
    }
    ctx.body = { data: cancelled.job };
  },

  /** `GET /newsroom/import/jobs/:id/redirects?format=csv|json`: old permalink → article URL, as a download. */
  async redirects(ctx: any) {
    const { id } = validate(importJobParamsSchema, { id: ctx.params?.id }, 'query');
    const { format = 'json' } = validate(redirectsQuerySchema, ctx.query ?? {}, 'query');
    const service = getService(strapi, 'wordpress');
    if (!(await service.job(id))) throw new errors.NotFoundError(`No import job ${id}`);
    const redirects = await service.redirects({ jobId: id });
    ctx.set('Content-Disposition', `attachment; filename="newsroom-redirects-${id}.${format}"`);
    if (format === 'csv') {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = ['from,to', ...redirects.map((r) => `${cell(r.from)},${cell(r.to)}`)].join('\r\n') + '\r\n';
    } else {
      ctx.body = { data: redirects };
    }
  },
});
