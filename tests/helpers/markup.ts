import { Parser } from 'htmlparser2';

/** The elements, attribute names and link targets an HTML fragment really contains, as a browser would parse it. */
export function markupOf(html: string): { tags: string[]; attributes: string[]; hrefs: string[] } {
  const tags: string[] = [];
  const attributes: string[] = [];
  const hrefs: string[] = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      tags.push(name);
      for (const [key, value] of Object.entries(attrs)) {
        attributes.push(key);
        if (key === 'href' || key === 'src') hrefs.push(value);
      }
    },
  });
  parser.write(html);
  parser.end();
  return { tags, attributes, hrefs };
}
