import type { ArticleDetail, ReuseResponse } from '../types/api';
import { LICENSE_NOTICES, attributionHtml, attributionText, noticeIn } from './attribution';
import { republishHtml } from './republish';

/** Block components whose text goes into a republish package; media, embeds and internal links stay out. */
const TEXT_BLOCKS = new Set(['newsroom.paragraph', 'newsroom.intertitle', 'newsroom.quote']);

/** The reuse answer for an article a partner may republish. */
export function reusePackage(article: ArticleDetail, publisherName: string): ReuseResponse['data'] {
  const { rights } = article;
  const attribution = { title: article.title, lang: article.lang, url: article.url, publisherName, rights };
  const html = attributionHtml(attribution);
  const notices = [
    !rights.license.allowsDerivatives ? LICENSE_NOTICES.noDerivatives : null,
    // Without a public licence, commercial terms are the agreement's business, not a notice's.
    rights.license.grantsPublicReuse && !rights.license.allowsCommercial ? LICENSE_NOTICES.nonCommercial : null,
    rights.license.requiresShareAlike ? LICENSE_NOTICES.shareAlike : null,
  ]
    .filter((n): n is Record<string, string> => n !== null)
    .map((n) => noticeIn(n, article.lang));
  return {
    article: { documentId: article.documentId, slug: article.slug, title: article.title, lang: article.lang, dir: article.dir, url: article.url },
    license: rights.license,
    allowsDerivatives: rights.license.allowsDerivatives,
    attribution: { text: attributionText(attribution), html },
    notices,
    html: republishHtml({
      title: article.title,
      standfirst: article.standfirst,
      lang: article.lang,
      dir: article.dir,
      blocks: article.body.filter((b) => TEXT_BLOCKS.has(b.__component)).map((b) => ('html' in b ? b.html : '')),
      canonicalUrl: article.url,
      attributionHtml: html,
      notices,
    }),
  };
}
