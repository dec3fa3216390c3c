import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Parse an XML answer back (attributes as `@name`), failing the test when it is not well-formed. */
export function parseXml(xml: string): any {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed XML: ${JSON.stringify(valid.err)}`);
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'xhtml:link'].includes(name) }).parse(xml);
}
