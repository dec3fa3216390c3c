import { spawn, type ChildProcess } from 'child_process';
import path from 'path';
import { ARTICLE_UID } from '../../content-types';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { freePort } from '../helpers/ports';

/**
 * Two Strapi nodes, two OS processes, one database (issue #12): what one node writes, the other
 * serves at once — a setting, a linked article's new title, an unpublished link target — and
 * slugs stay unique when both create the same title at once. Both nodes run the read-model
 * warmer every second, so its claims are exercised across processes too.
 *
 * PostgreSQL and MariaDB only: SQLite is one file for one node (two processes writing one SQLite
 * file is not a deployment the plugin supports).
 */
const client = process.env.DATABASE_CLIENT ?? 'sqlite';
const describeShared = client === 'sqlite' ? describe.skip : describe;
if (client === 'sqlite') {
  // Says why in the output, not only in this file.
  // eslint-disable-next-line no-console
  console.log('two-nodes.test.ts skipped on SQLite: one database file serves one node; run it with DATABASE_CLIENT=postgres or mysql');
}

interface Node {
  name: string;
  url: string;
  child: ChildProcess;
  logs: () => string;
}

async function startNode(name: string, db: TestDatabase): Promise<Node> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [path.join(__dirname, '../helpers/playground-node.js')], {
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('DATABASE_') && !key.startsWith('JEST'))),
      ...db.env,
      DATABASE_HOST: process.env.DATABASE_HOST ?? '127.0.0.1',
      DATABASE_USERNAME: process.env.DATABASE_USERNAME ?? 'newsroom',
      DATABASE_PASSWORD: process.env.DATABASE_PASSWORD ?? 'newsroom',
      NODE_ENV: 'test',
      HOST: '127.0.0.1',
      PORT: String(port),
      STRAPI_TELEMETRY_DISABLED: 'true',
      BROWSER: 'none',
      NEWSROOM_WARMER: 'true',
      NEWSROOM_WARMER_RULE: '* * * * * *',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const node = { name, url, child, logs: () => output };
  // Generous: two Strapi boots beside a test run on a loaded two-core CI machine.
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`node ${name} exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/_health`)).ok) return node;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  await stopNode(node);
  throw new Error(`node ${name} not healthy after 300 s:\n${output}`);
}

async function stopNode(node: Node | undefined): Promise<void> {
  if (!node || node.child.exitCode !== null || node.child.signalCode !== null) return;
  const exited = new Promise((resolve) => node.child.once('exit', resolve));
  node.child.kill('SIGTERM');
  const killer = setTimeout(() => node.child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killer);
}

describeShared(`two nodes on one ${client} database`, () => {
  let db: TestDatabase;
  let a: Node;
  let b: Node;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    // One after the other, as a second node joins a running one.
    a = await startNode('A', db);
    b = await startNode('B', db);
    const login = await fetch(`${a.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@newsroom.local', password: 'Newsroom-demo-2024' }),
    });
    expect(login.status).toBe(200);
    token = (await login.json()).data.token;
  }, 700_000);

  afterAll(async () => {
    await Promise.all([stopNode(a), stopNode(b)]);
    await db?.drop();
  }, 60_000);

  const admin = async (node: Node, method: string, route: string, body?: unknown) => {
    const res = await fetch(`${node.url}${route}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (res.status >= 300) throw new Error(`${method} ${route} on ${node.name}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const cm = `/content-manager/collection-types/${ARTICLE_UID}`;
  async function create(node: Node, data: Record<string, unknown>): Promise<{ documentId: string; slug: string }> {
    return (await admin(node, 'POST', `${cm}?locale=ar`, data)).data;
  }
  const publish = (node: Node, documentId: string) => admin(node, 'POST', `${cm}/${documentId}/actions/publish?locale=ar`, {});
  const unpublish = (node: Node, documentId: string) => admin(node, 'POST', `${cm}/${documentId}/actions/unpublish?locale=ar`, {});
  const update = (node: Node, documentId: string, data: Record<string, unknown>) => admin(node, 'PUT', `${cm}/${documentId}?locale=ar`, data);

  async function read(node: Node, slug: string) {
    const res = await fetch(`${node.url}/api/newsroom/articles/${encodeURIComponent(slug)}?locale=ar`);
    expect(res.status).toBe(200);
    return { etag: res.headers.get('etag')!, lastModified: res.headers.get('last-modified')!, text: await res.text() };
  }
  type Seen = Awaited<ReturnType<typeof read>>;
  /** The body, strong ETag and Last-Modified all moved (Last-Modified has whole seconds: the change may need a second). */
  function expectMoved(before: Seen, after: Seen) {
    expect(after.text).not.toBe(before.text);
    expect(after.etag).not.toBe(before.etag);
    expect(Date.parse(after.lastModified)).toBeGreaterThan(Date.parse(before.lastModified));
  }
  const linkTitles = (seen: Seen) =>
    (JSON.parse(seen.text).data.body as { __component: string; article?: { title: string } }[])
      .filter((block) => block.__component === 'newsroom.related-link')
      .map((block) => block.article?.title);

  it('a setting changed on A is in B’s next read: body, ETag and Last-Modified', async () => {
    const article = await create(a, { title: 'مقال على عقدتين' });
    await publish(a, article.documentId);
    const before = await read(b, article.slug);
    const original = (await admin(a, 'GET', '/newsroom/settings')).data;
    try {
      await new Promise((r) => setTimeout(r, 1000));
      await admin(a, 'PUT', '/newsroom/settings', { publisherName: 'ناشر العقدة أ' });
      const after = await read(b, article.slug);
      expectMoved(before, after);
      expect(after.text).toContain('ناشر العقدة أ');
    } finally {
      await admin(a, 'PUT', '/newsroom/settings', { publisherName: original.publisherName });
    }
  });

  it('the list B answers anonymously shows A’s retitle and A’s date settings at once', async () => {
    const section = 'قسم-العقدتين';
    const article = await create(a, { title: 'مقال القائمة على عقدتين', section });
    await publish(a, article.documentId);
    const list = async () => {
      const res = await fetch(`${b.url}/api/newsroom/articles?locale=ar&section=${encodeURIComponent(section)}`);
      expect(res.status).toBe(200);
      return (await res.json()).data as { title: string; dates: { published: { gregorian: string } } }[];
    };
    const before = await list();
    expect(before.map((item) => item.title)).toEqual(['مقال القائمة على عقدتين']);
    const original = (await admin(a, 'GET', '/newsroom/settings')).data;
    try {
      await update(a, article.documentId, { title: 'مقال القائمة بعنوان جديد' });
      await publish(a, article.documentId);
      await admin(a, 'PUT', '/newsroom/settings', { dateDigits: original.dateDigits === 'arab' ? 'latn' : 'arab' });
      const after = await list();
      expect(after.map((item) => item.title)).toEqual(['مقال القائمة بعنوان جديد']);
      expect(after[0].dates.published.gregorian).not.toBe(before[0].dates.published.gregorian);
    } finally {
      await admin(a, 'PUT', '/newsroom/settings', { dateDigits: original.dateDigits });
    }
  });

  it('a linked article retitled on A shows its new title in B’s read of the linking article; unpublished on A, B drops the link', async () => {
    const target = await create(a, { title: 'الهدف على العقدة أ' });
    await publish(a, target.documentId);
    const source = await create(a, {
      title: 'المقال الرابط',
      body: [{ __component: 'newsroom.related-link', kind: 'read-also', article: { connect: [{ documentId: target.documentId, locale: 'ar' }] } }],
    });
    await publish(a, source.documentId);
    let seen = await read(b, source.slug);
    expect(linkTitles(seen)).toEqual(['الهدف على العقدة أ']);

    await new Promise((r) => setTimeout(r, 1000));
    await update(a, target.documentId, { title: 'الهدف بعنوان جديد' });
    await publish(a, target.documentId);
    let next = await read(b, source.slug);
    expectMoved(seen, next);
    expect(linkTitles(next)).toEqual(['الهدف بعنوان جديد']);
    seen = next;

    await new Promise((r) => setTimeout(r, 1000));
    await unpublish(a, target.documentId);
    next = await read(b, source.slug);
    expectMoved(seen, next);
    expect(linkTitles(next)).toEqual([]);
  });

  it('the same title created 10 times on each node at once gets 20 distinct slugs', async () => {
    const title = 'عنوان واحد على عقدتين';
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => create(i % 2 === 0 ? a : b, { title })));
    const slugs = created.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(20);
    expect(slugs).toContain('عنوان-واحد-على-عقدتين');
  });

  it('the warmers of both nodes re-render every stale row between them, with no read asking', async () => {
    // A settings change makes every row stale; both nodes' warmers (every second) share the work.
    await admin(b, 'PUT', '/newsroom/settings', { copyrightTemplates: { ar: '© {year} {holder}. جميع الحقوق محفوظة — عقدتان.' } });
    const knex = require('knex')({
      client: client === 'postgres' ? 'pg' : 'mysql2',
      connection: {
        host: process.env.DATABASE_HOST ?? '127.0.0.1',
        port: Number(db.env.DATABASE_PORT),
        user: process.env.DATABASE_USERNAME ?? 'newsroom',
        password: process.env.DATABASE_PASSWORD ?? 'newsroom',
        database: db.env.DATABASE_NAME,
      },
      pool: { min: 0, max: 1 },
    });
    try {
      const counts = async () => {
        // Arabic articles: the template changed is the Arabic one.
        const rows = (await knex('newsroom_read_model').select('stale', 'body').where('locale', 'ar').whereNotNull('slug')) as { stale: unknown; body: string }[];
        return { total: rows.length, stale: rows.filter((r) => Boolean(r.stale)).length, fresh: rows.filter((r) => !r.stale && r.body.includes('عقدتان')).length };
      };
      const deadline = Date.now() + 45_000;
      let seen = await counts();
      while (Date.now() < deadline && (seen.stale > 0 || seen.fresh < seen.total)) {
        await new Promise((r) => setTimeout(r, 500));
        seen = await counts();
      }
      expect(seen.total).toBeGreaterThanOrEqual(3);
      expect(seen).toEqual({ total: seen.total, stale: 0, fresh: seen.total });
    } finally {
      await knex.destroy();
    }
    for (const node of [a, b]) expect(node.logs()).not.toContain('read model warmer:');
  });
});
