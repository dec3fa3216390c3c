import fs from 'fs';
import path from 'path';
import { SKIP_REASONS } from '../../../../server/src/wordpress/map-post';
import en from '../../translations/en.json';
import { anyUnfinished, codeMessage, CODE_MESSAGES, groupByCode, isFinished, JOBS_PAGE_SIZE, jobsUrl, progressPercent, redirectsUrl, reportSections, STATUS_LABELS } from './import-job';

const entry = (postId: number | null, code: string, detail = `detail of ${postId}`) => ({ postId, code, detail });
const emptyReport = { skipped: [], errors: [], notes: [], leftOff: { skipped: 0, errors: 0, notes: 0 } };

describe('progressPercent', () => {
  it('is the share of items read, rounded down so 100 means every item', () => {
    expect(progressPercent({ seen: 0, total: 9 }, 'running')).toBe(0);
    expect(progressPercent({ seen: 3, total: 9 }, 'running')).toBe(33);
    expect(progressPercent({ seen: 8, total: 9 }, 'running')).toBe(88);
    expect(progressPercent({ seen: 9, total: 9 }, 'running')).toBe(100);
  });

  it('is 0 before the export is counted, 100 once done (also for an empty export), never past the ends', () => {
    expect(progressPercent({ seen: 0, total: 0 }, 'queued')).toBe(0);
    expect(progressPercent({ seen: 0, total: 0 }, 'done')).toBe(100);
    expect(progressPercent({ seen: 12, total: 9 }, 'running')).toBe(100);
    expect(progressPercent({ seen: -1, total: 9 }, 'running')).toBe(0);
    // A failed job stays where it stopped.
    expect(progressPercent({ seen: 4, total: 8 }, 'failed')).toBe(50);
  });
});

describe('the list of imports', () => {
  it('asks for a page of JOBS_PAGE_SIZE imports', () => {
    expect(jobsUrl(3)).toBe(`/newsroom/import/jobs?page=3&pageSize=${JOBS_PAGE_SIZE}`);
  });

  it('is asked again while one of its imports is queued or running, not once all are done or failed', () => {
    expect(anyUnfinished([{ status: 'done' }, { status: 'running' }])).toBe(true);
    expect(anyUnfinished([{ status: 'queued' }])).toBe(true);
    expect(anyUnfinished([{ status: 'done' }, { status: 'failed' }])).toBe(false);
    expect(anyUnfinished([])).toBe(false);
  });

  it('says every status in words', () => {
    expect(Object.keys(STATUS_LABELS).sort()).toEqual(['cancelled', 'done', 'failed', 'queued', 'running']);
    for (const id of Object.values(STATUS_LABELS)) expect(en[id]).toEqual(expect.any(String));
  });
});

describe('isFinished', () => {
  it('stops the polling on done, failed and cancelled only', () => {
    expect(['queued', 'running', 'done', 'failed', 'cancelled'].filter((s) => isFinished(s as 'done'))).toEqual(['done', 'failed', 'cancelled']);
  });
});

describe('codeMessage', () => {
  it('says every skip reason and every note code the server writes, with an English message', () => {
    const server = path.resolve(__dirname, '../../../../server/src');
    const files = [
      ...fs.readdirSync(path.join(server, 'wordpress')).map((f) => path.join(server, 'wordpress', f)),
      ...fs.readdirSync(path.join(server, 'services')).filter((f) => f.startsWith('wordpress')).map((f) => path.join(server, 'services', f)),
    ].filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const noted = files.flatMap((f) => [...fs.readFileSync(f, 'utf8').matchAll(/code: '([a-z_-]+)', detail/g)].map((m) => m[1]));
    expect(noted).toEqual(expect.arrayContaining(['slug-taken', 'media-external', 'error']));
    const codes = [...new Set([...Object.keys(SKIP_REASONS), ...noted])];
    expect(codes.filter((code) => codeMessage(code) === null)).toEqual([]);
    for (const id of Object.values(CODE_MESSAGES)) expect(en[id]).toEqual(expect.any(String));
  });

  it('is null for a code it does not know, so the page shows the code itself', () => {
    expect(codeMessage('brand-new-code')).toBeNull();
    expect(codeMessage('toString')).toBeNull();
  });
});

describe('reportSections', () => {
  it('lists errors, then skipped, then notes, each grouped by code in order of appearance', () => {
    const report = {
      skipped: [entry(201, 'attachment'), entry(106, 'private'), entry(202, 'attachment')],
      errors: [entry(null, 'error', 'the item has no wp:post_id')],
      notes: [entry(103, 'slug-taken'), entry(105, 'future'), entry(103, 'mystery')],
      leftOff: { skipped: 0, errors: 0, notes: 0 },
    };
    const sections = reportSections(report);
    expect(sections.map((s) => [s.list, s.count])).toEqual([
      ['errors', 1],
      ['skipped', 3],
      ['notes', 3],
    ]);
    expect(sections[1].groups.map((g) => [g.code, g.message, g.entries.map((e) => e.postId)])).toEqual([
      ['attachment', 'import.code.attachment', [201, 202]],
      ['private', 'import.code.private', [106]],
    ]);
    expect(sections[2].groups.map((g) => [g.code, g.message])).toEqual([
      ['slug-taken', 'import.code.slug-taken'],
      ['future', 'import.code.future'],
      ['mystery', null],
    ]);
  });

  it('counts what the server left off past its list limit, and leaves out empty lists', () => {
    expect(reportSections(emptyReport)).toEqual([]);
    const sections = reportSections({ ...emptyReport, notes: [entry(1, 'dropped')], leftOff: { skipped: 0, errors: 0, notes: 700 } });
    expect(sections).toEqual([{ list: 'notes', title: 'import.report.notes', count: 701, leftOff: 700, groups: [expect.objectContaining({ code: 'dropped' })] }]);
  });
});

describe('groupByCode', () => {
  it('is empty for no entries', () => {
    expect(groupByCode([])).toEqual([]);
  });
});

describe('redirectsUrl', () => {
  it('asks the job route for the chosen format', () => {
    expect(redirectsUrl(7, 'csv')).toBe('/newsroom/import/jobs/7/redirects?format=csv');
  });
});
