import { typesToHide, type ModelShape } from './hidden-types';

const article: ModelShape = {
  uid: 'plugin::newsroom.article',
  attributes: {
    title: { type: 'string' },
    body: { type: 'dynamiczone', components: ['newsroom.paragraph', 'newsroom.media'] },
    rights: { type: 'component', component: 'newsroom.rights' },
  },
};
const paragraph: ModelShape = { uid: 'newsroom.paragraph', attributes: { text: { type: 'blocks' } } };
const media: ModelShape = { uid: 'newsroom.media', attributes: { file: { type: 'media' }, caption: { type: 'string' } } };
const rights: ModelShape = { uid: 'newsroom.rights', attributes: { basedOn: { type: 'component', component: 'newsroom.based-on' } } };
const basedOn: ModelShape = { uid: 'newsroom.based-on', attributes: { title: { type: 'string' } } };
const own = { article: article.uid, components: [paragraph, media, rights, basedOn].map((m) => m.uid) };
const plugin = [article, paragraph, media, rights, basedOn];

describe('typesToHide', () => {
  it('hides the article and every component when no app type uses one', () => {
    const page: ModelShape = { uid: 'api::page.page', attributes: { title: { type: 'string' } } };
    expect(typesToHide([...plugin, page], own)).toEqual([article.uid, ...own.components]);
  });

  it('keeps a component an app type embeds, and the components nested in it', () => {
    const page: ModelShape = { uid: 'api::page.page', attributes: { rights: { type: 'component', component: 'newsroom.rights' } } };
    expect(typesToHide([...plugin, page], own)).toEqual([article.uid, 'newsroom.paragraph', 'newsroom.media']);
  });

  it('keeps components an app dynamic zone or an app component embeds', () => {
    const hero: ModelShape = { uid: 'shared.hero', attributes: { picture: { type: 'component', component: 'newsroom.media' } } };
    const page: ModelShape = { uid: 'api::page.page', attributes: { blocks: { type: 'dynamiczone', components: ['newsroom.paragraph'] } } };
    expect(typesToHide([...plugin, hero, page], own)).toEqual([article.uid, 'newsroom.rights', 'newsroom.based-on']);
  });

  it('hides the article even when an app type relates to it', () => {
    const page: ModelShape = { uid: 'api::page.page', attributes: { featured: { type: 'relation' } } };
    expect(typesToHide([...plugin, page], own)).toContain(article.uid);
  });
});
