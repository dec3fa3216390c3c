import { growthRatio, LINEAR_BOUND } from '../../../tests/helpers/growth';
import { contentToBlocks, expandShortcodes } from './content';

const components = (html: string) => contentToBlocks(html).blocks.map((b) => ('__component' in b ? b.__component : `pending:${b.pending}`));

describe('contentToBlocks: classic content', () => {
  it('applies WordPress’s auto-paragraphs: blank lines split paragraphs, single newlines are line breaks', () => {
    const { blocks } = contentToBlocks('سطر أول\nسطر ثان\n\nفقرة ثانية');
    expect(blocks).toEqual([
      { __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: 'سطر أول\nسطر ثان' }] }] },
      { __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: 'فقرة ثانية' }] }] },
    ]);
  });

  it('keeps bold, italic and links as rich text, with the spaces between them', () => {
    const [block] = contentToBlocks('قالت <strong>CNN</strong> و<em>Le Monde</em> في <a href="https://lemonde.fr/x">تقرير</a>.').blocks as any[];
    expect(block.text[0].children).toEqual([
      { type: 'text', text: 'قالت ' },
      { type: 'text', text: 'CNN', bold: true },
      { type: 'text', text: ' و' },
      { type: 'text', text: 'Le Monde', italic: true },
      { type: 'text', text: ' في ' },
      { type: 'link', url: 'https://lemonde.fr/x', children: [{ type: 'text', text: 'تقرير' }] },
      { type: 'text', text: '.' },
    ]);
  });

  it('turns headings, quotes with <cite>, captioned images, iframes, oEmbed URLs and read-also lines into their blocks', () => {
    const html = [
      '<h3>عنوان فرعي</h3>',
      '<blockquote>نص الاقتباس<cite>محمد رمضان</cite></blockquote>',
      '[caption id="attachment_5" width="300"]<img src="https://s.example/a.jpg" alt="صورة" /> تعليق الصورة[/caption]',
      '<iframe src="https://player.vimeo.com/video/1"></iframe>',
      'https://www.youtube.com/watch?v=abc',
      'إقرأ أيضاً | <a href="https://s.example/?p=3">عنوان</a>',
    ].join('\n\n');
    const { blocks, notes } = contentToBlocks(html);
    expect(components(html)).toEqual(['newsroom.intertitle', 'newsroom.quote', 'pending:media', 'newsroom.embed', 'newsroom.embed', 'pending:read-also']);
    expect(blocks[1]).toEqual({ __component: 'newsroom.quote', text: 'نص الاقتباس', attribution: 'محمد رمضان' });
    expect(blocks[2]).toMatchObject({ pending: 'media', src: 'https://s.example/a.jpg', alt: 'صورة', caption: 'تعليق الصورة' });
    expect(blocks[5]).toMatchObject({ pending: 'read-also', kind: 'read-also', href: 'https://s.example/?p=3', title: 'عنوان' });
    expect(notes).toEqual([]);
  });

  it('keeps what has no block as readable text and says so, never dropping it silently', () => {
    const { blocks, notes } = contentToBlocks('<table><tr><td>Brent</td><td>82.1</td></tr></table>\n\n<script>alert(1)</script>\n\n<hr />');
    expect(JSON.stringify(blocks)).toContain('Brent');
    expect(JSON.stringify(blocks)).not.toContain('alert');
    expect(notes.map((n) => n.code)).toEqual(['kept-as-text', 'dropped', 'dropped']);
  });
});

describe('contentToBlocks: block-editor content', () => {
  it('reads blocks with WordPress’s parser: paragraph, heading, quote, image, embed, list; layout blocks reported', () => {
    const html = [
      '<!-- wp:paragraph --><p>Hello <em>world</em></p><!-- /wp:paragraph -->',
      '<!-- wp:heading --><h2>Head</h2><!-- /wp:heading -->',
      '<!-- wp:quote --><blockquote class="wp-block-quote"><!-- wp:paragraph --><p>q</p><!-- /wp:paragraph --><cite>X</cite></blockquote><!-- /wp:quote -->',
      '<!-- wp:image --><figure class="wp-block-image"><img src="http://x/a.jpg" alt=""/><figcaption>Cap</figcaption></figure><!-- /wp:image -->',
      '<!-- wp:embed {"url":"https://youtu.be/x"} --><figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://youtu.be/x</div><figcaption>Clip</figcaption></figure><!-- /wp:embed -->',
      '<!-- wp:list --><ul><li>one</li><li><strong>two</strong></li></ul><!-- /wp:list -->',
      '<!-- wp:separator --><hr/><!-- /wp:separator -->',
      '<!-- wp:acme/poll {"id":3} --><div class="poll">Which?</div><!-- /wp:acme/poll -->',
    ].join('\n\n');
    const { blocks, notes } = contentToBlocks(html);
    expect(components(html)).toEqual(['newsroom.paragraph', 'newsroom.intertitle', 'newsroom.quote', 'pending:media', 'newsroom.embed', 'newsroom.paragraph', 'newsroom.paragraph']);
    expect(blocks[2]).toEqual({ __component: 'newsroom.quote', text: 'q', attribution: 'X' });
    expect(blocks[4]).toEqual({ __component: 'newsroom.embed', url: 'https://youtu.be/x', caption: 'Clip' });
    expect((blocks[5] as any).text[0]).toMatchObject({ type: 'list', format: 'unordered' });
    expect(JSON.stringify(blocks[6])).toContain('Which?');
    expect(notes.map((n) => n.detail)).toEqual(['the layout block core/separator', 'the block acme/poll (no equivalent): converted from its HTML']);
  });
});

describe('expandShortcodes', () => {
  it('rewrites [caption] and [embed], leaves other brackets, in linear time', () => {
    expect(expandShortcodes('[caption id="1"]<img src="a.jpg" /> Cap[/caption]')).toBe('<figure><img src="a.jpg" /><figcaption>Cap</figcaption></figure>');
    expect(expandShortcodes('[embed]https://youtu.be/x[/embed]')).toContain('wp-block-embed__wrapper">https://youtu.be/x<');
    expect(expandShortcodes('[gallery-x ids="1,2"] [1] [videos] [')).toBe('[gallery-x ids="1,2"] [1] [videos] [');
    // Openings of a shortcode that never closes: left as they are, at a cost linear in their number.
    const hostile = (n: number) => '[caption '.repeat(Math.ceil(n / 9));
    expect(expandShortcodes(hostile(50_000))).toBe(hostile(50_000));
    expect(growthRatio(hostile, expandShortcodes)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('WordPress’s media shortcodes', () => {
  it('makes [gallery ids] an image per attachment, and [gallery] the post’s own attached images, for the import to fetch', () => {
    const { blocks, notes } = contentToBlocks('صور من مالي:\n\n[gallery columns="2" ids="12, 13,x" link="file"]\n\n[gallery]');
    expect(blocks.slice(1)).toEqual([
      { pending: 'media', src: '', alt: '', caption: null, link: [], attachment: 12 },
      { pending: 'media', src: '', alt: '', caption: null, link: [], attachment: 13 },
      { pending: 'media', src: '', alt: '', caption: null, link: [], attachment: 'post' },
    ]);
    expect(notes).toEqual([]);
  });

  it('makes [video] and [audio] embeds of their source, closed or not, WordPress’s source attributes in its order', () => {
    const html = '[video width="640" height="360" mp4="https://s.example/clip.mp4"][/video]\n\n[audio src="" mp3="https://s.example/a.mp3?x=1&amp;y=2"]\n\nبعد';
    expect(contentToBlocks(html).blocks).toEqual([
      { __component: 'newsroom.embed', url: 'https://s.example/clip.mp4', caption: null },
      { __component: 'newsroom.embed', url: 'https://s.example/a.mp3?x=1&y=2', caption: null },
      { __component: 'newsroom.paragraph', text: [{ type: 'paragraph', children: [{ type: 'text', text: 'بعد' }] }] },
    ]);
    // Without a source it is nothing to show: its content, if any, stays.
    expect(expandShortcodes('[video width="1"]رابط[/video]')).toBe('رابط');
    // An attribute cannot break out of the element it becomes.
    expect(expandShortcodes('[video src=\'https://s.example/a.mp4"><script>x</script>\']')).toBe('<figure><video src="https://s.example/a.mp4&quot;&gt;&lt;script&gt;x&lt;/script&gt;"></video></figure>');
  });

  it('reads openings that never close in linear time (cost at n and 8n)', () => {
    const openings = (n: number) => '[gallery [video [audio x '.repeat(Math.ceil(n / 25));
    expect(growthRatio(openings, expandShortcodes)).toBeLessThan(LINEAR_BOUND);
  });
});

describe('images with lazy-loading markup', () => {
  it('takes the file from the lazy-loading attribute when the source is a placeholder', () => {
    const html = [
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="https://s.example/a.jpg" alt="أ">',
      '<img data-src="https://s.example/b.jpg" alt="ب">',
      '<img src="https://s.example/c.jpg" data-original="https://s.example/other.jpg" alt="ج">',
    ].join('\n\n');
    expect(contentToBlocks(html).blocks.map((b: any) => b.src)).toEqual(['https://s.example/a.jpg', 'https://s.example/b.jpg', 'https://s.example/c.jpg']);
    // A placeholder alone is no image to fetch: left out, reported.
    const { blocks, notes } = contentToBlocks('<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">');
    expect(blocks).toEqual([]);
    expect(notes).toEqual([{ code: 'dropped', detail: 'an <img> without a source' }]);
  });
});
