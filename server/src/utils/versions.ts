import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ARTICLE_UID } from '../../../content-types';

type Row = Record<string, any>;

/** An article version: a document in a locale. */
export type Version = { documentId: string; locale: string };

/** Versions per `IN (…)` read: far under every database's bound-parameter limit. */
export const IDS_PER_READ = 500;

/** `items` in slices of `size`, in order. */
export const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** `items` in order, in slices whose `sizeOf` sums stay within `max`; an item larger than `max` is a slice of its own. */
export function chunksBySize<T>(items: readonly T[], sizeOf: (item: T) => number, max: number): T[][] {
  const slices: T[][] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (slices.length === 0 || size + itemSize > max) {
      slices.push([]);
      size = 0;
    }
    slices[slices.length - 1].push(item);
    size += itemSize;
  }
  return slices;
}

/** `items` by `key`, each group in input order, in the order keys are first seen (linear). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The document ids of these versions by locale, each once, in input order. */
export function idsByLocale(versions: readonly Version[]): Map<string, string[]> {
  return new Map([...groupBy(versions, (v) => v.locale)].map(([locale, group]) => [locale, [...new Set(group.map((v) => v.documentId))]]));
}

/**
 * The published rows of these versions (those that have one), read with the Query Engine a locale
 * and IDS_PER_READ documents at a time, in the order the versions were given (the order a set-wise
 * write stores their rows in). `select` must include `documentId`.
 */
export async function readPublished(strapi: Core.Strapi, versions: readonly Version[], query: { select: string[]; populate?: Row }): Promise<Row[]> {
  const found: Row[] = [];
  for (const [locale, ids] of idsByLocale(versions)) {
    for (const part of chunks(ids, IDS_PER_READ)) {
      const rows = (await strapi.db.query(ARTICLE_UID).findMany({ where: { documentId: { $in: part }, locale, publishedAt: { $notNull: true } }, ...query })) as Row[];
      const order = new Map(part.map((id, i) => [id, i]));
      found.push(...rows.sort((a, b) => order.get(a.documentId)! - order.get(b.documentId)!));
    }
  }
  return found;
}

/** The versions whose published row each transaction has locked (lockPublished), by version key. */
const lockedIn = new WeakMap<object, Set<string>>();

/**
 * Lock the published rows of these versions in `trx` until it ends (not on SQLite, whose one writer
 * holds the whole database), in row id order: two transactions locking overlapping versions take them
 * in the same order. The rows are found by a plain read and locked by primary key: a locking read over
 * the document id index would also take InnoDB's gap locks (MariaDB/MySQL), which a concurrent create
 * inserting into the same gap would wait on. A row another writer removed meanwhile is not locked.
 * A version whose row this transaction has locked already (a write indexes a version for search and
 * for suggestions, each locking it) is not asked again; one without a published row is.
 */
export async function lockPublished(strapi: Core.Strapi, trx: Knex, versions: readonly Version[]): Promise<void> {
  if (strapi.db.dialect.client === 'sqlite') return;
  const locked = lockedIn.get(trx) ?? new Set<string>();
  lockedIn.set(trx, locked);
  const wanted = versions.filter((v) => !locked.has(versionKey(v.documentId, v.locale)));
  const table = strapi.getModel(ARTICLE_UID).collectionName as string;
  const rows: { id: number; key: string }[] = [];
  for (const [locale, ids] of idsByLocale(wanted)) {
    for (const part of chunks(ids, IDS_PER_READ)) {
      const found = (await trx(table).select('id', 'document_id').whereIn('document_id', part).where({ locale }).whereNotNull('published_at')) as Row[];
      rows.push(...found.map((r) => ({ id: Number(r.id), key: versionKey(r.document_id, locale) })));
    }
  }
  rows.sort((a, b) => a.id - b.id);
  for (const part of chunks(rows, IDS_PER_READ)) {
    const held = new Set(((await trx(table).select('id').whereIn('id', part.map((r) => r.id)).orderBy('id').forUpdate()) as Row[]).map((r) => Number(r.id)));
    for (const { id, key } of part) if (held.has(id)) locked.add(key);
  }
}

/** A version as one map key (document ids and locale codes hold no NUL). */
export const versionKey = (documentId: string, locale: string): string => `${documentId}\u0000${locale}`;
