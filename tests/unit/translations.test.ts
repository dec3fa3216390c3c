import fs from 'fs';
import path from 'path';

const dir = path.resolve(__dirname, '../../admin/src/translations');
const load = (locale: string) => JSON.parse(fs.readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as Record<string, string>;

describe('admin translations', () => {
  it('ships an Arabic translation for every English (source) string, and nothing else', () => {
    const en = load('en');
    const ar = load('ar');
    expect(Object.keys(ar).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(ar)) {
      expect([key, value.trim().length > 0 && /[\u0600-\u06FF]/.test(value)]).toEqual([key, true]);
    }
  });
});
