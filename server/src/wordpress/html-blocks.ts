/**
 * WordPress post HTML (after auto-paragraphs, or a block's inner HTML) as the plugin's body blocks.
 * Media and read-also links come out as pending blocks the import resolves (upload, target lookup).
 * What has no equivalent is kept as readable text and noted, never dropped silently. Pure.
 */
import type { LinkKind } from '../../../content-types/blocks';
import { attr, findAll, hasClass, isElement, isText, parseFragment, type HtmlElement, type HtmlNode } from './html-tree';
import { followableUrl, inlineNodes, plainText, textOf, type InlineNode } from './inline';
import { readAlsoLine } from './read-also';

/** A rich-text block of a paragraph component: a paragraph or a list. */
export type RichBlock =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: { type: 'list-item'; children: InlineNode[] }[] };

/** A body block as converted; `media` and `read-also` are resolved by the import before writing. */
export type ConvertedBlock =
  | { __component: 'newsroom.paragraph'; text: RichBlock[] }
  | { __component: 'newsroom.intertitle'; text: string }
  | { __component: 'newsroom.quote'; text: string; attribution: string | null }
  | { __component: 'newsroom.embed'; url: string; caption: string | null }
  /** `attachment`: an image of a `[gallery]`, by the export's attachment id (`post`: the post's own attached images); `src` is then ''. */
  | { pending: 'media'; src: string; alt: string; caption: string | null; link: InlineNode[]; attachment?: number | 'post' }
  | { pending: 'read-also'; kind: LinkKind; href: string | null; title: string; original: RichBlock[] };

/** Something the conversion could not carry over as is: what, and how it was kept. */
export interface ConvertNote {
  code: 'kept-as-text' | 'dropped' | 'shortened' | 'link-invalid' | 'password-protected';
  detail: string;
}

export interface Converted {
  blocks: ConvertedBlock[];
  notes: ConvertNote[];
}

/** Containers deeper than this are read as text: no editor nests so deep, and it bounds the recursion. */
const MAX_NESTING = 40;
const LIMITS = { intertitle: 300, quote: 2000, attribution: 300, caption: 500, embedUrl: 2048 } as const;

/** Elements whose content is read as blocks in their place. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'center', 'body', 'html', 'figure', 'picture']);
/** Elements that are inline content (gathered into a paragraph). */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'ins', 'del', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMBEDS = new Set(['iframe', 'video', 'audio', 'embed', 'object']);
/** Never content: dropped with a note. */
const NOT_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'form', 'input', 'button', 'select', 'textarea']);
/** Providers WordPress embeds from a URL alone on its line (oEmbed). */
const OEMBED_HOSTS = /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com|youtu\.be|vimeo\.com|twitter\.com|x\.com|instagram\.com|facebook\.com|soundcloud\.com|open\.spotify\.com|tiktok\.com|dailymotion\.com)\//i;

/** Where an <img> may hold its file, in order: its source, then lazy-loading plugins' attributes (a `data:` placeholder skipped). */
const LAZY_SOURCES = ['src', 'data-src', 'data-lazy-src', 'data-original', 'data-orig-file'];

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);
const paragraphOf = (children: InlineNode[]): ConvertedBlock => ({ __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children }] });
const inlineText = (nodes: InlineNode[]): string => nodes.map((n) => (n.type === 'text' ? n.text : inlineText(n.children))).join('');

/** Convert a fragment of post HTML. */
export function htmlToBlocks(html: string): Converted {
  const converter = new Converter();
  converter.blocks(parseFragment(html));
  converter.flush();
  return { blocks: converter.out, notes: converter.notes };
}

class Converter {
  out: ConvertedBlock[] = [];
  notes: ConvertNote[] = [];
  private loose: HtmlNode[] = [];
  private depth = 0;

  /** Inline content met between blocks becomes one paragraph. */
  flush(): void {
    if (this.loose.length === 0) return;
    const nodes = this.loose;
    this.loose = [];
    this.paragraph(nodes);
  }

  blocks(nodes: readonly HtmlNode[]): void {
    for (const node of nodes) {
      if (isText(node)) {
        if (node.data.trim() !== '' || this.loose.length > 0) this.loose.push(node);
      } else if (isElement(node)) {
        if (INLINE.has(node.name) && !this.hasBlockInside(node)) this.loose.push(node);
        else {
          this.flush();
          this.element(node);
        }
      }
    }
  }

  private hasBlockInside(node: HtmlElement): boolean {
    return findAll(node.children, (e) => e.name === 'img' || EMBEDS.has(e.name) || (!INLINE.has(e.name) && e.name !== 'br')).length > 0;
  }

  private element(node: HtmlElement): void {
    const tag = node.name;
    if (tag === 'p') this.paragraph(node.children);
    else if (HEADINGS.has(tag)) this.heading(node);
    else if (tag === 'blockquote') this.blockquote(node);
    else if (tag === 'figure') this.figure(node);
    else if (tag === 'img') this.image(node, null, []);
    else if (EMBEDS.has(tag)) this.embed(node, null);
    else if (tag === 'ul' || tag === 'ol') this.list(node);
    else if (tag === 'hr') this.notes.push({ code: 'dropped', detail: 'a horizontal rule (<hr>): the plugin separates blocks itself' });
    else if (NOT_CONTENT.has(tag)) this.notes.push({ code: 'dropped', detail: `<${tag}>: not article content` });
    else if ((CONTAINERS.has(tag) || INLINE.has(tag)) && this.depth < MAX_NESTING) {
      this.depth += 1;
      this.blocks(node.children);
      this.flush();
      this.depth -= 1;
    } else this.asText(node);
  }

  /** A paragraph: images and embeds in it become their own blocks; a read-also line becomes pending. */
  private paragraph(children: readonly HtmlNode[]): void {
    for (const skipped of findAll(children, (e) => NOT_CONTENT.has(e.name))) this.notes.push({ code: 'dropped', detail: `<${skipped.name}>: not article content` });
    const media = findAll(children, (e) => e.name === 'img' || EMBEDS.has(e.name));
    if (media.length > 0) {
      // Text beside an image stays a paragraph before it; the image follows.
      const rest = inlineNodes(withoutElements(children, new Set(media)));
      if (rest.length > 0 && inlineText(rest).trim() !== '') this.out.push(paragraphOf(rest));
      for (const element of media) {
        if (element.name === 'img') this.image(element, null, linkAround(children, element));
        else this.embed(element, null);
      }
      return;
    }
    const inline = inlineNodes(children);
    if (inline.length === 0) return;
    const text = inlineText(inline);
    const url = text.trim();
    if (inline.length <= 1 && OEMBED_HOSTS.test(url) && !/\s/.test(url)) {
      this.out.push({ __component: 'newsroom.embed', url: cut(url, LIMITS.embedUrl), caption: null });
      return;
    }
    const line = readAlsoLine(text);
    const links = inline.filter((n): n is Extract<InlineNode, { type: 'link' }> => n.type === 'link');
    if (line && links.length <= 1) {
      this.out.push({ pending: 'read-also', kind: line.kind, href: links[0]?.url ?? null, title: links[0] ? inlineText(links[0].children).trim() : line.title, original: [{ type: 'paragraph', children: inline }] });
      return;
    }
    this.out.push(paragraphOf(inline));
  }

  private heading(node: HtmlElement): void {
    const text = plainText(node.children);
    if (!text) return;
    if (text.length > LIMITS.intertitle) {
      this.notes.push({ code: 'kept-as-text', detail: `a <${node.name}> longer than ${LIMITS.intertitle} characters, kept as a paragraph` });
      this.out.push(paragraphOf([{ type: 'text', text, bold: true }]));
    } else this.out.push({ __component: 'newsroom.intertitle', text });
  }

  private blockquote(node: HtmlElement): void {
    // Social embeds arrive as a blockquote holding the post's link (the script that renders it is dropped).
    if (hasClass(node, 'twitter-tweet') || hasClass(node, 'instagram-media') || hasClass(node, 'tiktok-embed')) {
      const links = findAll(node.children, (e) => e.name === 'a' && !!followableUrl(attr(e, 'href')));
      const url = attr(node, 'data-instgrm-permalink') ?? attr(node, 'cite') ?? links[links.length - 1]?.attribs.href;
      if (url && /^https?:/i.test(url)) {
        this.out.push({ __component: 'newsroom.embed', url: cut(url, LIMITS.embedUrl), caption: plainText(node.children).slice(0, LIMITS.caption) || null });
        return;
      }
    }
    const cites = new Set(findAll(node.children, (e) => e.name === 'cite' || e.name === 'footer'));
    const attribution = [...cites].map((c) => plainText(c.children)).filter(Boolean).join(' ').replace(/^[—–-]\s*/, '') || null;
    const paragraphs = findAll(node.children, (e) => e.name === 'p' && !insideAny(e, cites));
    const texts = paragraphs.length > 0 ? paragraphs.map((p) => plainText(withoutElements(p.children, cites))) : [plainText(withoutElements(node.children, cites))];
    const text = texts.filter(Boolean).join('\n');
    if (!text) return;
    if (text.length > LIMITS.quote) {
      this.notes.push({ code: 'kept-as-text', detail: `a quote longer than ${LIMITS.quote} characters, kept as paragraphs` });
      for (const t of texts) if (t) this.out.push(paragraphOf([{ type: 'text', text: t, italic: true }]));
      if (attribution) this.out.push(paragraphOf([{ type: 'text', text: `— ${attribution}` }]));
      return;
    }
    if (attribution && attribution.length > LIMITS.attribution) this.notes.push({ code: 'shortened', detail: `a quote attribution cut to ${LIMITS.attribution} characters` });
    this.out.push({ __component: 'newsroom.quote', text, attribution: attribution ? cut(attribution, LIMITS.attribution) : null });
  }

  private figure(node: HtmlElement): void {
    const caption = findAll(node.children, (e) => e.name === 'figcaption')[0];
    const captionText = caption ? plainText(caption.children) || null : null;
    if (hasClass(node, 'wp-block-embed') || findAll(node.children, (e) => hasClass(e, 'wp-block-embed__wrapper')).length > 0) {
      const wrapper = findAll(node.children, (e) => hasClass(e, 'wp-block-embed__wrapper'))[0];
      const url = plainText((wrapper ?? node).children).split(/\s+/)[0];
      if (url && /^https?:\/\//i.test(url)) {
        this.out.push({ __component: 'newsroom.embed', url: cut(url, LIMITS.embedUrl), caption: captionText ? cut(captionText, LIMITS.caption) : null });
        return;
      }
    }
    const images = findAll(node.children, (e) => e.name === 'img');
    const embeds = findAll(node.children, (e) => EMBEDS.has(e.name));
    if (images.length === 1 && embeds.length === 0) return this.image(images[0], captionText, linkAround(node.children, images[0]));
    if (embeds.length === 1 && images.length === 0) return this.embed(embeds[0], captionText);
    // A gallery, a pull quote, anything else: its parts as blocks, the caption as a paragraph.
    this.blocks(withoutElements(node.children, new Set(caption ? [caption] : [])));
    if (captionText) this.out.push(paragraphOf([{ type: 'text', text: captionText, italic: true }]));
  }

  private image(node: HtmlElement, caption: string | null, link: InlineNode[]): void {
    // Lazy-loading markup (pasted from other sites, or stored by a plugin) holds a placeholder in `src`, often a
    // data: URI, and the image in a data attribute.
    const src = LAZY_SOURCES.map((name) => attr(node, name)?.trim()).find((value) => value && !/^data:/i.test(value)) ?? '';
    const alt = (attr(node, 'alt') ?? '').trim();
    // An image of a [gallery] (content.ts expandShortcodes): the import finds its file among the export's attachments.
    const attachment = attr(node, 'data-newsroom-attachment');
    if (!src && attachment && (attachment === 'post' || /^\d{1,15}$/.test(attachment))) {
      this.out.push({ pending: 'media', src: '', alt, caption, link, attachment: attachment === 'post' ? 'post' : Number(attachment) });
      return;
    }
    if (!src) {
      this.notes.push({ code: 'dropped', detail: 'an <img> without a source' });
      return;
    }
    if (caption && caption.length > LIMITS.caption) this.notes.push({ code: 'shortened', detail: `an image caption cut to ${LIMITS.caption} characters` });
    this.out.push({ pending: 'media', src, alt, caption: caption ? cut(caption, LIMITS.caption) : null, link });
  }

  private embed(node: HtmlElement, caption: string | null): void {
    const source = attr(node, 'src') ?? attr(node, 'data') ?? findAll(node.children, (e) => e.name === 'source' && !!attr(e, 'src'))[0]?.attribs.src ?? '';
    const url = source.startsWith('//') ? `https:${source}` : source;
    if (/^https?:\/\//i.test(url) && url.length <= LIMITS.embedUrl) {
      this.out.push({ __component: 'newsroom.embed', url, caption: caption ? cut(caption, LIMITS.caption) : null });
      return;
    }
    this.notes.push({ code: 'kept-as-text', detail: `an <${node.name}> without an http(s) source, kept as a paragraph naming it` });
    this.out.push(paragraphOf([{ type: 'text', text: `[${node.name}${url ? `: ${url}` : ''}]` }]));
  }

  private list(node: HtmlElement): void {
    const items = node.children.filter((c): c is HtmlElement => isElement(c) && c.name === 'li');
    const children = items.map((li) => ({ type: 'list-item' as const, children: inlineNodes(li.children) })).filter((li) => li.children.length > 0);
    if (children.length === 0) return;
    if (findAll(items.flatMap((li) => li.children), (e) => e.name === 'ul' || e.name === 'ol').length > 0) {
      this.notes.push({ code: 'kept-as-text', detail: 'a nested list, flattened into its items' });
    }
    this.out.push({ __component: 'newsroom.paragraph', text: [{ type: 'list', format: node.name === 'ol' ? 'ordered' : 'unordered', children }] });
  }

  /** An element with no equivalent (table, pre, definition list…): its text, line by line, and a note. */
  private asText(node: HtmlElement): void {
    const lines = textOf(node.children).split('\n').map((l) => l.replace(/[ \t\r\f]+/g, ' ').trim()).filter(Boolean);
    if (lines.length === 0) return;
    this.notes.push({ code: 'kept-as-text', detail: `<${node.name}>: no equivalent block, kept as plain text` });
    this.out.push(paragraphOf([{ type: 'text', text: lines.join('\n') }]));
  }
}

/** `nodes` without the given elements (at any depth); only the dropped elements' ancestors are copied. */
function withoutElements(nodes: readonly HtmlNode[], drop: ReadonlySet<HtmlElement>): HtmlNode[] {
  const holding = new Set<HtmlNode>();
  for (const element of drop) for (let at = element.parent as HtmlNode | null; at && !holding.has(at); at = at.parent as HtmlNode | null) holding.add(at);
  const copy = (list: readonly HtmlNode[]): HtmlNode[] =>
    list.filter((n) => !(isElement(n) && drop.has(n))).map((n) => (isElement(n) && holding.has(n) ? ({ ...n, children: copy(n.children) } as HtmlNode) : n));
  return copy(nodes);
}

function insideAny(node: HtmlNode, ancestors: ReadonlySet<HtmlElement>): boolean {
  for (let at = node.parent as HtmlNode | null; at; at = at.parent as HtmlNode | null) if (isElement(at) && ancestors.has(at)) return true;
  return false;
}

/** The link an image is wrapped in, as inline nodes (kept under the image when it cannot be uploaded). */
function linkAround(nodes: readonly HtmlNode[], image: HtmlElement): InlineNode[] {
  const parent = image.parent as HtmlNode | null;
  if (parent && isElement(parent) && parent.name === 'a' && followableUrl(attr(parent, 'href'))) {
    return [{ type: 'link', url: followableUrl(attr(parent, 'href'))!, children: [{ type: 'text', text: (attr(image, 'alt') ?? '').trim() || followableUrl(attr(parent, 'href'))! }] }];
  }
  void nodes;
  return [];
}
