import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';

const ARTICLE = 'plugin::newsroom.article';

type Block = Record<string, unknown> & { __component: string };
interface SeedLocale {
  title: string;
  body?: Block[];
  related?: string[];
  [field: string]: unknown;
}
interface SeedArticle {
  key: string;
  status: 'published' | 'draft';
  locales: Record<string, SeedLocale>;
}

/** A paragraph block's plain text as Strapi blocks rich text. */
const toRichText = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

/** Read the demo articles shipped in playground/data/articles.json. */
export function readSeedArticles(appRoot: string): SeedArticle[] {
  const file = path.join(appRoot, 'data', 'articles.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { articles: SeedArticle[] }).articles;
}

/**
 * Seed the demo articles through the Document Service (so the plugin's write
 * path assigns slugs and derived fields exactly as for an editor): drafts
 * first, then links once every target exists, then publication.
 */
export async function seedArticles(strapi: Core.Strapi, articles: SeedArticle[]): Promise<Record<string, string>> {
  const documents = strapi.documents(ARTICLE);
  const ids: Record<string, string> = {};
  // Imported copy may carry what pasting from other sites brings (embeddings, tabs): cleaned, not refused.
  const { neutralisePasted } = strapi.plugin('newsroom').service('imports') as {
    neutralisePasted: <T extends Record<string, unknown>>(data: T) => { data: T; changes: { path: (string | number)[] }[] };
  };
  const clean = <T extends Record<string, unknown>>(data: T, key: string, locale: string): T => {
    const result = neutralisePasted(data);
    for (const change of result.changes) strapi.log.info(`seed: ${key} (${locale}) ${change.path.join('.')}: pasted formatting characters removed`);
    return result.data;
  };

  for (const article of articles) {
    for (const [locale, { body, related, ...fields }] of Object.entries(article.locales)) {
      const data = clean({ ...fields, body: (body ?? []).filter((b) => b.__component !== 'newsroom.related-link').map(toBlock) }, article.key, locale);
      const doc = ids[article.key]
        ? await documents.update({ documentId: ids[article.key], locale, data } as never)
        : await documents.create({ locale, data } as never);
      ids[article.key] = (doc as { documentId: string }).documentId;
    }
  }

  const link = (key: string, locale: string) => {
    if (!ids[key]) throw new Error(`seed: unknown article key "${key}"`);
    return { documentId: ids[key], locale };
  };
  for (const article of articles) {
    for (const [locale, { body, related }] of Object.entries(article.locales)) {
      const blocks = (body ?? []).map((block) =>
        block.__component === 'newsroom.related-link'
          ? { ...block, article: { connect: [link(String(block.article), locale)] } }
          : toBlock(block)
      );
      const data = clean({ body: blocks, related: { set: (related ?? []).map((key) => link(key, locale)) } }, article.key, locale);
      await documents.update({ documentId: ids[article.key], locale, data } as never);
    }
  }

  // Publish twice: the second pass re-publishes linking articles once all their targets are live.
  const published = articles.filter((a) => a.status === 'published');
  for (let pass = 0; pass < 2; pass += 1) {
    for (const article of published) {
      for (const locale of Object.keys(article.locales)) {
        await documents.publish({ documentId: ids[article.key], locale } as never);
      }
    }
  }
  return ids;
}

function toBlock(block: Block): Block {
  return block.__component === 'newsroom.paragraph' && typeof block.text === 'string'
    ? { ...block, text: toRichText(block.text) }
    : block;
}
