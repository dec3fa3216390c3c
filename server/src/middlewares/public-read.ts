import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { NewsroomConfig } from '../config';
import { answer, answerFromReadModel, answerJson, cacheHeaders, isFresh } from '../controllers/article';
import { orderName, readListQuery } from '../controllers/list-query';
import { slugRequest } from '../controllers/requests';
import { READ_MODEL_TABLE } from '../models/read-model';
import { listResponse } from '../services/articles';
import { jsonOf, pageQuery, totalQuery } from '../services/list';
import { SETTINGS_STORE_KEY } from '../services/settings';
import { chooseEncoding } from '../utils/content-encoding';
import { getService } from '../utils/get-service';
import { slugKey } from '../utils/slug-key';
import { answerUnavailable, isDatabaseUnavailable } from './database-unavailable';

/** The users-permissions action the article read's route checks (routes/content-api.ts: `article.findOne`). */
export const READ_ACTION = 'plugin::newsroom.article.findOne';
/** The users-permissions action of the list's route (`article.find`). */
export const LIST_ACTION = 'plugin::newsroom.article.find';
/** The two routes the shortcut stands in for: the handler and path of each, as routes/content-api.ts declares them. */
const ROUTES = {
  read: { path: '/articles/:slug', handler: 'article.findOne', action: READ_ACTION },
  list: { path: '/articles', handler: 'article.find', action: LIST_ACTION },
} as const;
export type ShortcutRoute = keyof typeof ROUTES;
const PERMISSION_UID = 'plugin::users-permissions.permission';
/** Where Strapi's i18n keeps the default locale (core store key `plugin_i18n_default_locale`, JSON text). */
const DEFAULT_LOCALE_KEY = 'plugin_i18n_default_locale';
/** How long the list of the site's locale codes is kept: a hint of which keys to look up, never the answer. */
const LOCALE_CODES_MS = 10_000;

type Row = Record<string, any>;
type ListRequest = ReturnType<typeof readListQuery>;
type ListOrder = Exclude<ListRequest['order'], 'relevance'>[number];
interface Sql {
  sql: string;
  bindings: readonly unknown[];
}

/** A Query Engine query as SQL text and bindings, to nest in the one statement a shortcut read runs. */
function subquery(strapi: Core.Strapi, uid: string, select: string[], where: Record<string, unknown>): Sql {
  const { sql, bindings } = (strapi.db.queryBuilder(uid as never) as any).select(select).where(where).getKnexQuery().toSQL();
  return { sql, bindings };
}

/** Whether the Public role holds `action`: the Query Engine's SQL of the question, to nest in `exists (…)`. */
const publicMay = (strapi: Core.Strapi, action: string) => subquery(strapi, PERMISSION_UID, ['id'], { action, role: { type: 'public' } });
/** The stored default locale (JSON text, as the core store writes it). */
const storedDefaultLocale = (strapi: Core.Strapi) => subquery(strapi, 'strapi::core-store', ['value'], { key: DEFAULT_LOCALE_KEY, environment: null, tag: null });

/**
 * The one statement of a shortcut read: the read-model row of the slug (in the locale asked for, or
 * in the site's default locale as the database has it now), with whether the Public role may read
 * articles — both asked of the database on every request, so a change made on another node holds at
 * once (users-permissions' own check asks for every public permission on every anonymous request).
 * Its subqueries are the Query Engine's own SQL for the same questions, built once.
 */
function lookupStatement(strapi: Core.Strapi) {
  const mayRead = publicMay(strapi, READ_ACTION);
  const defaultLocale = storedDefaultLocale(strapi);
  const META = ['id', 'document_id', 'locale', 'slug', 'etag', 'headers', 'last_modified', 'stale'];
  // The JSON body as its UTF-8 bytes, not text: the driver skips decoding ~20 KB of Arabic into a
  // string that Koa would encode straight back (a quarter of a plain read's CPU on SQLite, by the profile).
  // Not on PostgreSQL: a bytea crosses the wire as hex text, twice the body's size, and a 28 KB body
  // read that way took 947 µs against 247 as text (bench/read-path/pg-body-transfer.js).
  const bytes = { sqlite: 'cast(rm.body as blob)', mysql: 'cast(rm.body as binary)' }[strapi.db.dialect.client as string];
  return (keys: { key: string; locale: string }[], byDefault: boolean, content: 'body' | 'gzip' | 'br' | null): Sql => {
    const columns = (content === null ? META : [...META, content]).map((c) => (c === 'body' && bytes ? `${bytes} as body` : `rm.${c}`));
    let sql = `select ${columns.join(', ')}, case when exists (${mayRead.sql}) then 1 else 0 end as allowed from ${READ_MODEL_TABLE} rm where rm.slug_key in (${keys.map(() => '?').join(', ')})`;
    const bindings: unknown[] = [...mayRead.bindings, ...keys.map((k) => k.key)];
    if (byDefault) {
      // The row's locale, as the core store writes it (JSON text), against the stored default: no JSON functions, which differ per database.
      sql += ` and (case rm.locale ${keys.map(() => 'when ? then ?').join(' ')} end) = (${defaultLocale.sql})`;
      bindings.push(...keys.flatMap((k) => [k.locale, JSON.stringify(k.locale)]), ...defaultLocale.bindings);
    }
    return { sql, bindings };
  };
}

/**
 * The one statement of a shortcut list: a page of the list table (services/list.ts's own page query,
 * so its order, filters and indexes are the route's), each row carrying the total (the route's total
 * query, nested; omitted for `withCount=false`), the stored settings (summaries show dates as they
 * say) and whether the Public role may list articles. Without a named locale the page is the default
 * locale's, as the core store holds it now: a scalar subquery the planner evaluates once, so the
 * page is still one range scan of the `(locale, …)` index.
 */
function listStatement(strapi: Core.Strapi) {
  const mayList = publicMay(strapi, LIST_ACTION);
  const defaultLocale = storedDefaultLocale(strapi);
  const settings = subquery(strapi, 'strapi::core-store', ['value'], { key: SETTINGS_STORE_KEY, environment: null, tag: null });
  return (query: ListRequest & { order: ListOrder[] }, codes: string[]): Sql => {
    const knex = strapi.db.connection;
    // The stored default locale (JSON text) as its code, for each code the site had a moment ago; any other value finds nothing.
    const locale =
      query.locale ??
      knex.raw(`(case (${defaultLocale.sql}) ${codes.map(() => 'when ? then ?').join(' ')} end)`, [...defaultLocale.bindings, ...codes.flatMap((c) => [JSON.stringify(c), c])] as any[]);
    const page = pageQuery(knex, locale, query.filters, query.order, (query.page - 1) * query.pageSize, query.pageSize);
    page.select(knex.raw(`(${settings.sql}) as settings`, settings.bindings as any[]));
    // A named locale must be one of the site's, as the route checks (requestLocale): else the route's 400.
    const known = query.locale ? subquery(strapi, 'plugin::i18n.locale', ['id'], { code: query.locale }) : null;
    const allowed = known ? `exists (${mayList.sql}) and exists (${known.sql})` : `exists (${mayList.sql})`;
    page.select(knex.raw(`case when ${allowed} then 1 else 0 end as allowed`, [...mayList.bindings, ...(known?.bindings ?? [])] as any[]));
    if (query.withCount) page.select(totalQuery(knex, locale, query.filters).as('total'));
    const { sql, bindings } = page.toSQL();
    return { sql, bindings };
  };
}

/**
 * The statement a shortcut search runs before the search index's own (services/search.ts): what the
 * route's chain and `listRequest` would ask — whether the Public role may list, whether a named locale
 * is one of the site's, else the default locale's code — and the stored settings, in one row.
 */
function searchContextStatement(strapi: Core.Strapi) {
  const mayList = publicMay(strapi, LIST_ACTION);
  const defaultLocale = storedDefaultLocale(strapi);
  const settings = subquery(strapi, 'strapi::core-store', ['value'], { key: SETTINGS_STORE_KEY, environment: null, tag: null });
  return (locale: string | undefined, codes: string[]): Sql => {
    const known = locale ? subquery(strapi, 'plugin::i18n.locale', ['id'], { code: locale }) : null;
    const allowed = known ? `exists (${mayList.sql}) and exists (${known.sql})` : `exists (${mayList.sql})`;
    // Without a named locale: the default one's code (the stored JSON text read against the codes the site had a moment ago).
    const code = locale ? null : { sql: `(case (${defaultLocale.sql}) ${codes.map(() => 'when ? then ?').join(' ')} end) as locale, `, bindings: [...defaultLocale.bindings, ...codes.flatMap((c) => [JSON.stringify(c), c])] };
    return {
      sql: `select case when ${allowed} then 1 else 0 end as allowed, ${code?.sql ?? ''}(${settings.sql}) as settings`,
      bindings: [...mayList.bindings, ...(known?.bindings ?? []), ...(code?.bindings ?? []), ...settings.bindings],
    };
  };
}

/**
 * Why the shortcut cannot stand in for the route on this app, or null when it can: it needs
 * users-permissions (whose Public role it checks), and the route as the plugin declares it. An app
 * that gave the route its own policies, middlewares or auth config (src/extensions) keeps the whole
 * chain, so what it added runs on every read.
 */
export function shortcutRefusal(strapi: Core.Strapi, which: ShortcutRoute = 'read'): string | null {
  if (!strapi.plugin('users-permissions')) return 'users-permissions is not installed';
  const declared = ROUTES[which];
  const routes = (strapi.plugin('newsroom').routes as any)?.['content-api']?.routes ?? [];
  const route = routes.find((r: any) => r.method === 'GET' && r.path === declared.path);
  if (!route || route.handler !== declared.handler) return `the article ${which} route was replaced`;
  const { policies = [], middlewares = [], auth } = route.config ?? {};
  // Strapi gives a content-API route `auth.scope` = its own action when it registers it.
  const ownAuth = auth === undefined || (Object.keys(auth).length === 1 && Array.isArray(auth.scope) && auth.scope.length === 1 && auth.scope[0] === declared.action);
  if (policies.length > 0 || !ownAuth || middlewares.some((m: unknown) => m !== 'plugin::newsroom.database-unavailable')) {
    return `the article ${which} route has policies, middlewares or auth config of its own`;
  }
  return null;
}

/**
 * The public read's shortcut: an anonymous `GET /api/newsroom/articles/:slug` (no `Authorization`
 * header; `locale` the only parameter) that the Public role may make is answered from the read model
 * here, after the app's global middlewares and before Strapi's router, its content-API auth and route
 * chain, which cost more than the read itself (bench/README.md, `npm run bench:profile`), in one SQL
 * statement (`lookupStatement`) where the route runs three. It answers what the route answers (the
 * prepared bytes, 304, encodings, cache and rights headers, through the controller's own functions);
 * a stale or missing row goes through the route's read (`answerFromReadModel`). Everything else — a
 * token, another parameter, a refused permission, a bad slug, an article not found — goes on to the
 * route, which gives its own answer (200 by document id, 400, 403, 404); a database that went away is
 * the route's 503 with Retry-After, answered here.
 * An anonymous list (`GET /api/newsroom/articles`, not a search) the Public role may make is answered
 * the same way, in one statement (`listStatement`) where the route runs five, through the route's
 * `listResponse` and `answerJson`; an empty page goes to the route. `routes` names which of the two
 * the shortcut stands in for (`shortcutRefusal` of each).
 */
export function publicReadShortcut(strapi: Core.Strapi, routes: Record<ShortcutRoute, boolean> = { read: true, list: true }) {
  const listPath = `${strapi.config.get('api.rest.prefix', '/api')}/newsroom/articles`;
  const prefix = `${listPath}/`;
  let statement: ReturnType<typeof lookupStatement> | null = null;
  let list: ReturnType<typeof listStatement> | null = null;
  let searchContext: ReturnType<typeof searchContextStatement> | null = null;
  let codes: { list: string[]; until: number } = { list: [], until: 0 };
  const localeCodes = async () => {
    if (Date.now() >= codes.until) codes = { list: await getService(strapi, 'locales').codes(), until: Date.now() + LOCALE_CODES_MS };
    return codes.list;
  };
  const knex = () => strapi.db.connection;
  /** Prepared statements per SQLite connection: better-sqlite3 compiles a statement on every `prepare`, as knex calls it per query. */
  const prepared = new WeakMap<object, Map<string, { all: (...bindings: unknown[]) => Row[] }>>();

  /** PostgreSQL: the statement's text with `$n` placeholders and its name, per statement shape. */
  const named = new Map<string, { text: string; name: string }>();
  /** Off after a named statement failed: a pooler in transaction mode (PgBouncer) loses them between connections. */
  let namedStatements = true;

  /**
   * Run the lookup, prepared once per connection, on a connection taken from knex's pool (so never
   * inside another request's transaction), reported on knex's `query` event as knex reports its own:
   * on SQLite a better-sqlite3 statement kept per connection; on PostgreSQL a named statement (the
   * server parses and plans it once per connection; the name is a hash of the text, so one name
   * never means two texts). MariaDB/MySQL: `knex.raw`.
   */
  async function run(sql: string, bindings: readonly unknown[]): Promise<Row[]> {
    const db = knex();
    const dialect = strapi.db.dialect.client;
    if (dialect === 'mysql' || (dialect === 'postgres' && !namedStatements)) return rowsOf(await db.raw(sql, bindings as any[]));
    const client = db.client as any;
    const connection = await client.acquireConnection();
    try {
      client.emit('query', { sql, bindings, method: 'raw', __knexUid: connection.__knexUid });
      if (dialect === 'postgres') {
        let statement = named.get(sql);
        if (!statement) {
          if (named.size >= 64) named.clear();
          const text = client.positionBindings(sql) as string;
          statement = { text, name: `newsroom_read_${crypto.createHash('sha256').update(text).digest('hex').slice(0, 32)}` };
          named.set(sql, statement);
        }
        try {
          return (await connection.query({ name: statement.name, text: statement.text, values: bindings })).rows as Row[];
        } catch (error) {
          // 26000 "prepared statement does not exist", 42P05 "already exists": a pooler between us and
          // the server. This read goes to the route; the next ones run the statement unnamed, as knex does.
          if (['26000', '42P05'].includes((error as { code?: string }).code ?? '')) {
            namedStatements = false;
            strapi.log.warn(`[newsroom] public read shortcut: named statements off on this node (${(error as Error).message})`);
          }
          throw error;
        }
      }
      let statements = prepared.get(connection);
      if (!statements) prepared.set(connection, (statements = new Map()));
      let statement = statements.get(sql);
      if (!statement) {
        // A handful of shapes (locales × content column); bounded all the same.
        if (statements.size >= 64) statements.clear();
        statement = connection.prepare(sql) as { all: (...bindings: unknown[]) => Row[] };
        statements.set(sql, statement);
      }
      // As knex's better-sqlite3 client binds them (a list's date range): a Date as its milliseconds, a boolean as 0 or 1.
      return statement.all(...bindings.map((b) => (b instanceof Date ? b.valueOf() : typeof b === 'boolean' ? Number(b) : b)));
    } finally {
      client.releaseConnection(connection);
    }
  }

  /** Answer from the row, or say it cannot (false): then nothing was sent. */
  async function serve(ctx: any, slug: string, locale: string | undefined): Promise<boolean> {
    statement ??= lookupStatement(strapi);
    const keys = (locale ? [locale] : await localeCodes()).map((code) => ({ key: slugKey(code, slug), locale: code }));
    if (keys.length === 0) return false;
    const conditional = ctx.get('If-None-Match') !== '' || ctx.get('If-Modified-Since') !== '';
    const encoding = conditional ? null : chooseEncoding(ctx.get('Accept-Encoding') || undefined, ['br', 'gzip']);
    const { sql, bindings } = statement(keys, !locale, conditional ? null : (encoding ?? 'body'));
    const rows = await run(sql, bindings);
    const row = rows.find((r) => r.slug === slug);
    if (!row || !Number(row.allowed)) return false;
    cacheHeaders(ctx, getService(strapi, 'settings').config().cache);
    if (truthy(row.stale)) return answerFromReadModel(strapi, ctx, slug, row.locale);
    const meta = { etag: row.etag as string, lastModified: Number(row.last_modified), headers: jsonOf(row.headers) as Record<string, string> };
    const content = conditional ? null : row[encoding ?? 'body'];
    // A conditional read whose copy is old, or a row without the encoding asked for: the route's read of the whole row.
    if (conditional ? !isFresh(ctx, meta) : content === null || content === undefined) return answerFromReadModel(strapi, ctx, slug, row.locale);
    // A current conditional read: `answer` gives the 304 without a body.
    answer(ctx, { ...meta, body: encoding || conditional ? '' : content, gzip: encoding === 'gzip' ? content : null, br: encoding === 'br' ? content : null });
    return true;
  }

  /** Answer a list request from one statement (`listStatement`), or say it cannot (false): then nothing was sent. */
  async function serveList(ctx: any): Promise<boolean> {
    const settingsService = getService(strapi, 'settings');
    const config = settingsService.config();
    const query = readListQuery(ctx.query, config);
    if (query.q !== undefined) return serveSearch(ctx, query, config);
    const codes = query.locale ? [] : await localeCodes();
    if (!query.locale && codes.length === 0) return false;
    list ??= listStatement(strapi);
    const { sql, bindings } = list({ ...query, order: query.order as ListOrder[] }, codes);
    const rows = await run(sql, bindings);
    // An empty page (past the end, nothing published, an unknown locale) or a refusal: the route answers it.
    if (rows.length === 0 || !Number(rows[0].allowed)) return false;
    const settings = settingsService.fromStored(rows[0].settings === null || rows[0].settings === undefined ? null : jsonOf(rows[0].settings));
    const total = query.withCount ? Number(rows[0].total ?? 0) : null;
    cacheHeaders(ctx, config.cache);
    answerJson(ctx, listResponse(rows.map((row) => ({ summary: jsonOf(row.summary) })), total, { ...query, settings }));
    return true;
  }

  /**
   * A search (`q`): one statement for what the route's chain and `listRequest` would ask
   * (`searchContextStatement`), then the route's own search (`articles.list`: the search index's
   * statements) and answer. A search that finds nothing is answered here too: it is the route's answer.
   */
  async function serveSearch(ctx: any, query: ListRequest, config: NewsroomConfig): Promise<boolean> {
    const codes = query.locale ? [] : await localeCodes();
    if (!query.locale && codes.length === 0) return false;
    searchContext ??= searchContextStatement(strapi);
    const { sql, bindings } = searchContext(query.locale, codes);
    const [row] = await run(sql, bindings);
    const locale = query.locale ?? row?.locale;
    if (!row || !Number(row.allowed) || typeof locale !== 'string') return false;
    const settings = getService(strapi, 'settings').fromStored(row.settings === null || row.settings === undefined ? null : jsonOf(row.settings));
    const found = await getService(strapi, 'articles').list({ ...query, locale, orderName: orderName(query.order), settings });
    cacheHeaders(ctx, config.cache);
    answerJson(ctx, found);
    return true;
  }

  /** What the shortcut would answer this request with, or null: not one of its routes. */
  function attemptFor(ctx: any): (() => Promise<boolean>) | null {
    if (routes.list && ctx.path === listPath) return () => serveList(ctx);
    if (!routes.read || !ctx.path.startsWith(prefix)) return null;
    const raw = ctx.path.slice(prefix.length);
    if (raw === '' || raw.includes('/')) return null;
    return async () => {
      const { slug, query } = slugRequest(decodeURIComponent(raw), ctx.query);
      return query.isolate ? false : serve(ctx, slug, query.locale);
    };
  }

  return async (ctx: any, next: () => Promise<void>) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.get('Authorization') !== '') return next();
    const attempt = attemptFor(ctx);
    if (!attempt) return next();
    let answered = false;
    let failure: unknown = null;
    const headersBefore = new Set(Object.keys(ctx.response.headers));
    try {
      answered = await attempt();
    } catch (error) {
      failure = error;
    }
    if (answered) return;
    // Whatever the route answers, it answers without the headers a read that stopped half-way may have set.
    for (const name of Object.keys(ctx.response.headers)) if (!headersBefore.has(name)) ctx.remove(name);
    // A database that went away: the route's answer (its \`database-unavailable\` middleware), given
    // here, since the route would only ask the same database again (users-permissions' role first).
    if (isDatabaseUnavailable(failure)) return answerUnavailable(strapi, ctx, failure);
    // A malformed slug or query, a refusal, nothing found, any other failure: the route answers it (400, 403, 404, 500).
    ctx.status = 404;
    return next();
  };
}

/** The rows of `knex.raw`: better-sqlite3 gives an array, pg `{ rows }`, mysql2 `[rows, fields]`. */
function rowsOf(result: any): Row[] {
  if (Array.isArray(result)) return Array.isArray(result[0]) ? result[0] : result;
  return result?.rows ?? [];
}
/** A boolean column: pg gives a boolean, SQLite and MariaDB 0 or 1. */
const truthy = (value: unknown): boolean => value === true || Number(value) === 1;
