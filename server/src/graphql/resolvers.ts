import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { listRequest, requestLocale, slugRequest } from '../controllers/requests';
import type { ArticleDetail, ArticleListItem, BodyBlock, Pagination, SearchMeta } from '../types/api';
import { getService } from '../utils/get-service';

/** GraphQL type of each body block, by its component uid (the union's members in type-defs.ts). */
const BLOCK_TYPES: Record<BodyBlock['__component'], string> = {
  'newsroom.paragraph': 'NewsroomParagraphBlock',
  'newsroom.intertitle': 'NewsroomIntertitleBlock',
  'newsroom.related-link': 'NewsroomRelatedLinkBlock',
  'newsroom.quote': 'NewsroomQuoteBlock',
  'newsroom.media': 'NewsroomMediaBlock',
  'newsroom.embed': 'NewsroomEmbedBlock',
};

/** The users-permissions actions of the REST routes: a role reads through GraphQL exactly what it reads through REST. */
const READ_ONE = 'plugin::newsroom.article.findOne';
const READ_LIST = 'plugin::newsroom.article.find';

interface ArticleArgs {
  slug: string;
  locale?: string | null;
  isolate?: boolean | null;
}

type Operators = Record<string, unknown> | null | undefined;

interface ArticlesArgs {
  locale?: string | null;
  section?: string | null;
  q?: string | null;
  filters?: { section?: Operators; keywords?: Operators; publishedAt?: Operators } | null;
  pagination?: { page?: number | null; pageSize?: number | null; withCount?: boolean | null } | null;
  sort?: string[] | null;
  isolate?: boolean | null;
}

/** Arguments as a query string would carry them: absent and null are the same (not given). */
const given = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));

/** `{ eq, in }` as the REST list's `{ $eq, $in }` (the GraphQL plugin's operator names have no `$`). */
const restOperators = (operators: Operators) =>
  operators ? given(Object.fromEntries(Object.entries(operators).map(([op, value]) => [`$${op}`, value]))) : undefined;

/** REST parameter → GraphQL argument, so a 400's path names what the GraphQL caller wrote. */
const ARGUMENT_OF: Record<string, string[]> = { page: ['pagination', 'page'], pageSize: ['pagination', 'pageSize'] };
/** REST operator (`$eq`) → GraphQL operator (`eq`) in a path. */
const argumentName = (segment: string) => (segment.startsWith('$') ? segment.slice(1) : segment);

/** The REST validation error with its paths renamed to the GraphQL arguments. */
function inArgumentTerms(error: unknown): unknown {
  if (!(error instanceof errors.ValidationError)) return error;
  const details = error.details as { errors?: { path: string[]; message: string }[] };
  if (!details?.errors) return error;
  const renamed = details.errors.map((e) => {
    const path = [...(ARGUMENT_OF[e.path[0]] ?? [e.path[0]]), ...e.path.slice(1)].map(argumentName);
    return { ...e, path, message: e.message.replace(e.path.join('.'), path.join('.')) };
  });
  return new errors.ValidationError(renamed.length === 1 ? renamed[0].message : error.message, { errors: renamed });
}

async function argumentsChecked<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw inArgumentTerms(error);
  }
}

/**
 * The plugin's two queries. `newsroomArticle` answers from the read model,
 * the very bytes `GET /api/newsroom/articles/:slug` serves; `newsroomArticles`
 * runs the REST list with the REST list's validation. Published only: there
 * is no `status` argument and no mutation.
 */
export function newsroomResolvers(strapi: Core.Strapi) {
  const componentOf = (block: BodyBlock) => block.__component;
  return {
    resolvers: {
      Query: {
        async newsroomArticle(_parent: unknown, args: ArticleArgs): Promise<ArticleDetail | null> {
          const { slug, query } = slugRequest(args.slug, given({ locale: args.locale, isolate: args.isolate }));
          if (query.isolate) {
            const locale = await requestLocale(strapi, query.locale);
            const settings = await getService(strapi, 'settings').get();
            return getService(strapi, 'articles').findBySlug(slug, locale, { isolate: true, settings });
          }
          const locale = query.locale ?? (await getService(strapi, 'locales').defaultLocale());
          const read = await getService(strapi, 'readModel').read(locale, slug);
          if (!read) {
            await requestLocale(strapi, query.locale);
            return null;
          }
          return (JSON.parse(read.body) as { data: ArticleDetail }).data;
        },

        async newsroomArticles(
          _parent: unknown,
          args: ArticlesArgs
        ): Promise<{ nodes: ArticleListItem[]; pagination: Pagination; search: SearchMeta | null }> {
          const filters = args.filters
            ? given({
                section: restOperators(args.filters.section),
                keywords: restOperators(args.filters.keywords),
                publishedAt: restOperators(args.filters.publishedAt),
              })
            : undefined;
          const raw = given({
            locale: args.locale,
            section: args.section,
            q: args.q,
            filters,
            sort: args.sort ?? undefined,
            isolate: args.isolate,
            page: args.pagination?.page,
            pageSize: args.pagination?.pageSize,
            pagination: args.pagination?.withCount === undefined || args.pagination?.withCount === null ? undefined : { withCount: args.pagination.withCount },
          });
          const list = await argumentsChecked(async () => getService(strapi, 'articles').list(await listRequest(strapi, raw)));
          return { nodes: list.data, pagination: list.meta.pagination, search: list.meta.search ?? null };
        },
      },
      NewsroomBodyBlock: {
        __resolveType: (block: BodyBlock) => BLOCK_TYPES[block.__component],
      },
      ...Object.fromEntries(Object.values(BLOCK_TYPES).map((type) => [type, { component: componentOf }])),
    },
    resolversConfig: {
      'Query.newsroomArticle': { auth: { scope: [READ_ONE] } },
      'Query.newsroomArticles': { auth: { scope: [READ_LIST] } },
    },
  };
}
