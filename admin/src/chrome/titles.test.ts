import { isArticleEditRoute, isArticleRoute } from './titles';

describe('article routes of the Content Manager', () => {
  const list = '/admin/content-manager/collection-types/plugin::newsroom.article';
  it.each([
    [list, true, false],
    [`${list}/`, true, false],
    [`${list}/abc123xyz`, true, true],
    [`${list}/create`, true, true],
    ['/admin/content-manager/collection-types/plugin%3A%3Anewsroom.article/abc', true, true],
    ['/admin/content-manager/collection-types/api::page.page/abc', false, false],
    ['/admin/content-manager/collection-types/plugin::newsroom.article-archive/abc', false, false],
    ['/admin', false, false],
    ['/admin/%E0%A4%A', false, false],
  ])('%s: article route %s, edit route %s', (path, route, edit) => {
    expect(isArticleRoute(path)).toBe(route);
    expect(isArticleEditRoute(path)).toBe(edit);
  });
});
