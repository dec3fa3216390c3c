/**
 * A streaming reader of WordPress eXtended RSS (WXR 1.0–1.2, what Tools → Export writes): the
 * export goes through `saxes` chunk by chunk and comes out as one author or one item at a time,
 * so memory holds one chunk and one item whatever the file's size. Fields may be CDATA or plain
 * text (both are text to the parser). Pure: no Strapi import.
 */
import { SaxesParser } from 'saxes';
import { TextDecoder } from 'util';

/** A `<wp:author>` of the channel: who `dc:creator` (the author's login) names. */
export interface WxrAuthor {
  login: string;
  displayName: string;
}

/** A `<category>` of an item: `domain` is `category` (→ section) or `post_tag` (→ keywords). */
export interface WxrTerm {
  domain: string;
  nicename: string;
  name: string;
}

/** A category of the site (a channel-level `<wp:category>`): what a post's SEO plugin names by id as its primary category. */
export interface WxrCategory {
  termId: number;
  nicename: string;
}

/** One `<item>`: a post, page, attachment, menu item…, its fields as the export wrote them. */
export interface WxrItem {
  title: string;
  link: string;
  guid: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: number | null;
  postDate: string;
  postDateGmt: string;
  postName: string;
  status: string;
  /** The post's password (`wp:post_password`): '' for a post anyone could read. */
  postPassword: string;
  postType: string;
  /** `wp:comment_status`: `open` or `closed` ('' when the export does not say). */
  commentStatus: string;
  postParent: number | null;
  attachmentUrl: string;
  terms: WxrTerm[];
  meta: Record<string, string>;
  comments: number;
  /** Fields cut because they exceeded `maxFieldLength` (the item is still read, to be reported). */
  oversized: string[];
}

export type WxrEvent =
  | { kind: 'version'; version: string }
  /** The exported site's address (`wp:base_site_url`, in the channel's head): what a multilingual plugin's numeric translation groups belong to. */
  | { kind: 'site'; url: string }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'category'; category: WxrCategory }
  | { kind: 'item'; item: WxrItem };

export interface WxrReadOptions {
  /** Longest field kept, in UTF-16 units; beyond it the field is cut and named in `oversized` (memory stays bounded). */
  maxFieldLength?: number;
}

/** The field an item's element fills, by its qualified name (WXR uses fixed prefixes). */
const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_name': 'postName',
  'wp:status': 'status',
  'wp:post_password': 'postPassword',
  'wp:post_type': 'postType',
  'wp:comment_status': 'commentStatus',
  'wp:post_parent': 'postParent',
  'wp:attachment_url': 'attachmentUrl',
};

const AUTHOR_FIELDS: Record<string, keyof WxrAuthor> = { 'wp:author_login': 'login', 'wp:author_display_name': 'displayName' };
const CATEGORY_FIELDS: Record<string, 'termId' | 'nicename'> = { 'wp:term_id': 'termId', 'wp:category_nicename': 'nicename' };

/** Thrown when the input is not a WXR export: the caller answers 400 naming the file. */
export class WxrFormatError extends Error {}

function newItem(): WxrItem {
  return {
    title: '', link: '', guid: '', creator: '', content: '', excerpt: '', postId: null, postDate: '', postDateGmt: '', postName: '',
    status: '', postPassword: '', postType: '', commentStatus: '', postParent: null, attachmentUrl: '', terms: [], meta: {}, comments: 0, oversized: [],
  };
}

/** Bytes at most looked at for the XML declaration (it is the file's first line, some 40 bytes in practice). */
export const DECLARATION_BYTES = 1024;

/**
 * The character encoding of an export, from its first bytes (`head`, at least the XML declaration or
 * DECLARATION_BYTES): a byte order mark (UTF-8, UTF-16), else the XML declaration's `encoding`,
 * else UTF-8 (XML 1.0 §4.3.3). WordPress writes its export in the site's charset (`blog_charset`)
 * and declares it, so an Arabic site of the 2000s may well send `windows-1256` or `ISO-8859-6`.
 * The label is resolved by the WHATWG Encoding Standard's decoder (TextDecoder), so every name and
 * alias it knows is read; a label it does not know is a problem for the caller to report.
 */
export function exportEncoding(head: Uint8Array): { encoding: string } | { problem: string } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8' };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le' };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be' };
  // The declaration is ASCII in every encoding a WXR file can be in without a byte order mark.
  const text = Buffer.from(head.subarray(0, DECLARATION_BYTES)).toString('latin1');
  if (!text.startsWith('<?xml')) return { encoding: 'utf-8' };
  const end = text.indexOf('?>');
  const declared = /\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]{0,39})\1/.exec(end < 0 ? text : text.slice(0, end));
  if (!declared) return { encoding: 'utf-8' };
  try {
    return { encoding: new TextDecoder(declared[2]).encoding };
  } catch {
    return { problem: `declares the character encoding "${declared[2]}", which is not one the import can read (a WHATWG Encoding Standard label, such as UTF-8 or windows-1256)` };
  }
}

const toId = (text: string): number | null => (/^\d{1,15}$/.test(text.trim()) ? Number(text.trim()) : null);

/**
 * Events of a WXR export read from `chunks` (a file stream, a string…), in document order.
 * Throws `WxrFormatError` when the XML is malformed or its root is not an RSS channel with
 * WordPress's namespace.
 */
export async function* readWxr(chunks: AsyncIterable<string | Buffer> | Iterable<string | Buffer>, options: WxrReadOptions = {}): AsyncGenerator<WxrEvent> {
  const maxField = options.maxFieldLength ?? 16 * 1024 * 1024;
  const parser = new SaxesParser({ xmlns: false, position: false });
  const ready: WxrEvent[] = [];
  const path: string[] = [];
  let isWxr = false;
  let item: WxrItem | null = null;
  let author: Partial<WxrAuthor> | null = null;
  let category: { termId?: string; nicename?: string } | null = null;
  let term: WxrTerm | null = null;
  let metaKey: string | null = null;
  let metaValue: string | null = null;
  // The text of the element being read: pieces, joined once at its end (no quadratic concatenation).
  let text: string[] = [];
  let textLength = 0;
  let cut = false;
  let failure: Error | null = null;

  const take = (piece: string) => {
    if (textLength >= maxField) {
      cut = true;
      return;
    }
    const room = maxField - textLength;
    if (piece.length > room) cut = true;
    const kept = piece.length > room ? piece.slice(0, room) : piece;
    text.push(kept);
    textLength += kept.length;
  };

  parser.on('opentag', (tag) => {
    const name = tag.name;
    path.push(name);
    text = [];
    textLength = 0;
    cut = false;
    if (path.length === 1) {
      if (name !== 'rss') failure = new WxrFormatError(`the root element is <${name}>, not <rss>: not a WordPress export (WXR)`);
      isWxr = Object.keys(tag.attributes).some((key) => key === 'xmlns:wp');
      if (!isWxr && !failure) failure = new WxrFormatError('the <rss> root declares no WordPress namespace (xmlns:wp): not a WordPress export (WXR)');
    } else if (name === 'item') {
      item = newItem();
    } else if (name === 'wp:author' && !item) {
      author = {};
    } else if (name === 'wp:category' && !item) {
      category = {};
    } else if (name === 'category' && item) {
      const attrs = tag.attributes as Record<string, string>;
      term = { domain: attrs.domain ?? 'category', nicename: attrs.nicename ?? '', name: '' };
    } else if (name === 'wp:comment' && item) {
      item.comments += 1;
    }
  });

  parser.on('text', take);
  parser.on('cdata', take);

  parser.on('closetag', (tag) => {
    const name = tag.name;
    const value = text.join('');
    const inComment = path.includes('wp:comment');
    path.pop();
    if (name === 'wp:wxr_version') {
      ready.push({ kind: 'version', version: value.trim() });
    } else if (name === 'wp:base_site_url' && !item) {
      ready.push({ kind: 'site', url: value.trim() });
    } else if (author && name in AUTHOR_FIELDS) {
      author[AUTHOR_FIELDS[name]] = value.trim();
    } else if (category && name in CATEGORY_FIELDS) {
      category[CATEGORY_FIELDS[name]] = value.trim();
    } else if (category && name === 'wp:category') {
      const termId = toId(category.termId ?? '');
      if (termId !== null && category.nicename) ready.push({ kind: 'category', category: { termId, nicename: category.nicename } });
      category = null;
    } else if (author && name === 'wp:author') {
      if (author.login) ready.push({ kind: 'author', author: { login: author.login, displayName: author.displayName || author.login } });
      author = null;
    } else if (item && name === 'item') {
      ready.push({ kind: 'item', item });
      item = null;
    } else if (item && term && name === 'category') {
      term.name = value.trim();
      item.terms.push(term);
      term = null;
    } else if (item && !inComment && name === 'wp:meta_key') {
      metaKey = value.trim();
    } else if (item && !inComment && name === 'wp:meta_value') {
      metaValue = value;
    } else if (item && !inComment && name === 'wp:postmeta') {
      if (metaKey) item.meta[metaKey] = metaValue ?? '';
      metaKey = null;
      metaValue = null;
    } else if (item && !inComment && path[path.length - 1] === 'item' && name in ITEM_FIELDS) {
      const field = ITEM_FIELDS[name];
      if (cut) item.oversized.push(field);
      if (field === 'postId' || field === 'postParent') (item as unknown as Record<string, unknown>)[field] = toId(value);
      else (item as unknown as Record<string, unknown>)[field] = field === 'content' || field === 'excerpt' ? value : value.trim();
    }
    text = [];
    textLength = 0;
  });

  parser.on('error', (error) => {
    failure ??= new WxrFormatError(`not well-formed XML: ${error.message}`);
  });

  // Bytes are decoded in the export's own encoding (exportEncoding), known once its first bytes are in; a
  // character split between two chunks is joined by the streaming decoder, never read as two bad halves.
  let decoder: TextDecoder | null = null;
  let head: Buffer[] = [];
  let headLength = 0;
  const decoded = (bytes: Buffer | null): string => {
    if (!decoder) {
      if (bytes) {
        head.push(bytes);
        headLength += bytes.length;
      }
      const start = Buffer.concat(head);
      // The declaration is read whole before the encoding is chosen (unless the file is shorter).
      if (bytes && headLength < DECLARATION_BYTES && !start.includes('?>')) return '';
      const found = exportEncoding(start);
      if ('problem' in found) throw new WxrFormatError(`the export ${found.problem}`);
      decoder = new TextDecoder(found.encoding);
      head = [];
      return decoder.decode(start, { stream: bytes !== null });
    }
    return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
  };
  for await (const chunk of chunks) {
    parser.write(typeof chunk === 'string' ? chunk : decoded(chunk));
    if (failure) throw failure;
    while (ready.length > 0) yield ready.shift()!;
  }
  const rest = decoded(null);
  if (rest) parser.write(rest);
  parser.close();
  if (failure) throw failure;
  if (!isWxr) throw new WxrFormatError('the file is empty: not a WordPress export (WXR)');
  while (ready.length > 0) yield ready.shift()!;
}
