import { calendarChoice, calendarsOf, CALENDAR_CHOICES, previewLocales, timeZoneOptions } from './date-settings';

describe('calendarChoice / calendarsOf', () => {
  it('turns the stored list into one select value and back, whatever the stored order', () => {
    expect(calendarChoice(['gregorian', 'hijri'])).toBe('gregorian,hijri');
    expect(calendarChoice(['hijri', 'gregorian'])).toBe('gregorian,hijri');
    expect(calendarChoice(['hijri'])).toBe('hijri');
    expect(calendarChoice(['gregorian'])).toBe('gregorian');
    expect(CALENDAR_CHOICES.map(calendarsOf)).toEqual([['gregorian', 'hijri'], ['gregorian'], ['hijri']]);
  });

  it('reads a missing or empty list as both calendars, the default', () => {
    expect(calendarChoice(undefined)).toBe('gregorian,hijri');
    expect(calendarChoice([])).toBe('gregorian,hijri');
  });
});

describe('timeZoneOptions', () => {
  it('offers UTC first, then the zones Intl knows', () => {
    expect(timeZoneOptions('UTC', ['Africa/Algiers', 'Asia/Dubai'])).toEqual(['UTC', 'Africa/Algiers', 'Asia/Dubai']);
  });

  it('keeps a stored zone the browser does not list, so the select can show it', () => {
    expect(timeZoneOptions('Asia/Calcutta', ['Asia/Kolkata'])).toEqual(['Asia/Calcutta', 'UTC', 'Asia/Kolkata']);
  });

  it("lists the runtime's own zones by default", () => {
    expect(timeZoneOptions(undefined)).toEqual(expect.arrayContaining(['UTC', 'Asia/Riyadh', 'Africa/Casablanca']));
  });
});

describe('previewLocales', () => {
  it("puts the site's default locale first", () => {
    const locales = [
      { code: 'en', name: 'English (en)' },
      { code: 'ar', name: 'Arabic (ar)', isDefault: true },
    ];
    expect(previewLocales(locales, 'en').map((l) => l.code)).toEqual(['ar', 'en']);
  });

  it("falls back to the interface's language when the site's locales are unknown", () => {
    expect(previewLocales(null, 'ar')).toEqual([{ code: 'ar', name: 'ar', isDefault: true }]);
  });
});
