import get from 'lodash/get';
import { BLOCK_MAIN_FIELDS, setBlockMainFields } from './block-main-fields';

const paragraph = {
  __component: 'newsroom.paragraph',
  text: [{ type: 'paragraph', children: [{ type: 'text', text: 'ـ في الاتحاد: مسئول خليجي يحذر من تأخر صرف الرواتب' }] }],
};

describe('main fields of the body blocks', () => {
  it('points the paragraph at its first run of text, as the Content Manager reads it (lodash path into the form values)', () => {
    expect(get({ body: [paragraph] }, `body.0.${BLOCK_MAIN_FIELDS['newsroom.paragraph']}`)).toBe('ـ في الاتحاد: مسئول خليجي يحذر من تأخر صرف الرواتب');
  });

  it('sets the newsroom components only, and leaves the layout as it was when nothing changes', () => {
    const args = {
      layout: {
        components: {
          'newsroom.paragraph': { settings: { mainField: 'id', icon: 'paragraph' }, layout: [] },
          'newsroom.quote': { settings: { mainField: 'attribution' }, layout: [] },
          'shared.seo': { settings: { mainField: 'metaTitle' }, layout: [] },
        },
      },
      query: {},
    };
    const out = setBlockMainFields(args);
    expect(out.layout.components['newsroom.paragraph'].settings).toEqual({ mainField: 'text.0.children.0.text', icon: 'paragraph' });
    expect(out.layout.components['newsroom.quote'].settings).toEqual({ mainField: 'text' });
    expect(out.layout.components['shared.seo']).toBe(args.layout.components['shared.seo']);
    expect(args.layout.components['newsroom.paragraph'].settings.mainField).toBe('id');
    expect(setBlockMainFields(out)).toBe(out);
    expect(setBlockMainFields({ layout: {} })).toEqual({ layout: {} });
  });
});
