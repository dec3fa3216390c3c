import { addEntry, emptyReport, exportName, REPORT_LIST_MAX } from './report';

describe('exportName: the file name a job is listed by', () => {
  it('keeps a plain name, Arabic or Latin, as it is', () => {
    expect(exportName('alkhaleej.WordPress.2024-07-31.xml')).toBe('alkhaleej.WordPress.2024-07-31.xml');
    expect(exportName('أرشيف الخليج 2023.xml')).toBe('أرشيف الخليج 2023.xml');
  });

  it('drops what would make it display as another name or break a line: overrides, isolates, controls, breaks', () => {
    // RLO makes "…lmx.exe" display as "…exe.xml" (Trojan Source).
    expect(exportName('export\u202Elmx.exe')).toBe('exportlmx.exe');
    expect(exportName('\u2067export\u2069.xml')).toBe('export.xml');
    expect(exportName('export\u0000\u0007.xml')).toBe('export.xml');
    expect(exportName(' export\r\n2024\t.xml ')).toBe('export 2024 .xml');
  });

  it('keeps at most 200 characters, counted as characters, not UTF-16 units', () => {
    expect(exportName('ب'.repeat(300))).toBe('ب'.repeat(200));
    expect(Array.from(exportName('😀'.repeat(300))!)).toHaveLength(200);
  });

  it('is null when nothing is left', () => {
    for (const name of [null, undefined, '', '   ', '\u202E\u0000']) expect(exportName(name)).toBeNull();
  });
});

describe('addEntry', () => {
  it(`keeps the first ${REPORT_LIST_MAX} entries of a list and counts the rest`, () => {
    const report = emptyReport();
    for (let i = 0; i < REPORT_LIST_MAX + 3; i += 1) addEntry(report, 'notes', { postId: i, code: 'kept-as-text', detail: '' });
    expect(report.notes).toHaveLength(REPORT_LIST_MAX);
    expect(report.leftOff).toEqual({ skipped: 0, errors: 0, notes: 3 });
  });
});
