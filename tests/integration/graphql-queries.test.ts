import { ARTICLE_UID } from '../../content-types';
import type { ArticleDetail, ArticleListResponse } from '../../server/src/types/api';
import { graphqlRequest, startPlayground, type TestApp } from '../helpers/strapi';

/**
 * The plugin's GraphQL queries (issue #13): the REST render model field for
 * field, published only, behind the REST routes' permissions, with the REST
 * validation's 400s as BAD_USER_INPUT naming the argument.
 */
let app: TestApp;
let fullAccessKey: string;
let userJwt: string;

const DRAFT_TITLE = 'مسودة غراف كيو إل لا تنشر';
const UNPUBLISHED_EDIT = 'تعديل غير منشور في غراف كيو إل';

const FILE = 'url name mime width height alternativeText';
const DATE = 'iso gregorian hijri';
const REF = 'documentId slug title locale';
const SUMMARY = `documentId slug lang locale dir title standfirst kicker byline section keywords wordCount readingTimeMinutes
  publishedAt originalPublishedAt updatedAt dates { published { ${DATE} } updated { ${DATE} } } cover { file { ${FILE} } caption credit }`;
/** Every field of the article type; the union members alias the fields whose type differs between them. */
const ARTICLE = `${SUMMARY} direction standfirstHtml allowComments allowSharing url copyrightLine jsonLd jsonLdScript
  related { ${REF} }
  translations { locale url title }
  rights { license { code name url allowsCommercial allowsDerivatives requiresShareAlike requiresAttribution grantsPublicReuse }
    copyrightHolder copyrightYear creditText usageTerms acquireLicenseUrl reuseAllowed externalDistribution
    tdm { reserved policyUrl } noSnippet embargoUntil rightsExpireAt basedOn { title publisher url language } }
  body {
    __typename
    ... on NewsroomParagraphBlock { component dir richText: text html }
    ... on NewsroomIntertitleBlock { component dir text html }
    ... on NewsroomRelatedLinkBlock { component dir kind kindLabel label article { ${REF} } }
    ... on NewsroomQuoteBlock { component dir text attribution html }
    ... on NewsroomMediaBlock { component dir file { ${FILE} } caption credit }
    ... on NewsroomEmbedBlock { component dir url caption }
  }`;

const ARTICLE_QUERY = `query ($slug: String!, $locale: String, $isolate: Boolean) {
  newsroomArticle(slug: $slug, locale: $locale, isolate: $isolate) { ${ARTICLE} } }`;
const LIST_QUERY = `query ($locale: String, $section: String, $q: String, $filters: NewsroomArticleFiltersInput,
    $pagination: NewsroomPaginationInput, $sort: [String!]) {
  newsroomArticles(locale: $locale, section: $section, q: $q, filters: $filters, pagination: $pagination, sort: $sort) {
    nodes { ${SUMMARY} search { score matches } }
    pagination { page pageSize pageCount total }
    search { q terms { word forms } ignored sort limited } } }`;

beforeAll(async () => {
  app = await startPlayground();
  const docs = app.strapi.documents(ARTICLE_UID);
  await docs.create({ locale: 'ar', data: { title: DRAFT_TITLE } } as never);
  const published = (await docs.create({ locale: 'ar', status: 'published', data: { title: 'مقال منشور في غراف كيو إل' } } as never)) as any;
  await docs.update({ documentId: published.documentId, locale: 'ar', data: { title: UNPUBLISHED_EDIT } } as never);
  const token = await app.strapi.service('admin::api-token').create({ name: 'graphql queries', description: '', type: 'full-access', kind: 'content-api', lifespan: null });
  fullAccessKey = token.accessKey;
  const usersPermissions = app.strapi.plugin('users-permissions');
  const authenticated = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const user = await usersPermissions.service('user').add({ username: 'gql-reader', email: 'gql-reader@newsroom.local', password: 'Reader-2024!', provider: 'local', confirmed: true, role: authenticated.id });
  userJwt = usersPermissions.service('jwt').issue({ id: user.id });
});

afterAll(async () => {
  await app?.close();
});

const graphql = (query: string, variables: Record<string, unknown> = {}, token?: string) => graphqlRequest(app, query, variables, token);

/** A GraphQL article back in the REST shape: `component` is `__component`, the aliased rich text is `text`. */
function asRest(article: any): ArticleDetail {
  return {
    ...article,
    body: article.body.map(({ __typename, component, richText, ...block }: any) => ({
      __component: component,
      ...block,
      ...(richText !== undefined ? { text: richText } : {}),
    })),
  };
}

/** An object without its null fields (GraphQL answers null where REST leaves a field out). */
const given = (value: Record<string, unknown>) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null));

const restList = async (query: Record<string, unknown>) => {
  const res = await app.http().get('/api/newsroom/articles').query(query);
  expect(res.status).toBe(200);
  return res.body as ArticleListResponse;
};

describe('newsroomArticle', () => {
  it('gives, for every published demo article in both locales, exactly the REST render model', async () => {
    let compared = 0;
    for (const locale of ['ar', 'en']) {
      for (const item of (await restList({ locale, pageSize: 100 })).data) {
        const rest = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(item.slug)}`).query({ locale });
        expect(rest.status).toBe(200);
        const res = await graphql(ARTICLE_QUERY, { slug: item.slug, locale });
        expect(res.body.errors).toBeUndefined();
        expect(asRest(res.body.data.newsroomArticle)).toEqual(rest.body.data);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(3);
  });

  it('isolates plain-text fields with isolate: true, as REST does with ?isolate=true', async () => {
    const [item] = (await restList({ locale: 'ar', pageSize: 1 })).data;
    const rest = await app.http().get(`/api/newsroom/articles/${encodeURIComponent(item.slug)}`).query({ locale: 'ar', isolate: true });
    const res = await graphql(ARTICLE_QUERY, { slug: item.slug, locale: 'ar', isolate: true });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.newsroomArticle.title.startsWith('\u2068')).toBe(true);
    expect(asRest(res.body.data.newsroomArticle)).toEqual(rest.body.data);
  });

  it('answers null for a draft and the published version for an article with unpublished edits', async () => {
    const draft = (await app.strapi.documents(ARTICLE_UID).findFirst({ locale: 'ar', status: 'draft', filters: { title: DRAFT_TITLE } } as never)) as any;
    const res = await graphql(ARTICLE_QUERY, { slug: draft.slug, locale: 'ar' }, fullAccessKey);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.newsroomArticle).toBeNull();
    expect(res.text).not.toContain(DRAFT_TITLE);
    const list = await graphql(LIST_QUERY, { locale: 'ar', pagination: { pageSize: 100 } }, fullAccessKey);
    expect(list.text).not.toContain(DRAFT_TITLE);
    expect(list.text).not.toContain(UNPUBLISHED_EDIT);
    expect(list.text).toContain('مقال منشور في غراف كيو إل');
  });

  it.each([
    ['an unknown locale', { slug: 'x', locale: 'xx' }, ['locale']],
    ['a malformed locale', { slug: 'x', locale: '../etc' }, ['locale']],
    ['a slug with a control character', { slug: 'a\u0000b', locale: 'ar' }, ['slug']],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, variables, path) => {
    const res = await graphql(ARTICLE_QUERY, variables);
    expect(res.body.data?.newsroomArticle ?? null).toBeNull();
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].extensions.error.details.errors[0].path).toEqual(path);
  });
});

describe('newsroomArticles', () => {
  it.each([
    ['the newest first', { locale: 'ar', pageSize: 5 }, { locale: 'ar', pagination: { pageSize: 5 } }],
    ['page 2', { locale: 'en', page: 2, pageSize: 1 }, { locale: 'en', pagination: { page: 2, pageSize: 1 } }],
    ['oldest first', { locale: 'ar', sort: 'publishedAt:asc' }, { locale: 'ar', sort: ['publishedAt:asc'] }],
    ['a search', { locale: 'ar', q: 'الطائرات' }, { locale: 'ar', q: 'الطائرات' }],
    ['by title, then date', { locale: 'ar', sort: ['title:asc', 'publishedAt:desc'] }, { locale: 'ar', sort: ['title:asc', 'publishedAt:desc'] }],
    ['without the count', { locale: 'ar', pagination: { pageSize: 2, withCount: false } }, { locale: 'ar', pagination: { pageSize: 2, withCount: false } }],
    [
      'filtered by a date range',
      { locale: 'ar', filters: { publishedAt: { $gte: '2000-01-01', $lt: '2100-01-01' } } },
      { locale: 'ar', filters: { publishedAt: { gte: '2000-01-01', lt: '2100-01-01' } } },
    ],
  ])('gives %s exactly as the REST list does', async (_name, restQuery, variables) => {
    const rest = await restList(restQuery);
    const res = await graphql(LIST_QUERY, variables);
    expect(res.body.errors).toBeUndefined();
    const { nodes, pagination, search } = res.body.data.newsroomArticles;
    expect(nodes.map(({ search: hit, ...node }: any) => (hit === null ? node : { ...node, search: hit }))).toEqual(rest.data);
    expect(given(pagination)).toEqual(rest.meta.pagination);
    expect(search).toEqual(rest.meta.search ?? null);
    expect(nodes.length).toBeGreaterThan(0);
  });

  it('filters by section and keyword as the REST list does', async () => {
    const [first] = (await restList({ locale: 'ar', pageSize: 100 })).data.filter((a) => a.section && a.keywords.length > 0);
    expect(first).toBeDefined();
    const rest = await restList({ locale: 'ar', filters: { section: { $eq: first.section }, keywords: { $contains: first.keywords[0] } } });
    const res = await graphql(LIST_QUERY, { locale: 'ar', filters: { section: { eq: first.section }, keywords: { contains: first.keywords[0] } } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.newsroomArticles.nodes.map((n: any) => n.documentId)).toEqual(rest.data.map((a) => a.documentId));
    expect(rest.data.map((a) => a.documentId)).toContain(first.documentId);
  });

  it.each([
    ['a page size over the maximum', { pagination: { pageSize: 100000 } }, ['pagination', 'pageSize']],
    ['a date that is not one', { filters: { publishedAt: { gte: 'yesterday' } } }, ['filters', 'publishedAt', 'gte']],
    ['page 0', { pagination: { page: 0 } }, ['pagination', 'page']],
    ['an unknown sort', { sort: ['title:drop'] }, ['sort']],
    ['relevance without q', { sort: ['relevance'] }, ['sort']],
    ['an unknown locale', { locale: 'xx' }, ['locale']],
  ])('refuses %s with BAD_USER_INPUT naming the argument', async (_name, variables, path) => {
    const res = await graphql(LIST_QUERY, variables);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors[0].extensions.error.details.errors[0].path).toEqual(path);
    expect(res.body.errors[0].message).toContain(path.join('.'));
  });
});

describe('permissions: the REST routes\' grants', () => {
  const both = `{ newsroomArticles(locale: "ar", pagination: { pageSize: 1 }) { nodes { slug } } }`;

  it('serves the public role (granted find/findOne in the playground) and API tokens', async () => {
    for (const token of [undefined, fullAccessKey]) {
      const res = await graphql(both, {}, token);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.newsroomArticles.nodes).toHaveLength(1);
    }
  });

  it('refuses a signed-in user whose role has no grant, as REST does', async () => {
    const rest = await app.http().get('/api/newsroom/articles').set({ Authorization: `Bearer ${userJwt}` });
    expect(rest.status).toBe(403);
    const res = await graphql(both, {}, userJwt);
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('follows a revoked grant: without findOne, the public role reads no article through either channel', async () => {
    const [item] = (await restList({ locale: 'ar', pageSize: 1 })).data;
    const permissions = app.strapi.db.query('plugin::users-permissions.permission');
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const grant = await permissions.findOne({ where: { action: 'plugin::newsroom.article.findOne', role: role.id } });
    await permissions.delete({ where: { id: grant.id } });
    try {
      expect((await app.http().get(`/api/newsroom/articles/${encodeURIComponent(item.slug)}`).query({ locale: 'ar' })).status).toBe(403);
      const res = await graphql(ARTICLE_QUERY, { slug: item.slug, locale: 'ar' });
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(res.text).not.toContain(item.title);
      // The list is a separate grant, still held.
      expect((await graphql(both)).body.errors).toBeUndefined();
    } finally {
      await permissions.create({ data: { action: 'plugin::newsroom.article.findOne', role: role.id } });
    }
  });
});
