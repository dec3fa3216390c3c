/**
 * A synthetic WordPress export (WXR 1.2) of Arabic news posts, written to a file as a stream: memory
 * holds one post whatever the export's size. Text from bench/related/synthetic.ts (topics with their
 * own vocabulary, Zipf-like words); classic and block-editor content in turn; one category (the
 * section) and 2–4 tags; read-also lines pointing at earlier and later posts, by permalink and by
 * `?p=id`; percent-encoded Arabic slugs; about 5% drafts.
 */
import fs from 'fs';
import { once } from 'events';
import { random, reseed, syntheticArticle, syntheticParagraph } from '../related/synthetic';

export interface ExportShape {
  /** The site's origin: two exports of one run use two sites, so their posts are distinct. */
  site: string;
  /** Post ids first … first + posts − 1. */
  first: number;
  posts: number;
}

const escapeCdata = (text: string) => text.replaceAll(']]>', ']]]]><![CDATA[>');
const cdata = (text: string) => `<![CDATA[${escapeCdata(text)}]]>`;
/** WordPress's form of a Unicode slug: percent-encoded UTF-8, lower-case hex. */
const encodeSlug = (slug: string) => encodeURIComponent(slug).replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());

/** Post `id`'s title, slug and permalink: a function of its id, so any post can link to any other before it is written. */
function identity(shape: ExportShape, id: number) {
  reseed(id * 2 + 1);
  const a = syntheticArticle(id, id % 60);
  // The slug WordPress would make: the title's first words joined by dashes, made unique by the id.
  const slug = `${a.title.split(' ').slice(0, 5).join('-')}-${id}`;
  const date = new Date(Date.UTC(2020, 0, 1) + id * 3_600_000);
  const day = date.toISOString().slice(0, 10).replaceAll('-', '/');
  return { title: a.title, slug, link: `${shape.site}/${day}/${encodeSlug(slug)}/`, date };
}

const READ_ALSO = ['إقرأ أيضاً |', 'اقرأ أيضا:', 'أنظر أيضا |'];

/** Post `id` as its WXR `<item>`. */
export function postItem(shape: ExportShape, id: number): string {
  const me = identity(shape, id);
  // Read-also lines: one post in three has none; the others point back or forward (a post not yet written when this one is).
  const targetId = id % 3 === 1 ? null : id % 3 === 0 ? Math.max(shape.first, id - 1 - (id % 50)) : Math.min(shape.first + shape.posts - 1, id + 1 + (id % 50));
  const target = targetId !== null && targetId !== id ? identity(shape, targetId) : null;
  reseed(id * 2);
  const a = syntheticArticle(id, id % 60);
  const block = id % 2 === 0;
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 9) }, () => syntheticParagraph(a.topic));
  const parts: string[] = [];
  paragraphs.forEach((text, i) => {
    // Some words bold, as editors write them.
    const words = text.split(' ');
    if (words.length > 8) words[3] = `<strong>${words[3]}</strong>`;
    const html = words.join(' ');
    parts.push(block ? `<!-- wp:paragraph -->\n<p>${html}</p>\n<!-- /wp:paragraph -->` : html);
    if (i === 1) {
      const heading = syntheticParagraph(a.topic).split(' ').slice(0, 6).join(' ');
      parts.push(block ? `<!-- wp:heading -->\n<h2 class="wp-block-heading">${heading}</h2>\n<!-- /wp:heading -->` : `<h2>${heading}</h2>`);
    }
    if (i === 2 && target) {
      const href = id % 2 === 0 ? target.link : `${shape.site}/?p=${targetId}`;
      const line = `${READ_ALSO[id % READ_ALSO.length]} <a href="${href}">${target.title}</a>`;
      parts.push(block ? `<!-- wp:paragraph -->\n<p>${line}</p>\n<!-- /wp:paragraph -->` : line);
    }
  });
  const content = parts.join('\n\n');
  const draft = id % 20 === 7;
  const tags = a.keywords.map((k) => `\t\t<category domain="post_tag" nicename="${encodeSlug(k)}">${cdata(k)}</category>`).join('\n');
  const wpDate = me.date.toISOString().slice(0, 19).replace('T', ' ');
  return `\t<item>
\t\t<title>${cdata(me.title)}</title>
\t\t<link>${me.link}</link>
\t\t<dc:creator>${cdata(id % 3 === 0 ? 'reporter' : 'editor')}</dc:creator>
\t\t<guid isPermaLink="false">${shape.site}/?p=${id}</guid>
\t\t<description></description>
\t\t<content:encoded>${cdata(content)}</content:encoded>
\t\t<excerpt:encoded>${cdata(id % 4 === 0 ? '' : a.standfirst)}</excerpt:encoded>
\t\t<wp:post_id>${id}</wp:post_id>
\t\t<wp:post_date>${cdata(wpDate)}</wp:post_date>
\t\t<wp:post_date_gmt>${cdata(draft ? '0000-00-00 00:00:00' : wpDate)}</wp:post_date_gmt>
\t\t<wp:comment_status>${cdata('open')}</wp:comment_status>
\t\t<wp:post_name>${cdata(draft ? '' : encodeSlug(me.slug))}</wp:post_name>
\t\t<wp:status>${cdata(draft ? 'draft' : 'publish')}</wp:status>
\t\t<wp:post_parent>0</wp:post_parent>
\t\t<wp:post_type>${cdata('post')}</wp:post_type>
\t\t<category domain="category" nicename="${encodeSlug(a.section)}">${cdata(a.section)}</category>
${tags}
\t</item>
`;
}

/** The channel's head: namespaces, site, the two authors. */
function head(shape: ExportShape): string {
  return `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>أخبار اليوم</title>
\t<link>${shape.site}</link>
\t<language>ar</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>${shape.site}</wp:base_site_url>
\t<wp:base_blog_url>${shape.site}</wp:base_blog_url>
\t<wp:author><wp:author_id>1</wp:author_id><wp:author_login>${cdata('editor')}</wp:author_login><wp:author_display_name>${cdata('فريق التحرير')}</wp:author_display_name></wp:author>
\t<wp:author><wp:author_id>2</wp:author_id><wp:author_login>${cdata('reporter')}</wp:author_login><wp:author_display_name>${cdata('سارة المراسلة')}</wp:author_display_name></wp:author>
`;
}

/** Writes the export to `file`, a post at a time (waiting for the stream to drain). Returns its size in bytes. */
export async function writeExport(file: string, shape: ExportShape): Promise<number> {
  const out = fs.createWriteStream(file);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(head(shape));
  for (let id = shape.first; id < shape.first + shape.posts; id += 1) await write(postItem(shape, id));
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
  return fs.statSync(file).size;
}
