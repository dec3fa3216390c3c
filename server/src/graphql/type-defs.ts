/**
 * The plugin's own GraphQL types: the same render model as the REST API
 * (`types/api.ts`), field for field, so an app gets one shape whichever it
 * uses. Names follow the REST response; `__component` is `component` here
 * (GraphQL reserves names starting with `__`). Strapi's `JSON` scalar carries
 * what has no fixed shape: rich-text nodes and the JSON-LD object.
 *
 * A paragraph's `text` is rich text (JSON) while an intertitle's and a quote's
 * is a string: a query asking for both in one selection aliases one of them
 * (GraphQL requires fields of one name to have one type across a union).
 */
/** The fields of a list item, which the article has too (ArticleDetail extends ArticleSummary). */
const SUMMARY_FIELDS = /* GraphQL */ `
    documentId: String!
    slug: String!
    lang: String!
    locale: String!
    dir: NewsroomTextDirection!
    title: String!
    standfirst: String
    kicker: String
    byline: String
    section: String
    keywords: [String!]!
    wordCount: Int!
    readingTimeMinutes: Int!
    publishedAt: String!
    "When it was first published: the editor's or an import's date, else the first publication."
    originalPublishedAt: String!
    updatedAt: String!
    dates: NewsroomArticleDates!
    cover: NewsroomCover
`;

export const TYPE_DEFS = /* GraphQL */ `
  enum NewsroomTextDirection {
    rtl
    ltr
  }

  enum NewsroomDirectionSetting {
    auto
    rtl
    ltr
  }

  "One instant ready to show, in the site's time zone and the article's language."
  type NewsroomDisplayDate {
    iso: String!
    gregorian: String
    hijri: String
  }

  type NewsroomArticleDates {
    published: NewsroomDisplayDate!
    updated: NewsroomDisplayDate!
  }

  type NewsroomMediaFile {
    url: String!
    name: String!
    mime: String!
    width: Int
    height: Int
    alternativeText: String
  }

  type NewsroomCover {
    file: NewsroomMediaFile
    caption: String
    credit: String
  }

  "A link to another published article, resolved to its current title and slug."
  type NewsroomArticleRef {
    documentId: String!
    slug: String!
    title: String!
    locale: String!
  }

  "A published translation of an article: its locale, canonical URL and title."
  type NewsroomArticleTranslation {
    locale: String!
    url: String!
    title: String!
  }

  type NewsroomParagraphBlock {
    component: String!
    dir: NewsroomTextDirection!
    "Strapi rich-text nodes."
    text: JSON!
    "Escaped HTML: block elements carry dir, runs of the other direction are in <bdi>."
    html: String!
  }

  type NewsroomIntertitleBlock {
    component: String!
    dir: NewsroomTextDirection!
    text: String!
    html: String!
  }

  type NewsroomRelatedLinkBlock {
    component: String!
    dir: NewsroomTextDirection!
    "read-also or see-also."
    kind: String!
    "The words shown before the link in the article's language, e.g. إقرأ أيضاً."
    kindLabel: String!
    label: String
    article: NewsroomArticleRef!
  }

  type NewsroomQuoteBlock {
    component: String!
    dir: NewsroomTextDirection!
    text: String!
    attribution: String
    html: String!
  }

  type NewsroomMediaBlock {
    component: String!
    dir: NewsroomTextDirection!
    file: NewsroomMediaFile
    caption: String
    credit: String
  }

  type NewsroomEmbedBlock {
    component: String!
    dir: NewsroomTextDirection!
    url: String!
    caption: String
  }

  union NewsroomBodyBlock =
      NewsroomParagraphBlock
    | NewsroomIntertitleBlock
    | NewsroomRelatedLinkBlock
    | NewsroomQuoteBlock
    | NewsroomMediaBlock
    | NewsroomEmbedBlock

  type NewsroomLicense {
    code: String!
    name: String!
    url: String
    allowsCommercial: Boolean!
    allowsDerivatives: Boolean!
    requiresShareAlike: Boolean!
    requiresAttribution: Boolean!
    grantsPublicReuse: Boolean!
  }

  type NewsroomTdm {
    reserved: Boolean!
    policyUrl: String
  }

  type NewsroomBasedOn {
    title: String
    publisher: String
    url: String
    language: String
  }

  "An article's rights, resolved over the site's defaults."
  type NewsroomRights {
    license: NewsroomLicense!
    copyrightHolder: String!
    copyrightYear: Int
    creditText: String
    usageTerms: String
    acquireLicenseUrl: String
    reuseAllowed: Boolean!
    externalDistribution: Boolean
    tdm: NewsroomTdm!
    noSnippet: Boolean!
    embargoUntil: String
    rightsExpireAt: String
    basedOn: NewsroomBasedOn
  }

  "How a listed article matched q."
  type NewsroomSearchHit {
    score: Float!
    matches: [String!]!
  }

  "An article in a list (the REST list item)."
  type NewsroomArticleSummary {
${SUMMARY_FIELDS}    "Present when q was given."
    search: NewsroomSearchHit
  }

  "One published article, rendered: everything an app needs for the page."
  type NewsroomArticle {
${SUMMARY_FIELDS}    direction: NewsroomDirectionSetting!
    standfirstHtml: String
    allowComments: Boolean!
    allowSharing: Boolean!
    body: [NewsroomBodyBlock!]!
    related: [NewsroomArticleRef!]!
    url: String!
    "The other published versions of this article (same document, other locales)."
    translations: [NewsroomArticleTranslation!]!
    rights: NewsroomRights!
    copyrightLine: String!
    jsonLd: JSON!
    jsonLdScript: String!
  }

  "Strapi's pagination; pageCount and total are null with withCount: false."
  type NewsroomPagination {
    page: Int!
    pageSize: Int!
    pageCount: Int
    total: Int
  }

  type NewsroomSearchTerm {
    word: String!
    forms: [String!]!
  }

  type NewsroomSearchMeta {
    q: String!
    terms: [NewsroomSearchTerm!]!
    ignored: [String!]!
    "The order applied: relevance, or its keys joined by commas."
    sort: String!
    "True when every query word is in more articles than the search ranks; see the REST list."
    limited: Boolean!
  }

  "A page of published articles (the REST list: data and meta)."
  type NewsroomArticleList {
    nodes: [NewsroomArticleSummary!]!
    pagination: NewsroomPagination!
    search: NewsroomSearchMeta
  }

  input NewsroomPaginationInput {
    page: Int
    pageSize: Int
    "false: no total and pageCount (and no count query)."
    withCount: Boolean
  }

  input NewsroomSectionFilter {
    eq: String
    in: [String!]
  }

  "Whole keywords as written: contains — the article has this keyword; in — it has one of these."
  input NewsroomKeywordsFilter {
    contains: String
    in: [String!]
  }

  "ISO 8601 dates or date-times with an offset."
  input NewsroomDateFilter {
    gte: String
    gt: String
    lte: String
    lt: String
  }

  "The REST list's filters (filters[section][$eq]=…), in the GraphQL plugin's operator names."
  input NewsroomArticleFiltersInput {
    section: NewsroomSectionFilter
    keywords: NewsroomKeywordsFilter
    publishedAt: NewsroomDateFilter
  }

  extend type Query {
    "The published article with this slug in locale (the site's default locale when omitted); null when there is none."
    newsroomArticle(slug: String!, locale: String, isolate: Boolean): NewsroomArticle
    "Published articles, newest first, or by relevance with q; sort keys as REST: relevance, or publishedAt, updatedAt, title with :asc or :desc."
    newsroomArticles(
      locale: String
      section: String
      q: String
      filters: NewsroomArticleFiltersInput
      pagination: NewsroomPaginationInput
      sort: [String!]
      isolate: Boolean
    ): NewsroomArticleList!
  }
`;
