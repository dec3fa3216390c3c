import { growthRatio, LINEAR_BOUND } from '../../../tests/helpers/growth';
import { attachmentOf, decodeSlug, guestAuthorOf, itemHash, planItem, postTypeProblem, wxrDate } from './map-post';
import type { WxrItem } from './wxr-reader';

const item = (patch: Partial<WxrItem>): WxrItem => ({
  title: 'عنوان', link: 'https://s.example/a/', guid: 'https://s.example/?p=1', creator: 'editor', content: '<p>نص</p>', excerpt: '', postId: 1,
  postDate: '2024-07-27 13:30:00', postDateGmt: '2024-07-27 09:30:00', postName: '', status: 'publish', postPassword: '', postType: 'post', commentStatus: 'open', postParent: null,
  attachmentUrl: '', terms: [], meta: {}, comments: 0, oversized: [], ...patch,
});
const context = { authors: new Map([['editor', 'فريق التحرير']]) };

describe('planItem', () => {
  it('publishes a published post with its GMT date, decoded slug, author display name, section and keywords', () => {
    const plan = planItem(
      item({ postName: '%d9%85%d8%a7%d9%84%d9%8a', terms: [{ domain: 'category', nicename: 'a', name: 'أفريقيا' }, { domain: 'post_tag', nicename: 'w', name: 'فاغنر' }] }),
      context,
      'ar'
    );
    expect(plan).toMatchObject({
      kind: 'article',
      publish: true,
      data: { slug: 'مالي', byline: 'فريق التحرير', section: 'أفريقيا', keywords: ['فاغنر'], originalPublishedAt: '2024-07-27T09:30:00.000Z' },
    });
  });

  it.each([
    ['draft', false, null],
    ['pending', false, null],
    ['future', false, '2024-07-27T09:30:00.000Z'],
  ])('imports a %s post as a draft without an original date (future: the scheduled date reported)', (status, publish, scheduledFor) => {
    expect(planItem(item({ status }), context, 'ar')).toMatchObject({ kind: 'article', publish, scheduledFor, data: { originalPublishedAt: null } });
  });

  it('files the post under the primary category its SEO plugin recorded, not the first by name', () => {
    const terms = [
      { domain: 'category', nicename: 'akhbar', name: 'أخبار' },
      { domain: 'category', nicename: 'africa', name: 'أفريقيا' },
      { domain: 'post_tag', nicename: 'w', name: 'فاغنر' },
    ];
    const withCategories = { ...context, categories: new Map([[3, 'africa'], [5, 'akhbar']]) };
    const filed = (meta: Record<string, string>, ctx = withCategories) => {
      const plan = planItem(item({ terms, meta }), ctx, 'ar');
      return plan.kind === 'article' ? [plan.data.section, plan.data.keywords] : null;
    };
    expect(filed({ _yoast_wpseo_primary_category: '3' })).toEqual(['أفريقيا', ['فاغنر', 'أخبار']]);
    expect(filed({ rank_math_primary_category: ' 3 ' })).toEqual(['أفريقيا', ['فاغنر', 'أخبار']]);
    expect(filed({ _seopress_robots_primary_cat: '3' })).toEqual(['أفريقيا', ['فاغنر', 'أخبار']]);
    expect(filed({ _primary_term_category: '3' })).toEqual(['أفريقيا', ['فاغنر', 'أخبار']]);
    // SEOPress's "none", then The SEO Framework's record.
    expect(filed({ _seopress_robots_primary_cat: 'none', _primary_term_category: '3' })).toEqual(['أفريقيا', ['فاغنر', 'أخبار']]);
    // Without one, or one naming no category of the site or of the post, or not an id: the first, as before.
    expect(filed({})).toEqual(['أخبار', ['فاغنر', 'أفريقيا']]);
    expect(filed({ _yoast_wpseo_primary_category: '7' })).toEqual(['أخبار', ['فاغنر', 'أفريقيا']]);
    expect(filed({ _yoast_wpseo_primary_category: 'africa' })).toEqual(['أخبار', ['فاغنر', 'أفريقيا']]);
    expect(filed({ _yoast_wpseo_primary_category: '3' }, context)).toEqual(['أخبار', ['فاغنر', 'أفريقيا']]);
  });

  it('bylines a post with its co-authors (Co-Authors Plus), in their order, by display name, as the locale lists names', () => {
    const author = (name: string) => ({ domain: 'author', nicename: `cap-${name}`, name });
    const terms = [author('sara'), author('guest-omar'), author('editor'), author('unknown-login'), author('sara')];
    const ctx = { authors: new Map([['editor', 'فريق التحرير'], ['sara', 'سارة &amp; <em>علي</em>']]), guestAuthors: new Map([['guest-omar', 'عمر الكاتب']]) };
    const byline = (locale: string, patch: Partial<WxrItem> = { terms }, c: Parameters<typeof planItem>[1] = ctx) => {
      const plan = planItem(item(patch), c, locale);
      return plan.kind === 'article' ? plan.data.byline : null;
    };
    // A user by their display name (read as HTML), a guest author by theirs, a login found nowhere as it is; each once.
    expect(byline('ar')).toBe('سارة & علي وعمر الكاتب وفريق التحرير وunknown-login');
    expect(byline('en')).toBe('سارة & علي, عمر الكاتب, فريق التحرير, and unknown-login');
    expect(byline('ar', { terms: [author('guest-omar')] })).toBe('عمر الكاتب');
    // Without co-authors: the post's author, as before; a malformed locale tag lists the names as English does.
    expect(byline('ar', { terms: [] })).toBe('فريق التحرير');
    expect(byline('not a tag!', { terms: [author('sara'), author('editor')] })).toBe('سارة & علي and فريق التحرير');
    // A guest author's name corrected on the old site changes the byline, so the hash: a re-import updates the post.
    const hash = (c: Parameters<typeof planItem>[1]) => {
      const plan = planItem(item({ terms }), c, 'ar');
      return plan.kind === 'article' ? plan.hash : null;
    };
    expect(hash({ ...ctx, guestAuthors: new Map([['guest-omar', 'عمر الكاتب الصحفي']]) })).not.toBe(hash(ctx));
  });

  it('reads a Co-Authors Plus guest author from its item: the login posts name it by and its display name', () => {
    const guest = (meta: Record<string, string>) => guestAuthorOf(item({ postType: 'guest-author', status: 'publish', meta }));
    expect(guest({ 'cap-user_login': ' guest-omar ', 'cap-display_name': 'عمر &amp; <b>الكاتب</b>' })).toEqual({ login: 'guest-omar', displayName: 'عمر & الكاتب' });
    expect(guest({ 'cap-user_login': 'guest-omar' })).toBeNull();
    expect(guest({ 'cap-display_name': 'عمر' })).toBeNull();
    expect(guestAuthorOf(item({ meta: { 'cap-user_login': 'guest-omar', 'cap-display_name': 'عمر' } }))).toBeNull();
  });

  it('takes, for a post without an excerpt, the description its SEO plugin recorded as the standfirst, unless it is a template', () => {
    const standfirst = (patch: Partial<WxrItem>) => {
      const plan = planItem(item(patch), context, 'ar');
      return plan.kind === 'article' ? plan.data.standfirst : null;
    };
    expect(standfirst({ meta: { _yoast_wpseo_metadesc: 'وصف الخبر &amp; ملخصه عن CSP-DPA' } })).toBe('وصف الخبر & ملخصه عن CSP-DPA');
    expect(standfirst({ meta: { rank_math_description: 'وصف من Rank Math' } })).toBe('وصف من Rank Math');
    // The excerpt first: both summarise the post, and the excerpt is what the old site showed.
    expect(standfirst({ excerpt: 'المقتطف', meta: { _yoast_wpseo_metadesc: 'الوصف' } })).toBe('المقتطف');
    // A template the plugin filled in on the page is not what readers saw: Yoast's %%…%%, Rank Math's %…%.
    expect(standfirst({ meta: { _yoast_wpseo_metadesc: '%%title%% %%sep%% %%sitename%%' } })).toBeNull();
    expect(standfirst({ meta: { _yoast_wpseo_metadesc: '%%excerpt%%', rank_math_description: 'وصف %title% للموقع' } })).toBeNull();
    expect(standfirst({ meta: { _yoast_wpseo_metadesc: '%%excerpt%%', rank_math_description: 'تراجع بنسبة 50% أو 20 %' } })).toBe('تراجع بنسبة 50% أو 20 %');
    expect(standfirst({ meta: { _yoast_wpseo_metadesc: '  ' } })).toBeNull();
    // The other SEO plugins: All in One SEO (version 4's copy, then the older versions'), SEOPress, The SEO Framework.
    expect(standfirst({ meta: { _aioseo_description: 'وصف من AIOSEO', _aioseop_description: 'وصف قديم' } })).toBe('وصف من AIOSEO');
    expect(standfirst({ meta: { _aioseop_description: 'وصف من الإصدار القديم' } })).toBe('وصف من الإصدار القديم');
    expect(standfirst({ meta: { _seopress_titles_desc: 'وصف من SEOPress' } })).toBe('وصف من SEOPress');
    expect(standfirst({ meta: { _genesis_description: 'وصف من The SEO Framework' } })).toBe('وصف من The SEO Framework');
    expect(standfirst({ meta: { _seopress_titles_desc: '%%post_excerpt%%', _genesis_description: 'الوصف' } })).toBe('الوصف');
    // All in One SEO's smart tags are templates; a hashtag in Arabic, capitalised, or inside a word is text.
    expect(standfirst({ meta: { _aioseo_description: '#post_title #separator_sa #site_title' } })).toBeNull();
    expect(standfirst({ meta: { _aioseo_description: 'ملخص: #post_excerpt' } })).toBeNull();
    expect(standfirst({ meta: { _aioseo_description: '#custom_field-summary' } })).toBeNull();
    expect(standfirst({ meta: { _aioseo_description: 'تغطية #غزة و#COP28 و#Gaza والقناة C#' } })).toBe('تغطية #غزة و#COP28 و#Gaza والقناة C#');
    expect(standfirst({ meta: { _aioseo_description: 'وسم issue#twelve' } })).toBe('وسم issue#twelve');
    // In linear time over text a smart tag almost matches: long runs of tag letters ended by a digit, many hashes.
    const hostile = (n: number) => `${'#a_'.repeat(n / 3)}${'#'.repeat(n / 3)}#${'a'.repeat(n / 3)}9`;
    expect(growthRatio(hostile, (text) => standfirst({ meta: { _aioseo_description: text } }))).toBeLessThan(LINEAR_BOUND);
    // Cut, and reported, as an excerpt is.
    const plan = planItem(item({ meta: { _yoast_wpseo_metadesc: 'و'.repeat(1200) } }), context, 'ar');
    expect(plan).toMatchObject({ data: { standfirst: 'و'.repeat(1000) }, notes: [{ code: 'shortened', detail: 'standfirst cut to 1000 characters' }] });
  });

  it('reads an attachment’s file, alt text and caption (its excerpt, read as HTML), cutting a caption too long for the media component', () => {
    const attachment = (excerpt: string) =>
      attachmentOf(item({ postType: 'attachment', status: 'inherit', attachmentUrl: 'https://s.example/a.jpg', excerpt, meta: { _wp_attachment_image_alt: 'بديل' } }));
    expect(attachment('صورة &amp; تعليق <em>CNN</em>')).toEqual({ url: 'https://s.example/a.jpg', alt: 'بديل', caption: 'صورة & تعليق CNN', captionCut: false });
    expect(attachment('')).toMatchObject({ caption: null, captionCut: false });
    expect(attachment('ت'.repeat(501))).toMatchObject({ caption: 'ت'.repeat(500), captionCut: true });
    expect(attachmentOf(item({ postType: 'attachment', attachmentUrl: '' }))).toBeNull();
  });

  it('keeps comments closed where the old site had closed them, and open otherwise', () => {
    expect(planItem(item({ commentStatus: 'closed' }), context, 'ar')).toMatchObject({ data: { allowComments: false } });
    expect(planItem(item({ commentStatus: 'open' }), context, 'ar')).toMatchObject({ data: { allowComments: true } });
    expect(planItem(item({ commentStatus: '' }), context, 'ar')).toMatchObject({ data: { allowComments: true } });
  });

  it('imports a password-protected post as a draft, keeping its date, and says so: the old site did not show it to everyone', () => {
    expect(planItem(item({ postPassword: 'سر' }), context, 'ar')).toMatchObject({
      kind: 'article',
      publish: false,
      data: { originalPublishedAt: '2024-07-27T09:30:00.000Z' },
      notes: [{ code: 'password-protected', detail: 'the post was password-protected on the old site: imported as a draft' }],
    });
    expect(planItem(item({}), context, 'ar')).toMatchObject({ publish: true, notes: [] });
  });

  it.each([
    [{ status: 'private' }, 'private'],
    [{ status: 'trash' }, 'trash'],
    [{ postType: 'page' }, 'page'],
    [{ postType: 'nav_menu_item' }, 'nav_menu_item'],
    [{ postType: 'attachment', status: 'inherit' }, 'attachment'],
    [{ postType: 'wp_block' }, 'other-type'],
  ])('skips %j with the reason %s', (patch, reason) => {
    expect(planItem(item(patch as Partial<WxrItem>), context, 'ar')).toMatchObject({ kind: 'skip', reason });
  });

  it('takes the post types it is given, a theme’s own or pages, and skips the others with their type', () => {
    const withTypes = { ...context, postTypes: new Set(['post', 'news', 'page']) };
    expect(planItem(item({ postType: 'news' }), withTypes, 'ar')).toMatchObject({ kind: 'article', publish: true });
    expect(planItem(item({ postType: 'page' }), withTypes, 'ar')).toMatchObject({ kind: 'article' });
    expect(planItem(item({ postType: 'video' }), withTypes, 'ar')).toMatchObject({ kind: 'skip', reason: 'other-type', detail: 'post type "video": not among the post types imported (post, news, page)' });
    // Without the option: WordPress's posts only.
    expect(planItem(item({ postType: 'news' }), context, 'ar')).toMatchObject({ kind: 'skip', reason: 'other-type' });
    // A chosen type's item is still skipped for its status.
    expect(planItem(item({ postType: 'news', status: 'trash' }), withTypes, 'ar')).toMatchObject({ kind: 'skip', reason: 'trash' });
  });

  it.each([
    ['post', null],
    ['news', null],
    ['page', null],
    ['opinion_piece-2', null],
    ['attachment', 'WordPress keeps'],
    ['nav_menu_item', 'WordPress keeps'],
    ['revision', 'WordPress keeps'],
    ['wp_block', 'WordPress keeps'],
    ['News', 'not a WordPress post type'],
    ['أخبار', 'not a WordPress post type'],
    ['a'.repeat(21), 'not a WordPress post type'],
    ['', 'not a WordPress post type'],
  ])('judges %p as a post type to import: %p', (name, problem) => {
    const found = postTypeProblem(name);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('takes, from a multilingual site (Polylang’s language terms), only the posts in the import’s locale', () => {
    const inLanguage = (code: string) => item({ terms: [{ domain: 'language', nicename: code, name: code === 'ar' ? 'العربية' : 'English' }, { domain: 'post_translations', nicename: 'pll_1', name: 'pll_1' }] });
    // Its translation group goes with it (the other languages' versions are the same article's locales); no language term becomes a keyword.
    expect(planItem(inLanguage('ar'), context, 'ar')).toMatchObject({ kind: 'article', data: { keywords: [] }, translationGroup: 'pll_1' });
    expect(planItem(inLanguage('ar'), context, 'ar-SA')).toMatchObject({ kind: 'article' });
    expect(planItem(inLanguage('en'), context, 'ar')).toMatchObject({ kind: 'skip', reason: 'other-language', detail: 'in "en" (the site\'s multilingual plugin), not in the import\'s locale "ar"' });
    expect(planItem(inLanguage('pt-br'), context, 'pt')).toMatchObject({ kind: 'article' });
    // A site without languages: every post is the import's, in no translation group.
    expect(planItem(item({}), context, 'en')).toMatchObject({ kind: 'article', translationGroup: null });
    // A group that is no Polylang key is none.
    expect(planItem(item({ terms: [{ domain: 'post_translations', nicename: 'pll 1<x>', name: '' }] }), context, 'en')).toMatchObject({ translationGroup: null });
  });

  it('takes, from a WPML site (its export add-on’s language and group meta), only the posts in the import’s locale, grouped per site', () => {
    const wpml = (code: string, group = '12') => item({ meta: { _wpml_import_language_code: code, _wpml_import_translation_group: group } });
    const site = { ...context, site: 'https://thunaei.example' };
    const ar = planItem(wpml('ar'), site, 'ar');
    const en = planItem(wpml('en'), site, 'en');
    expect(ar).toMatchObject({ kind: 'article', translationGroup: expect.stringMatching(/^wpml_[A-Za-z0-9_-]{32}$/) });
    // One story's languages: one group; another story, or the same number on another site: another group.
    expect(en.kind === 'article' && ar.kind === 'article' && en.translationGroup === ar.translationGroup).toBe(true);
    expect(planItem(wpml('ar', '13'), site, 'ar')).not.toMatchObject({ translationGroup: (ar as { translationGroup: string }).translationGroup });
    expect(planItem(wpml('ar'), { ...context, site: 'https://other.example' }, 'ar')).not.toMatchObject({ translationGroup: (ar as { translationGroup: string }).translationGroup });
    expect(planItem(wpml('en'), site, 'ar')).toMatchObject({ kind: 'skip', reason: 'other-language', detail: 'in "en" (the site\'s multilingual plugin), not in the import\'s locale "ar"' });
    expect(planItem(wpml('pt-br'), site, 'pt')).toMatchObject({ kind: 'article' });
    // Polylang's terms first, where both are written; empty meta is no language and no group.
    const both = item({ terms: [{ domain: 'language', nicename: 'ar', name: 'العربية' }, { domain: 'post_translations', nicename: 'pll_9', name: 'pll_9' }], meta: { _wpml_import_language_code: 'en', _wpml_import_translation_group: '12' } });
    expect(planItem(both, site, 'ar')).toMatchObject({ kind: 'article', translationGroup: 'pll_9' });
    expect(planItem(item({ meta: { _wpml_import_language_code: ' ', _wpml_import_translation_group: '' } }), site, 'en')).toMatchObject({ kind: 'article', translationGroup: null });
  });

  it('refuses an item without a post id (reported as an error by the import)', () => {
    expect(() => planItem(item({ postId: null }), context, 'ar')).toThrow('no wp:post_id');
  });

  it('keeps the old address as a URL in its standard form, and none that is not an http(s) URL (reported: no redirect)', () => {
    const plan = (link: string) => planItem(item({ link }), context, 'ar') as Extract<ReturnType<typeof planItem>, { kind: 'article' }>;
    expect(plan(' https://S.example/2024/07/مالي/ ').link).toBe('https://s.example/2024/07/%D9%85%D8%A7%D9%84%D9%8A/');
    // A line break pasted into the address (a header or config line in a redirect map) does not survive.
    expect(plan('https://s.example/a\r\nLocation: https://evil.example/').link).toBe('https://s.example/aLocation:%20https://evil.example/');
    const refused: [string, string][] = [
      ['javascript:alert(1)', '"javascript:alert(1)" is not an http(s) URL'],
      ['ftp://s.example/a', '"ftp://s.example/a" is not an http(s) URL'],
      ['=HYPERLINK("https://evil.example")', '"=HYPERLINK("https://evil.example")" is not an absolute URL'],
      ['/relative/path', '"/relative/path" is not an absolute URL'],
      // The reason names the host, never the credentials: the report is shown to editors.
      ['https://user:secret@s.example/a', 'the address on s.example carries a user name or password'],
    ];
    for (const [link, problem] of refused) {
      const planned = plan(link);
      expect([link, planned.link]).toEqual([link, '']);
      expect(planned.notes).toContainEqual({ code: 'link-invalid', detail: `the post's address: ${problem}; no redirect for it` });
    }
    expect(plan('').notes.map((n) => n.code)).not.toContain('link-invalid');
  });

  it('reads titles, category and tag names and author names as the old site showed them: WordPress stores them as HTML', () => {
    const plan = planItem(
      item({
        title: ' CNN &amp; BBC:\n&#8220;مسؤول&#8221; <em>يتحدث</em> عن الأرباح < 5%',
        creator: 'desk',
        terms: [
          { domain: 'category', nicename: 'news', name: 'أخبار &amp; تقارير' },
          { domain: 'post_tag', nicename: 'qa', name: 'Q&amp;A' },
          { domain: 'post_tag', nicename: 'cnn', name: 'CNN' },
        ],
      }),
      { authors: new Map([['desk', 'مكتب &quot;الخليج&quot;']]) },
      'ar'
    );
    expect(plan).toMatchObject({
      kind: 'article',
      data: { title: 'CNN & BBC: “مسؤول” يتحدث عن الأرباح < 5%', section: 'أخبار & تقارير', keywords: ['Q&A', 'CNN'], byline: 'مكتب "الخليج"' },
    });
  });

  it('hashes the source with the locale: a changed field or another locale is another import', () => {
    expect(itemHash(item({}), 'ar')).toBe(itemHash(item({}), 'ar'));
    expect(itemHash(item({ content: '<p>نص آخر</p>' }), 'ar')).not.toBe(itemHash(item({}), 'ar'));
    expect(itemHash(item({}), 'en')).not.toBe(itemHash(item({}), 'ar'));
  });

  it('changes the hash of an unchanged post when what it takes from the rest of the export changed: its author’s name, a category’s', () => {
    const hash = (ctx: Parameters<typeof planItem>[1], meta: Record<string, string> = {}) => {
      const plan = planItem(item({ terms: [{ domain: 'category', nicename: 'africa', name: 'أفريقيا' }, { domain: 'category', nicename: 'akhbar', name: 'أخبار' }], meta }), ctx, 'ar');
      return plan.kind === 'article' ? plan.hash : null;
    };
    expect(hash(context)).toBe(hash({ authors: new Map([['editor', 'فريق التحرير']]) }));
    // The author's display name corrected in the site's user list (wp:author), the post itself untouched.
    expect(hash({ authors: new Map([['editor', 'فريق التحرير والأخبار']]) })).not.toBe(hash(context));
    // The primary category's record (wp:category) now names another term of the post: another section.
    const primary = { _yoast_wpseo_primary_category: '3' };
    expect(hash({ ...context, categories: new Map([[3, 'akhbar']]) }, primary)).not.toBe(hash({ ...context, categories: new Map([[3, 'africa']]) }, primary));
  });
});

describe('wxrDate / decodeSlug', () => {
  it('reads WordPress dates as UTC and its empty date as none', () => {
    expect(wxrDate('2024-07-27 09:30:00')).toBe('2024-07-27T09:30:00.000Z');
    expect(wxrDate('0000-00-00 00:00:00')).toBeNull();
    expect(wxrDate('yesterday')).toBeNull();
  });

  it('decodes percent-encoded Unicode slugs and keeps a malformed one as written', () => {
    expect(decodeSlug('%d9%88%d9%81%d9%8a-%d9%85%d8%a7%d9%84%d9%8a')).toBe('وفي-مالي');
    expect(decodeSlug('100%-sure')).toBe('100%-sure');
    expect(decodeSlug('  ')).toBeNull();
  });
});
