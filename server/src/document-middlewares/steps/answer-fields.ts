import type { WriteStep } from '../step';
import { WRITE_ACTIONS } from '../write-context';

/** What the pipeline's steps read from a write's answer (which versions it wrote, their URL and date). */
const READ_BY_STEPS = ['documentId', 'locale', 'publishedAt', 'slug', 'section', 'originalPublishedAt'] as const;

/** The fields a call asks for (`fields: 'title'`, `'title,slug'` or `['title']`); null for every field. */
function askedFields(fields: unknown): string[] | null {
  if (fields === undefined || fields === null) return null;
  const list = (Array.isArray(fields) ? fields : String(fields).split(',')).map((f) => String(f).trim());
  return list.includes('*') ? null : list;
}

type Entry = Record<string, unknown>;

/**
 * A write that asks for some `fields` only (`fields: ['title']`, as a REST call's `?fields=title`) gets
 * them, and the steps still see which versions it wrote: the fields they read are asked for as well,
 * and taken out of the answer again. Without them a create answered with no locale, and every step
 * after the write (slug hand-over, indexes, read model, purge) saw no version written.
 */
export const answerFields: WriteStep = {
  name: 'answerFields',
  actions: WRITE_ACTIONS,
  when: (write) => askedFields(write.params.fields) !== null,
  async run(write, next) {
    const asked = askedFields(write.params.fields)!;
    const added = READ_BY_STEPS.filter((field) => !asked.includes(field));
    write.params.fields = [...asked, ...added];
    const result = (await next()) as (Entry & { entries?: Entry[] }) | null;
    if (result && typeof result === 'object') {
      const entries = Array.isArray(result.entries) ? result.entries : [result];
      // documentId stays: Strapi answers it whatever the fields, beside the id.
      for (const entry of entries) for (const field of added) if (field !== 'documentId') delete entry[field];
    }
    return result;
  },
};
