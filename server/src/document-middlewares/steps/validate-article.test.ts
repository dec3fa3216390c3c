import { articleWriteProblems } from './validate-article';

const problemsOf = (originalPublishedAt: unknown) =>
  articleWriteProblems({ title: 'عنوان', originalPublishedAt }, true).filter((p) => p.path[0] === 'originalPublishedAt');

describe('articleWriteProblems: originalPublishedAt', () => {
  it.each([undefined, null, '', '2019-03-04T05:06:07.000Z', '2019-03-04T09:06:07+04:00', new Date('2019-03-04T05:06:07Z')])('accepts %p', (value) => {
    expect(problemsOf(value)).toEqual([]);
  });

  it.each(['yesterday', '2019-13-45T00:00:00Z', '0999-12-31T23:59:59Z', '+010000-01-01T00:00:00Z', 1551675967000, {}, [], 'x'.repeat(41)])(
    'refuses %p naming the field',
    (value) => {
      expect(problemsOf(value)).toEqual([{ path: ['originalPublishedAt'], message: expect.stringContaining('ISO 8601') }]);
    }
  );
});
