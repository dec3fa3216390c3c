import fs from 'fs';
import os from 'os';
import path from 'path';
import { encodeSingleByte } from '../../../tests/helpers/encodings';
import { growthRatio } from '../../../tests/helpers/growth';
import { exportEncoding, readWxr, WxrFormatError, type WxrEvent } from './wxr-reader';

const FIXTURES = path.resolve(__dirname, '../../../tests/fixtures/wordpress');

async function all(chunks: Iterable<string | Buffer> | AsyncIterable<string | Buffer>): Promise<WxrEvent[]> {
  const events: WxrEvent[] = [];
  for await (const event of readWxr(chunks)) events.push(event);
  return events;
}

const items = (events: WxrEvent[]) => events.flatMap((e) => (e.kind === 'item' ? [e.item] : []));

describe('readWxr', () => {
  it('reads a WXR 1.2 export in CDATA: authors, items, terms, post meta, comments counted', async () => {
    const events = await all(fs.createReadStream(path.join(FIXTURES, 'emaratalyoum-ar.wxr.xml')));
    expect(events[0]).toEqual({ kind: 'version', version: '1.2' });
    // The site's address, from the channel's head (an item's own link or GUID is not it).
    expect(events.filter((e) => e.kind === 'site')).toEqual([{ kind: 'site', url: 'https://www.emaratalyoum.example' }]);
    expect(events.filter((e) => e.kind === 'author').map((e) => (e as any).author)).toEqual([
      { login: 'editor', displayName: 'فريق التحرير' },
      { login: 'reporter', displayName: 'سارة المراسلة' },
    ]);
    const [attachment, seed] = items(events);
    expect(attachment).toMatchObject({ postId: 201, postType: 'attachment', attachmentUrl: '{{MEDIA}}/wp-content/uploads/2024/07/cover.jpg' });
    expect(seed).toMatchObject({ postId: 101, status: 'publish', postType: 'post', creator: 'editor', postDateGmt: '2024-07-31 06:15:00', comments: 2 });
    expect(seed.meta._thumbnail_id).toBe('201');
    expect(seed.terms.map((t) => [t.domain, t.name])).toEqual([
      ['category', 'أفريقيا'], ['category', 'تقارير'], ['post_tag', 'فاغنر'], ['post_tag', 'مالي'], ['post_tag', 'أوكرانيا'], ['post_tag', 'CSP-DPA'],
    ]);
    // A comment's own meta is not the post's.
    expect(seed.meta.akismet_result).toBeUndefined();
    expect(seed.content).toContain('إقرأ أيضاً | <a href=');
  });

  it('reads a WXR 1.1 export with plain fields and escaped HTML the same way', async () => {
    const [plain] = items(await all(fs.createReadStream(path.join(FIXTURES, 'variety-en-1.1.wxr.xml'))));
    expect(plain).toMatchObject({ postId: 11, title: 'Plain fields & escaped HTML', postName: 'plain-fields' });
    expect(plain.content.startsWith('<p>First <em>plain</em>')).toBe(true);
  });

  it('gives the same items whatever the chunk boundaries, a multi-byte letter split between two chunks included', async () => {
    const bytes = fs.readFileSync(path.join(FIXTURES, 'emaratalyoum-ar.wxr.xml'));
    const whole = items(await all([bytes]));
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 7) chunks.push(bytes.subarray(i, i + 7));
    expect(items(await all(chunks))).toEqual(whole);
  });

  it.each([
    ['<html><body>no</body></html>', 'not <rss>'],
    ['<rss version="2.0"><channel></channel></rss>', 'no WordPress namespace'],
    ['<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><item>', 'not well-formed'],
    ['', 'root element'],
  ])('refuses %p as not a WXR export', async (text, message) => {
    await expect(all([text])).rejects.toThrow(WxrFormatError);
    await expect(all([text])).rejects.toThrow(message);
  });

  it('reads the site’s categories by term id, and never an item’s own category as one', async () => {
    const xml =
      `<rss xmlns:wp="x"><channel><wp:category><wp:term_id>3</wp:term_id><wp:category_nicename><![CDATA[%d8%a3]]></wp:category_nicename><wp:cat_name>أ</wp:cat_name></wp:category>` +
      `<wp:category><wp:term_id>x</wp:term_id><wp:category_nicename>bad-id</wp:category_nicename></wp:category><wp:category><wp:term_id>9</wp:term_id></wp:category>` +
      `<item><wp:post_id>1</wp:post_id><category domain="category" nicename="b"><![CDATA[ب]]></category></item></channel></rss>`;
    const events = await all([xml]);
    expect(events.filter((e) => e.kind === 'category')).toEqual([{ kind: 'category', category: { termId: 3, nicename: '%d8%a3' } }]);
    expect(items(events)[0].terms).toEqual([{ domain: 'category', nicename: 'b', name: 'ب' }]);
  });

  it('reads whether a post’s comments were open', async () => {
    const xml = `<rss xmlns:wp="x"><channel><item><wp:post_id>1</wp:post_id><wp:comment_status><![CDATA[closed]]></wp:comment_status></item><item><wp:post_id>2</wp:post_id><wp:comment_status>open</wp:comment_status></item><item><wp:post_id>3</wp:post_id></item></channel></rss>`;
    expect(items(await all([xml])).map((i) => i.commentStatus)).toEqual(['closed', 'open', '']);
  });

  it('reads a post’s password (a post the old site did not show to everyone)', async () => {
    const xml = `<rss xmlns:wp="x"><channel><item><wp:post_id>1</wp:post_id><wp:post_password><![CDATA[سر 2023]]></wp:post_password></item><item><wp:post_id>2</wp:post_id></item></channel></rss>`;
    expect(items(await all([xml])).map((i) => i.postPassword)).toEqual(['سر 2023', '']);
  });

  it('cuts a field past the limit and names it, keeping memory bounded', async () => {
    const xml = `<rss xmlns:wp="x"><channel><item><title>t</title><content:encoded>${'x'.repeat(5000)}</content:encoded><wp:post_id>1</wp:post_id></item></channel></rss>`;
    const events: WxrEvent[] = [];
    for await (const event of readWxr([xml], { maxFieldLength: 1000 })) events.push(event);
    expect(items(events)[0]).toMatchObject({ postId: 1, oversized: ['content'] });
    expect(items(events)[0].content).toHaveLength(1000);
  });
});

describe('the export’s character encoding', () => {
  const utf8 = fs.readFileSync(path.join(FIXTURES, 'emaratalyoum-ar.wxr.xml'), 'utf8');
  const declaring = (encoding: string) => utf8.replace('<?xml version="1.0" encoding="UTF-8" ?>', `<?xml version="1.0" encoding="${encoding}" ?>`);
  /** The bytes in chunks of 7: declarations and characters split between chunks. */
  const inSevens = (bytes: Buffer) => Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(i * 7, i * 7 + 7));
  let expected: ReturnType<typeof items>;
  beforeAll(async () => {
    expected = items(await all([Buffer.from(utf8)]));
    expect(expected.length).toBeGreaterThan(3);
  });

  it.each(['windows-1256', 'cp1256'])('reads an Arabic site’s export declared %p (WordPress writes the site’s charset) as the same items', async (label) => {
    const bytes = encodeSingleByte(declaring(label), label);
    // Not UTF-8: read as UTF-8, its Arabic letters would all be replacement characters.
    expect(bytes.toString('utf8')).toContain('\uFFFD');
    expect(items(await all(inSevens(bytes)))).toEqual(expected);
  });

  it.each(['ISO-8859-6', 'arabic'])('reads an export declared %p (ISO Arabic, which has no typographic quotes: a post of its own)', async (label) => {
    const xml =
      `<?xml version="1.0" encoding="${label}"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>` +
      '<item><title><![CDATA[مسؤول في CSP-DPA يتحدث لـ CNN عام 2023]]></title><content:encoded><![CDATA[<p>إقرأ أيضاً | خبر آخر؛ والسؤال: متى؟</p>]]></content:encoded>' +
      '<wp:post_id>7</wp:post_id></item></channel></rss>';
    const [item] = items(await all(inSevens(encodeSingleByte(xml, label))));
    expect(item).toMatchObject({ postId: 7, title: 'مسؤول في CSP-DPA يتحدث لـ CNN عام 2023', content: '<p>إقرأ أيضاً | خبر آخر؛ والسؤال: متى؟</p>' });
  });

  it('reads a UTF-8 export with a byte order mark, and a UTF-16 one (by its mark)', async () => {
    expect(items(await all(inSevens(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(utf8)]))))).toEqual(expected);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(declaring('UTF-16'), 'utf16le')]);
    expect(items(await all(inSevens(utf16)))).toEqual(expected);
  });

  it('refuses an encoding it cannot read, naming it', async () => {
    const bytes = Buffer.from(declaring('x-mac-klingon'));
    await expect(all([bytes])).rejects.toThrow(WxrFormatError);
    await expect(all([bytes])).rejects.toThrow('declares the character encoding "x-mac-klingon"');
  });

  it.each([
    ['<?xml version="1.0"?><rss/>', 'utf-8'],
    ["<?xml version='1.0' encoding='Windows-1256'?>", 'windows-1256'],
    ['<?xml version="1.0" standalone="yes" encoding="iso-8859-6"?>', 'iso-8859-6'],
    ['<rss encoding="windows-1256">', 'utf-8'],
    ['<?xml version="1.0"?><!-- encoding="windows-1256" -->', 'utf-8'],
  ])('finds the encoding of %p: %p', (head, encoding) => {
    expect(exportEncoding(Buffer.from(head))).toEqual({ encoding });
  });

  it('looks at a bounded head in linear time, however long a hostile declaration', () => {
    const head = (n: number) => Buffer.from(`<?xml version="1.0" ${' encoding= "'.repeat(Math.ceil(n / 12))}`);
    // The head is cut at DECLARATION_BYTES: 8× the input costs about the same (about 1; linear would be 8).
    expect(growthRatio(head, exportEncoding, { bound: 4 })).toBeLessThan(4);
  });
});

describe('readWxr on a 100 MB export', () => {
  it('streams it with the heap flat: peak heap growth stays far below the file size', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-wxr-big-'));
    const file = path.join(dir, 'big.xml');
    const post = (id: number) =>
      `<item><title><![CDATA[مقال رقم ${id} عن فاغنر في مالي]]></title><link>https://s.example/?p=${id}</link><dc:creator><![CDATA[editor]]></dc:creator>` +
      `<guid isPermaLink="false">https://s.example/?p=${id}</guid><content:encoded><![CDATA[${'<p>فقرة عربية عن CSP-DPA و CNN في 27 يوليو 2024، إقرأ أيضاً.</p>\n'.repeat(40)}]]></content:encoded>` +
      `<excerpt:encoded><![CDATA[]]></excerpt:encoded><wp:post_id>${id}</wp:post_id><wp:post_date_gmt><![CDATA[2024-07-27 09:30:00]]></wp:post_date_gmt>` +
      `<wp:post_name><![CDATA[post-${id}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_type><![CDATA[post]]></wp:post_type>` +
      `<category domain="category" nicename="africa"><![CDATA[أفريقيا]]></category></item>\n`;
    const out = fs.createWriteStream(file);
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>\n');
    let id = 0;
    while (out.bytesWritten + out.writableLength < 100 * 1024 * 1024) {
      if (!out.write(post(++id))) await new Promise((resolve) => out.once('drain', resolve));
    }
    await new Promise((resolve) => out.end('</channel></rss>\n', resolve));
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThanOrEqual(100 * 1024 * 1024);

    global.gc?.();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let count = 0;
    for await (const event of readWxr(fs.createReadStream(file, { highWaterMark: 64 * 1024 }))) {
      if (event.kind !== 'item') continue;
      count += 1;
      if (count % 500 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    expect(count).toBe(id);
    // Measured: tens of MB of short-lived garbage at most between collections, never the file.
    console.log(`[wxr memory] ${(size / 1048576).toFixed(0)} MB, ${count} items, peak heap growth ${(peak / 1048576).toFixed(1)} MB`);
    expect(peak).toBeLessThan(32 * 1024 * 1024);
  });
});
