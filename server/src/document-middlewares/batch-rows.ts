import type { Core } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { ARTICLE_UID } from '../../../content-types';
import { namedByDocumentId } from '../links/relation-input';
import { insertRows, insertRowsReturningIds } from '../utils/insert-rows';

type Data = Record<string, any>;
type Status = 'draft' | 'published';

/** What the innermost write of a batched create receives: the parameters the Document Service's `create` would. */
export interface BatchedCreate {
  locale: string;
  data: Data;
  status?: string;
}

/** A value a set-wise write does not take (a relation by row id or with a position): the batch is written one by one instead. */
export class NotBatchable extends Error {}

/**
 * The documents a relation value names, by document id; NotBatchable for a relation named by row id
 * or placed with a position (the Document Service resolves those). The write pipeline's `links`
 * step has refused, before the write, any target outside the create's locale.
 */
function documentIdsOf(value: unknown): string[] {
  const ids = namedByDocumentId(value);
  if (!ids) throw new NotBatchable('a relation not named by document id');
  return ids;
}

/** A join value as Strapi's `attachRelations` reads it (`toAssocs`' set): `{ id, __pivot?, … }` each, duplicates dropped. */
function joinSet(value: unknown): Data[] {
  const items = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'object' && v !== null ? (v as Data) : { id: v, __pivot: {} }));
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * The join rows of a batch's new rows, collected and inserted together: the rows Strapi's
 * `attachRelations` inserts for a new entity, one multi-row INSERT per join table and set of columns
 * where `attachRelations` writes one per entity and attribute. Built from the model's metadata, for the
 * joins a new row makes without reading anything: a one-way relation through a join table (its order
 * column counted from 1), a dynamic zone (morphToMany), media (the file's morphToMany back to the row).
 * Any other join (a two-way relation, whose inverse order Strapi reads first) is answered back to the
 * caller for `attachRelations`.
 */
class JoinRows {
  private readonly tables = new Map<string, { table: string; columns: string[]; rows: Data[] }>();
  constructor(private readonly strapi: Core.Strapi) {}

  private push(table: string, row: Data): void {
    const columns = Object.keys(row).sort();
    const key = `${table}\u0000${columns.join('\u0000')}`;
    const group = this.tables.get(key) ?? { table, columns, rows: [] };
    group.rows.push(row);
    this.tables.set(key, group);
  }

  /** Collect the join rows of entity `id` of `uid` for `links`; answers the links it leaves to `attachRelations`. */
  add(uid: string, id: number, links: Data): Data {
    const rest: Data = {};
    const attributes = this.strapi.db.metadata.get(uid).attributes as Data;
    for (const [name, value] of Object.entries(links)) {
      const attribute = attributes[name];
      if (value === null || value === undefined) continue;
      if (!attribute || attribute.type !== 'relation' || !this.collect(uid, id, name, attribute, joinSet(value))) rest[name] = value;
    }
    return rest;
  }

  private collect(uid: string, id: number, name: string, attribute: Data, set: Data[]): boolean {
    const twoWay = Boolean(attribute.inversedBy || attribute.mappedBy);
    if (attribute.relation === 'morphToMany' && attribute.joinTable && !twoWay) {
      const { joinTable } = attribute;
      const { idColumn, typeColumn, typeField = '__type' } = joinTable.morphColumn;
      set.forEach((item, i) =>
        this.push(joinTable.name, { [joinTable.joinColumn.name]: id, [idColumn.name]: item.id, [typeColumn.name]: item[typeField], ...joinTable.on, ...item.__pivot, order: i + 1 })
      );
      return true;
    }
    if (attribute.relation === 'morphOne' || attribute.relation === 'morphMany') {
      const inverse = (this.strapi.db.metadata.get(attribute.target).attributes as Data)[attribute.morphBy];
      if (inverse?.type !== 'relation' || inverse.relation !== 'morphToMany') return false;
      const { joinTable } = inverse;
      const { idColumn, typeColumn } = joinTable.morphColumn;
      set.forEach((item, i) =>
        this.push(joinTable.name, { [joinTable.joinColumn.name]: item.id, [idColumn.name]: id, [typeColumn.name]: uid, ...joinTable.on, ...item.__pivot, order: i + 1, field: name })
      );
      return true;
    }
    if (!attribute.joinTable || twoWay || attribute.relation.startsWith('morph')) return false;
    const { joinTable } = attribute;
    const ordered = attribute.relation === 'oneToMany' || attribute.relation === 'manyToMany';
    const seen = new Set<unknown>();
    let order = 0;
    for (const item of set) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      order += 1;
      this.push(joinTable.name, {
        [joinTable.joinColumn.name]: id,
        [joinTable.inverseJoinColumn.name]: item.id,
        ...joinTable.on,
        ...item.__pivot,
        ...(ordered ? { [joinTable.orderColumnName]: order } : {}),
      });
    }
    return true;
  }

  /** Insert every collected row, in the caller's transaction. */
  async insert(): Promise<void> {
    for (const { table, columns, rows } of this.tables.values()) await this.strapi.db.transaction(({ trx }) => insertRows(trx as never, table, columns, rows));
    this.tables.clear();
  }
}

/**
 * A new document id, as Strapi's Document Service makes one (the model metadata's generator): a batched
 * create gets its id before its steps run, so the steps can use it (the slug step claims under it).
 */
export function newDocumentId(strapi: Core.Strapi): string {
  const attribute = (strapi.db.metadata.get(ARTICLE_UID).attributes as Data).documentId;
  if (typeof attribute?.default !== 'function') throw new NotBatchable('no documentId generator in the model metadata');
  return attribute.default() as string;
}

/** One row to insert: its columns, and what links it to its own components, relations and media. */
interface PendingRow {
  uid: string;
  row: Data;
  /** Attribute → what Strapi's `attachRelations` takes once the ids are known. */
  links: Data;
  /** Attribute → nested component rows (in order), attached once inserted. */
  nested: Map<string, { rows: PendingRow[]; repeatable: boolean; dynamic: boolean }>;
  id?: number;
}

/** A media value as file ids. */
function fileIdsOf(value: unknown): number[] {
  if (value === null || value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    const id = typeof item === 'number' ? item : item && typeof item === 'object' ? (item as Data).id : undefined;
    if (typeof id !== 'number') throw new NotBatchable('a media value not given by file id');
    return id;
  });
}

/**
 * The rows of many new articles, written set-wise: what `strapi.documents(…).create({ locale, data,
 * status })` stores for each — the draft, and for `status: 'published'` the published version copied
 * from it — with one multi-row INSERT per component type and one for the article rows, for the whole batch, where
 * the Document Service inserts and reads back every component of every version one at a time. Rows
 * and joins are written with Strapi's own Query Engine (`createMany`, `attachRelations`), from the
 * model's metadata; values are checked by Strapi's own entity validator, as the Document Service does.
 *
 * Only the pipeline's innermost write is replaced: document-middlewares/batch.ts runs every step of
 * the write pipeline around it. Answers, per create in order, the row the Document Service answers
 * (the published version for a create that publishes, else the draft).
 */
export async function writeArticleRows(strapi: Core.Strapi, creates: readonly (BatchedCreate & { documentId: string })[]): Promise<Data[]> {
  const contentType = strapi.contentType(ARTICLE_UID as never) as any;
  const firstPublishedAt = contentTypes.hasFirstPublishedAtField(contentType);
  const now = new Date();

  // Relation targets, by document id, locale and status: one query per locale of the batch. Media files,
  // counted once for the batch (below).
  const wanted = new Map<string, Set<string>>();
  const refKey = (documentId: string, locale: string, status: Status) => `${documentId}\u0000${locale}\u0000${status}`;
  const targetIds = new Map<string, number>();
  const fileIds = new Set<number>();
  const collectRefs = (uid: string, value: Data, locale: string) => {
    for (const [name, attribute] of Object.entries((strapi.getModel(uid as never) as { attributes: Data }).attributes)) {
      if (!(name in value) || value[name] === null || value[name] === undefined) continue;
      if (attribute.type === 'relation') {
        if (attribute.target !== ARTICLE_UID) throw new NotBatchable(`a relation to ${attribute.target}`);
        for (const documentId of documentIdsOf(value[name])) wanted.set(locale, (wanted.get(locale) ?? new Set()).add(documentId));
      } else if (attribute.type === 'media') {
        for (const id of fileIdsOf(value[name])) fileIds.add(id);
      } else if (attribute.type === 'component') {
        for (const item of attribute.repeatable ? value[name] : [value[name]]) collectRefs(attribute.component, item, locale);
      } else if (attribute.type === 'dynamiczone') {
        for (const item of value[name]) collectRefs(item.__component, item, locale);
      }
    }
  };
  for (const create of creates) collectRefs(ARTICLE_UID, create.data, create.locale);
  for (const [locale, documentIds] of wanted) {
    const rows = (await strapi.db.query(ARTICLE_UID).findMany({
      where: { documentId: { $in: [...documentIds] }, locale },
      select: ['id', 'documentId', 'locale', 'publishedAt'],
    })) as Data[];
    for (const row of rows) targetIds.set(refKey(row.documentId, row.locale, row.publishedAt ? 'published' : 'draft'), row.id);
  }

  /**
   * A version's data with its relations as the row ids they connect to, the form Strapi validates and
   * stores: the target's version of the same status (Strapi connects a draft to drafts and a published
   * version to published ones). A draft's missing target is refused, as the Document Service refuses
   * it; a published version leaves it out.
   */
  const withRowIds = (uid: string, value: Data, locale: string, status: Status): Data => {
    const out: Data = { ...value };
    for (const [name, attribute] of Object.entries((strapi.getModel(uid as never) as { attributes: Data }).attributes)) {
      if (!(name in value) || value[name] === null || value[name] === undefined) continue;
      if (attribute.type === 'relation') {
        const ids = documentIdsOf(value[name]).flatMap((documentId) => {
          const id = targetIds.get(refKey(documentId, locale, status));
          if (id === undefined && status === 'draft') throw new NotBatchable(`relation target ${documentId} not found`);
          return id === undefined ? [] : [{ id }];
        });
        out[name] = { set: ids };
      } else if (attribute.type === 'component') {
        out[name] = attribute.repeatable ? (value[name] as Data[]).map((v) => withRowIds(attribute.component, v, locale, status)) : withRowIds(attribute.component, value[name], locale, status);
      } else if (attribute.type === 'dynamiczone') {
        out[name] = (value[name] as Data[]).map((v) => withRowIds(v.__component, v, locale, status));
      }
    }
    return out;
  };

  /**
   * Strapi's validator counts, for each version, that the rows its relations and media name exist: a
   * query per version. The batch's relations name rows it read above, in this transaction, and its
   * media files are counted once for the whole batch (below); so each version is validated without
   * them (those the model does not require) and gets them back after, as they were.
   */
  const isLink = (attribute: Data) => (attribute.type === 'relation' || attribute.type === 'media') && !attribute.required;
  const withoutLinks = (uid: string, value: Data): Data => {
    const out: Data = { ...value };
    for (const [name, attribute] of Object.entries((strapi.getModel(uid as never) as { attributes: Data }).attributes)) {
      if (!(name in value) || value[name] === null || value[name] === undefined) continue;
      if (isLink(attribute)) delete out[name];
      else if (attribute.type === 'component') out[name] = attribute.repeatable ? (value[name] as Data[]).map((v) => withoutLinks(attribute.component, v)) : withoutLinks(attribute.component, value[name]);
      else if (attribute.type === 'dynamiczone') out[name] = (value[name] as Data[]).map((v) => withoutLinks(v.__component, v));
    }
    return out;
  };
  const withLinksOf = (uid: string, validated: Data, source: Data): Data => {
    for (const [name, attribute] of Object.entries((strapi.getModel(uid as never) as { attributes: Data }).attributes)) {
      if (!(name in source) || source[name] === null || source[name] === undefined) continue;
      if (isLink(attribute)) validated[name] = source[name];
      else if (attribute.type === 'component' && attribute.repeatable) (validated[name] as Data[]).forEach((v, i) => withLinksOf(attribute.component, v, source[name][i]));
      else if (attribute.type === 'component') withLinksOf(attribute.component, validated[name], source[name]);
      else if (attribute.type === 'dynamiczone') (validated[name] as Data[]).forEach((v, i) => withLinksOf(source[name][i].__component, v, source[name][i]));
    }
    return validated;
  };
  if (fileIds.size > 0) {
    const found = await strapi.db.query('plugin::upload.file').count({ where: { id: { $in: [...fileIds] } } });
    // The Document Service refuses the create that names a missing file: written one by one, the batch gets its error.
    if (Number(found) !== fileIds.size) throw new NotBatchable(`${fileIds.size - Number(found)} media file(s) of the batch do not exist`);
  }

  // Each create's versions, validated as the Document Service validates them (a draft, then its published copy).
  const versions: { index: number; status: Status; data: Data }[] = [];
  for (const [index, create] of creates.entries()) {
    const { publishedAt: _ignored, firstPublishedAt: _first, ...data } = create.data;
    const { documentId } = create;
    const publishes = create.status === 'published';
    const base: Data = { ...data, documentId, locale: create.locale, createdAt: now, updatedAt: now, ...(publishes && firstPublishedAt ? { firstPublishedAt: now } : {}) };
    const validate = async (status: Status) => {
      const version = withRowIds(ARTICLE_UID, { ...base, publishedAt: status === 'published' ? now : null }, create.locale, status);
      const validated = (await strapi.entityValidator.validateEntityCreation(contentType, withoutLinks(ARTICLE_UID, version) as never, {
        isDraft: status === 'draft',
        locale: create.locale,
      } as never)) as Data;
      return withLinksOf(ARTICLE_UID, validated, version);
    };
    if (!publishes) {
      versions.push({ index, status: 'draft', data: await validate('draft') });
      continue;
    }
    // A create that publishes: its published version is validated as published (required fields and all), which
    // its draft, the same values, passes too; the draft differs only by its relations, to the targets found above.
    const published = await validate('published');
    versions.push({ index, status: 'draft', data: withRowIds(ARTICLE_UID, { ...base, publishedAt: null }, create.locale, 'draft') });
    versions.push({ index, status: 'published', data: published });
  }

  const pending: PendingRow[] = [];
  /** A component value as rows to insert: its own, and its nested components', depth first. */
  const componentRow = (uid: string, value: Data): PendingRow => {
    const row: Data = {};
    const links: Data = {};
    const nested: PendingRow['nested'] = new Map();
    for (const [name, attribute] of Object.entries((strapi.getModel(uid as never) as { attributes: Data }).attributes)) {
      if (!(name in value) || name === 'id' || name === '__component') continue;
      const item = value[name];
      if (attribute.type === 'component') {
        if (item === null || item === undefined) continue;
        const items = attribute.repeatable ? (item as Data[]) : [item as Data];
        nested.set(name, { rows: items.map((v) => componentRow(attribute.component, v)), repeatable: !!attribute.repeatable, dynamic: false });
      } else if (attribute.type === 'dynamiczone') {
        nested.set(name, { rows: (item as Data[]).map((v) => componentRow(v.__component, v)), repeatable: true, dynamic: true });
      } else if (attribute.type === 'relation') {
        const ids = ((item as { set: { id: number }[] }).set ?? []).map((r) => r.id);
        if (ids.length > 0) links[name] = attribute.relation === 'oneToOne' || attribute.relation === 'manyToOne' ? ids[0] : ids.map((id) => ({ id }));
      } else if (attribute.type === 'media') {
        const ids = fileIdsOf(item);
        if (ids.length > 0) links[name] = attribute.multiple ? ids.map((id) => ({ id })) : ids[0];
      } else {
        row[name] = item;
      }
    }
    // The document id is no attribute of the content type's schema: the database's own, kept by both versions.
    if (uid === ARTICLE_UID) row.documentId = value.documentId;
    const pendingRow: PendingRow = { uid, row, links, nested };
    if (uid !== ARTICLE_UID) pending.push(pendingRow);
    return pendingRow;
  };

  const articles = versions.map((version) => componentRow(ARTICLE_UID, version.data));

  // One INSERT per component type (SQLite and PostgreSQL answer every id; MariaDB only the first, so one row at a time there).
  const byUid = new Map<string, PendingRow[]>();
  for (const row of pending) byUid.set(row.uid, byUid.get(row.uid) ?? []).get(row.uid)!.push(row);
  for (const [uid, rows] of [...byUid, [ARTICLE_UID, articles] as [string, PendingRow[]]]) {
    const ids = await insertRowsReturningIds(strapi, uid, rows.map((r) => r.row));
    rows.forEach((r, i) => (r.id = ids[i]));
  }
  // Joins: components to their owners (with Strapi's pivot columns), relations and media; the join
  // rows of the whole batch in one INSERT per join table (and set of columns).
  const joins = new JoinRows(strapi);
  for (const row of [...pending, ...articles]) {
    const links: Data = { ...row.links };
    for (const [name, { rows, repeatable, dynamic }] of row.nested) {
      const refs = rows.map((r) => (dynamic ? { id: r.id, __component: r.uid, __pivot: { field: name } } : { id: r.id, __pivot: { field: name, component_type: r.uid } }));
      links[name] = repeatable ? refs : refs[0];
    }
    const rest = joins.add(row.uid, row.id!, links);
    if (Object.keys(rest).length > 0) await strapi.db.query(row.uid as never).attachRelations(row.id!, rest);
  }
  await joins.insert();

  // What the Document Service answers: the published version of a create that publishes, else its draft.
  const answers: Data[] = [];
  versions.forEach((version, i) => {
    const entry = { id: articles[i].id, ...articles[i].row };
    if (version.status === 'published' || creates[version.index].status !== 'published') answers[version.index] = entry;
  });
  return answers;
}
