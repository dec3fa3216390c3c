import { articleDates, canonicalTimeZone, dateOptionsFor, displayDates, numberingSystemOf, publicationDate, type DateSettings } from './dates';

// Expected strings as Node 20's ICU writes them (observed on ICU 78.2 / CLDR 48) and as CLDR documents them:
// `ar` and `ar-AE` default to Western digits, `ar-SA` and `ar-EG` to Arabic-Indic; the Maghreb writes its own month names.
const DAY = '2024-07-27T09:30:00.000Z';
const BOTH = ['gregorian', 'hijri'] as const;

describe('displayDates', () => {
  it.each([
    ['ar', '27 يوليو 2024', '21 محرم 1446 هـ'],
    ['ar-AE', '27 يوليو 2024', '21 محرم 1446 هـ'],
    ['ar-SA', '٢٧ يوليو ٢٠٢٤', '٢١ محرم ١٤٤٦ هـ'],
    ['ar-EG', '٢٧ يوليو ٢٠٢٤', '٢١ محرم ١٤٤٦ هـ'],
    ['ar-MA', '27 يوليوز 2024', '21 محرم 1446 هـ'],
    ['ar-DZ', '27 جويلية 2024', '21 محرم 1446 هـ'],
    ['en', 'July 27, 2024', 'Muharram 21, 1446 AH'],
  ])('writes 2024-07-27 in %s with its customary digits and month names', (locale, gregorian, hijri) => {
    expect(displayDates(DAY, { locale, digits: 'auto', calendars: BOTH })).toEqual({ iso: DAY, gregorian, hijri });
  });

  it('forces Arabic-Indic digits with `arab`, whatever the locale prefers', () => {
    expect(displayDates(DAY, { locale: 'ar', digits: 'arab', calendars: BOTH })).toEqual({
      iso: DAY,
      gregorian: '٢٧ يوليو ٢٠٢٤',
      hijri: '٢١ محرم ١٤٤٦ هـ',
    });
    expect(displayDates(DAY, { locale: 'ar-MA', digits: 'arab' }).gregorian).toBe('٢٧ يوليوز ٢٠٢٤');
  });

  it('forces Western digits with `latn`, whatever the locale prefers', () => {
    expect(displayDates(DAY, { locale: 'ar-SA', digits: 'latn', calendars: BOTH })).toEqual({
      iso: DAY,
      gregorian: '27 يوليو 2024',
      hijri: '21 محرم 1446 هـ',
    });
  });

  it('gives only the calendars asked for', () => {
    expect(displayDates(DAY, { locale: 'ar', calendars: ['hijri'] })).toEqual({ iso: DAY, hijri: '21 محرم 1446 هـ' });
    expect(displayDates(DAY, { locale: 'ar', calendars: ['gregorian'] })).toEqual({ iso: DAY, gregorian: '27 يوليو 2024' });
  });

  it("shows both calendars, in the locale's own digits, in UTC, when told nothing else", () => {
    expect(displayDates(new Date(DAY), { locale: 'ar' })).toEqual({ iso: DAY, gregorian: '27 يوليو 2024', hijri: '21 محرم 1446 هـ' });
  });

  it('counts the day in the time zone: 22:30 UTC on the 26th is the 27th in Dubai', () => {
    const late = '2024-07-26T22:30:00.000Z';
    expect(displayDates(late, { locale: 'ar', timeZone: 'UTC' })).toMatchObject({ gregorian: '26 يوليو 2024', hijri: '20 محرم 1446 هـ' });
    expect(displayDates(late, { locale: 'ar', timeZone: 'Asia/Dubai' })).toMatchObject({
      iso: late,
      gregorian: '27 يوليو 2024',
      hijri: '21 محرم 1446 هـ',
    });
  });

  it('follows the Umm al-Qura calendar across month starts (1 Ramadan 1445 = 11 March 2024, 1 Muharram 1446 = 7 July 2024)', () => {
    const hijri = (iso: string) => displayDates(iso, { locale: 'ar', calendars: ['hijri'] }).hijri;
    expect(hijri('2024-03-10T12:00:00Z')).toBe('29 شعبان 1445 هـ');
    expect(hijri('2024-03-11T12:00:00Z')).toBe('1 رمضان 1445 هـ');
    expect(hijri('2024-07-06T12:00:00Z')).toBe('30 ذو الحجة 1445 هـ');
    expect(hijri('2024-07-07T12:00:00Z')).toBe('1 محرم 1446 هـ');
  });

  it('writes Maghreb month names for ar-MA and ar-DZ', () => {
    const august = '2024-08-15T12:00:00Z';
    expect(displayDates(august, { locale: 'ar-MA', calendars: ['gregorian'] }).gregorian).toBe('15 غشت 2024');
    expect(displayDates(august, { locale: 'ar-DZ', calendars: ['gregorian'] }).gregorian).toBe('15 أوت 2024');
    expect(displayDates(august, { locale: 'ar', calendars: ['gregorian'] }).gregorian).toBe('15 أغسطس 2024');
  });

  it('reads a malformed locale as English rather than failing', () => {
    expect(displayDates(DAY, { locale: 'not a locale!', calendars: ['gregorian'] }).gregorian).toBe('July 27, 2024');
  });

  it('refuses an invalid date and an unknown time zone', () => {
    expect(() => displayDates('yesterday', { locale: 'ar' })).toThrow(RangeError);
    expect(() => displayDates(DAY, { locale: 'ar', timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('gives the same strings from its cached formatters on a second call', () => {
    const first = displayDates(DAY, { locale: 'ar-EG', digits: 'auto' });
    expect(displayDates(DAY, { locale: 'ar-EG', digits: 'auto' })).toEqual(first);
  });
});

describe('numberingSystemOf', () => {
  it("is CLDR's default for the locale under `auto`, the forced one otherwise", () => {
    expect(['ar', 'ar-AE', 'ar-MA', 'ar-DZ', 'en'].map((l) => numberingSystemOf(l))).toEqual(['latn', 'latn', 'latn', 'latn', 'latn']);
    expect(['ar-SA', 'ar-EG'].map((l) => numberingSystemOf(l))).toEqual(['arab', 'arab']);
    expect(numberingSystemOf('ar', 'arab')).toBe('arab');
    expect(numberingSystemOf('ar-SA', 'latn')).toBe('latn');
  });
});

describe('canonicalTimeZone', () => {
  it('names a zone as Intl does, and refuses what Intl does not know', () => {
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('asia/dubai')).toBe('Asia/Dubai');
    expect(canonicalTimeZone('Asia/Riyadh')).toBe('Asia/Riyadh');
    expect(canonicalTimeZone('Mars/Olympus')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});

describe('dateOptionsFor / articleDates', () => {
  const settings: DateSettings = { dateCalendars: ['gregorian', 'hijri'], dateDigits: 'arab', timeZone: 'Asia/Riyadh' };

  it("applies the site's digits to Arabic texts, whatever their region", () => {
    expect(dateOptionsFor(settings, 'ar')).toEqual({ locale: 'ar', digits: 'arab', calendars: ['gregorian', 'hijri'], timeZone: 'Asia/Riyadh' });
    expect(dateOptionsFor(settings, 'ar-MA').digits).toBe('arab');
  });

  it('leaves a text in another language its own digits', () => {
    expect(dateOptionsFor(settings, 'en').digits).toBe('auto');
    expect(dateOptionsFor(settings, 'fr-FR').digits).toBe('auto');
  });

  it("gives an article's publication and update dates in its language", () => {
    const dates = articleDates({ publishedAt: DAY, updatedAt: '2024-07-28T10:00:00.000Z', locale: 'ar' }, settings);
    expect(dates).toEqual({
      published: { iso: DAY, gregorian: '٢٧ يوليو ٢٠٢٤', hijri: '٢١ محرم ١٤٤٦ هـ' },
      updated: { iso: '2024-07-28T10:00:00.000Z', gregorian: '٢٨ يوليو ٢٠٢٤', hijri: '٢٢ محرم ١٤٤٦ هـ' },
    });
    expect(articleDates({ publishedAt: DAY, updatedAt: DAY, locale: 'en' }, settings).published).toEqual({
      iso: DAY,
      gregorian: 'July 27, 2024',
      hijri: 'Muharram 21, 1446 AH',
    });
  });
});

describe('dateOptionsFor with a stored zone the runtime does not know', () => {
  it('counts the day in UTC instead of failing every read', () => {
    const settings: DateSettings = { dateCalendars: ['gregorian'], dateDigits: 'auto', timeZone: 'Mars/Olympus_Mons' };
    expect(dateOptionsFor(settings, 'ar').timeZone).toBe('UTC');
    expect(articleDates({ publishedAt: '2024-07-27T10:00:00Z', updatedAt: '2024-07-27T10:00:00Z', locale: 'ar' }, settings).published.gregorian).toBe('27 يوليو 2024');
  });
});

describe('publicationDate', () => {
  const REPUBLISHED = '2026-01-05T08:00:00.000Z';

  it('is the original publication date when the article has one, not the last publish', () => {
    expect(publicationDate({ originalPublishedAt: DAY, publishedAt: REPUBLISHED })).toBe(DAY);
    expect(publicationDate({ originalPublishedAt: new Date(DAY), publishedAt: new Date(REPUBLISHED) })).toBe(DAY);
  });

  it('falls back to publishedAt for a row without one (written before the field existed)', () => {
    for (const originalPublishedAt of [null, undefined, '']) {
      expect(publicationDate({ originalPublishedAt, publishedAt: REPUBLISHED })).toBe(REPUBLISHED);
    }
    expect(publicationDate({ publishedAt: '2026-01-05T12:00:00+04:00' })).toBe(REPUBLISHED);
  });

  it('dates an article for readers by it: an archive article republished today still reads 27 July 2024', () => {
    const settings: DateSettings = { dateCalendars: ['gregorian'], dateDigits: 'auto', timeZone: 'UTC' };
    const dates = articleDates({ originalPublishedAt: DAY, publishedAt: REPUBLISHED, updatedAt: REPUBLISHED, locale: 'ar' }, settings);
    expect(dates.published).toEqual({ iso: DAY, gregorian: '27 يوليو 2024' });
    expect(dates.updated.gregorian).toBe('5 يناير 2026');
  });
});
