import { parse } from 'graphql';
import { ARTICLE_UID } from '../../content-types';
import { TYPE_DEFS } from '../../server/src/graphql/type-defs';
import { graphqlRequest, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * With @strapi/plugin-graphql installed (the playground has it), Strapi would
 * generate a GraphQL type for newsroom articles whose resolvers check the same
 * action names as the plugin's REST handlers: the public role's read grant
 * would serve drafts, unpublished edits and raw rights through /graphql.
 */
let app: TestApp;
let fullAccessKey: string;
let draftId: string;
let publishedId: string;

const DRAFT = { title: 'مسودة سرية عن الانتخابات', standfirst: 'مقدمة المسودة التي لم تنشر بعد' };
const PUBLISHED = { title: 'مقال منشور عن الطقس', standfirst: 'مقدمة المقال المنشور' };
const UNPUBLISHED_EDIT = { title: 'تعديل لم ينشر على مقال الطقس', standfirst: 'مقدمة التعديل غير المنشور' };
const COVER_CAPTION = 'تعليق صورة المسودة السرية';
const SECRETS = [DRAFT.title, DRAFT.standfirst, UNPUBLISHED_EDIT.title, UNPUBLISHED_EDIT.standfirst, COVER_CAPTION];

beforeAll(async () => {
  app = await startPlayground();
  const articles = app.strapi.documents(ARTICLE_UID);
  // A file the draft's cover points at: Strapi links it to the cover component, which uploadFiles.related reaches.
  const file = await app.strapi.db.query('plugin::upload.file').create({
    data: { name: 'cover.jpg', hash: 'cover_graphql_test', ext: '.jpg', mime: 'image/jpeg', size: 1, url: '/uploads/cover.jpg', provider: 'local', folderPath: '/' },
  });
  const draft = await articles.create({
    locale: 'ar',
    data: { ...DRAFT, cover: { file: file.id, caption: COVER_CAPTION } },
  } as never);
  draftId = draft.documentId;
  const published = await articles.create({ locale: 'ar', data: PUBLISHED } as never);
  publishedId = published.documentId;
  await articles.publish({ documentId: publishedId, locale: 'ar' } as never);
  await articles.update({ documentId: publishedId, locale: 'ar', data: UNPUBLISHED_EDIT } as never);
  const token = await app.strapi
    .service('admin::api-token')
    .create({ name: 'graphql full access', description: '', type: 'full-access', kind: 'content-api', lifespan: null });
  fullAccessKey = token.accessKey;
});

afterAll(async () => {
  await app?.close();
});

const graphql = (query: string, variables: Record<string, unknown> = {}, token?: string) => graphqlRequest(app, query, variables, token);

const INTROSPECTION = `{
  __schema {
    queryType { fields { name } }
    mutationType { fields { name } }
    types { name kind fields { name type { name ofType { name ofType { name ofType { name } } } } } possibleTypes { name } }
  }
}`;

/** Every type name a field's type wraps (lists and non-null unwrapped). */
const typeNames = (type: any): string[] => (type ? [type.name, ...typeNames(type.ofType)].filter(Boolean) : []);

/**
 * The playground's own stock article uses the newsroom rights component (and
 * the original-source component nested in it): those two stay, since Strapi's
 * GraphQL plugin builds the stock article's field from them; they hold the
 * stock article's data, never an article's.
 */
const KEPT_FOR_APP_TYPES = /^(ComponentNewsroomRights|ComponentNewsroomBasedOn|ENUM_COMPONENTNEWSROOMRIGHTS_)/;

/** The plugin's own types, as its type definitions declare them. */
const OWN_TYPES = parse(TYPE_DEFS)
  .definitions.filter((d: any) => d.kind !== 'ObjectTypeExtension')
  .map((d: any) => d.name.value as string)
  .sort();

describe("GraphQL never serves what Strapi's generated article types would", () => {
  const queries: [string, string, () => Record<string, unknown>, RegExp][] = [
    ['drafts', '{ newsroomArticles(status: DRAFT) { nodes { documentId title standfirst } } }', () => ({}), /^Unknown argument "status"/],
    [
      'a draft by document id',
      'query ($id: ID!) { newsroomArticle(documentId: $id, status: DRAFT) { title standfirst body { __typename } } }',
      () => ({ id: draftId }),
      /^Unknown argument "documentId"|^Unknown argument "status"/,
    ],
    [
      'an unpublished edit',
      'query ($id: ID!) { newsroomArticle(documentId: $id, status: DRAFT) { title standfirst } }',
      () => ({ id: publishedId }),
      /^Unknown argument "documentId"|^Unknown argument "status"/,
    ],
    ['the generated connection', '{ newsroomArticles_connection { nodes { documentId title } pageInfo { total } } }', () => ({}), /^Cannot query field "newsroomArticles_connection"/],
    ['raw rights and the stored render cache', '{ newsroomArticles { nodes { rights { license } renderCache searchText } } }', () => ({}), /^Cannot query field/],
  ];

  it.each(queries)('refuses %s to the public role', async (_name, query, variables, message) => {
    const res = await graphql(query, variables());
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.message).toMatch(message);
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
  });

  it.each(queries)('refuses %s to a full-access API token', async (_name, query, variables, message) => {
    const res = await graphql(query, variables(), fullAccessKey);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.message).toMatch(message);
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
  });

  it.each([
    ['the public role', undefined],
    ['a full-access API token', 'full-access'],
  ])('has, as seen by %s, the two read queries, no mutation and only the plugin\'s own types', async (_who, tokenKind) => {
    const res = await graphql(INTROSPECTION, {}, tokenKind ? fullAccessKey : undefined);
    expect(res.status).toBe(200);
    const schema = res.body.data.__schema;
    expect(schema.queryType.fields.map((f: any) => f.name as string).filter((name: string) => /newsroom/i.test(name)).sort()).toEqual([
      'newsroomArticle',
      'newsroomArticles',
    ]);
    expect((schema.mutationType?.fields ?? []).map((f: any) => f.name as string).filter((name: string) => /newsroom/i.test(name))).toEqual([]);
    const args = await graphql('{ __schema { queryType { fields { name args { name } } } } }', {}, tokenKind ? fullAccessKey : undefined);
    for (const field of args.body.data.__schema.queryType.fields.filter((f: any) => /^newsroom/.test(f.name))) {
      expect(field.args.map((a: any) => a.name)).not.toEqual(expect.arrayContaining(['status']));
      expect(field.args.map((a: any) => a.name)).not.toEqual(expect.arrayContaining(['documentId']));
    }

    // Nothing of the generated article types: no filters input, no entity response, no component type of a body block.
    const newsroomTypes = schema.types.map((t: any) => t.name as string).filter((name: string) => /newsroom/i.test(name));
    expect(newsroomTypes.filter((name: string) => !KEPT_FOR_APP_TYPES.test(name)).sort()).toEqual(OWN_TYPES);
    // No type outside the plugin's own reaches an article or a body block.
    const referenced = schema.types
      .filter((t: any) => !OWN_TYPES.includes(t.name) && t.name !== 'Query')
      .flatMap((t: any) => [...(t.fields ?? []).flatMap((f: any) => typeNames(f.type)), ...(t.possibleTypes ?? []).map((p: any) => p.name)]);
    expect(referenced.filter((name: string) => /newsroom/i.test(name) && !KEPT_FOR_APP_TYPES.test(name))).toEqual([]);
  });

  // Strapi 5.54 fails to resolve uploadFiles.related on its own ("Missing schema in validateQuery"); with the
  // media component's type gone, the query cannot even name it, whatever a later Strapi resolves.
  it('does not reach the draft through the files its cover uses', async () => {
    const res = await graphql('{ uploadFiles { name related { __typename } } }', {}, fullAccessKey);
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
    const spread = await graphql('{ uploadFiles { related { ... on ComponentNewsroomMedia { caption credit } } } }', {}, fullAccessKey);
    expect(spread.body.errors?.[0]?.message).toMatch(/Unknown type "ComponentNewsroomMedia"/);
    expect(spread.text).not.toContain(COVER_CAPTION);
  });
});

describe('with GraphQL installed', () => {
  it('still serves published articles through the REST API, never the draft', async () => {
    const res = await app.http().get('/api/newsroom/articles').query({ locale: 'ar', pageSize: 100 });
    expect(res.status).toBe(200);
    const titles = res.body.data.map((a: { title: string }) => a.title);
    expect(titles).toContain(PUBLISHED.title);
    for (const secret of SECRETS) expect(res.text).not.toContain(secret);
  });

  it('still serves the rest of the app through GraphQL, to the public role and the API token', async () => {
    for (const token of [undefined, fullAccessKey]) {
      const res = await graphql('{ stockArticles(pagination: { pageSize: 1 }) { documentId rights { license } } }', {}, token);
      expect(res.status).toBe(200);
      expect(res.body.errors).toBeUndefined();
      expect(Array.isArray(res.body.data.stockArticles)).toBe(true);
    }
  });
});
