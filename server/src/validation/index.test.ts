import { errors, yup } from '@strapi/utils';
import { localeCode, objectSchema, problemsIn, text, validate } from '.';

const query = objectSchema({ locale: localeCode(), page: yup.number().integer().min(1), q: text().min(1), isolate: yup.boolean() });

/** The details a client receives with the 400. */
const rejection = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(errors.ValidationError);
    return ((error as errors.ValidationError).details as { errors: { path: string[]; message: string }[] }).errors;
  }
  throw new Error('expected a ValidationError');
};

describe('validate', () => {
  it('casts a query string to its types and trims text', () => {
    expect(validate(query, { locale: 'en-GB', page: '2', q: ' مالي ', isolate: 'true' }, 'query')).toEqual({ locale: 'en-GB', page: 2, q: 'مالي', isolate: true });
  });

  it('names an unknown key by itself and lists the known ones', () => {
    expect(rejection(() => validate(query, { pagesize: '10' }, 'query'))).toEqual([
      { path: ['pagesize'], message: 'pagesize is not a known key (known: locale, page, q, isolate)', name: 'ValidationError' },
    ]);
  });

  it('reports every problem, bad values and unknown keys together', () => {
    const paths = rejection(() => validate(query, { page: '0', locale: 'x', colour: 'red', size: '1' }, 'query')).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining([['page'], ['locale'], ['colour'], ['size']]));
    expect(paths).toHaveLength(4);
  });

  it.each([
    ['q', { q: ['a'] }],
    ['q', { q: { $ne: 'a' } }],
    ['locale', { locale: { $ne: 'x' } }],
    ['locale', { locale: ['ar', 'en'] }],
    ['page', { page: { $gt: '1' } }],
    ['isolate', { isolate: { $ne: '1' } }],
  ])('answers a non-string %s in a query (%j) with a 400 naming it, not a crash', (field, input) => {
    const [problem] = rejection(() => validate(query, input, 'query'));
    expect(problem.path).toEqual([field]);
  });

  it('takes JSON and config values as they are: "2" is not a number there', () => {
    expect(rejection(() => validate(query, { page: '2' }, 'typed'))[0].path).toEqual(['page']);
    expect(validate(query, { page: 2 }, 'typed')).toEqual({ page: 2 });
  });

  it('names nested paths the way Strapi clients read them', () => {
    const body = objectSchema({ rules: yup.array(yup.mixed().oneOf(['quotes'])), meta: objectSchema({ a: yup.number() }) });
    expect(rejection(() => validate(body, { rules: ['quotes', 'shouting'], meta: { a: 1, b: 2 } }, 'typed')).map((e) => e.path)).toEqual(
      expect.arrayContaining([['rules', '1'], ['meta', 'b']])
    );
  });

  it('refuses anything but an object', () => {
    for (const input of [null, [], 'x', undefined]) {
      expect(rejection(() => validate(query, input, 'typed'))[0].path).toEqual([]);
    }
  });

  it('accepts locale codes only', () => {
    for (const code of ['ar', 'en', 'en-GB', 'zh-Hans-CN']) expect(problemsIn(query, { locale: code }, 'query')).toEqual([]);
    for (const code of ['a', 'ar_EG', 'ar-', '../x', 'a'.repeat(40)]) {
      expect(problemsIn(query, { locale: code }, 'query').map((p) => p.path)).toContainEqual(['locale']);
    }
  });
});
