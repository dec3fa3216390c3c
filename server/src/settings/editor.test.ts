import { DEFAULT_CONFIG_SETTINGS, DEFAULT_SETTINGS, type NewsroomSettings } from './defaults';
import { DEFAULT_EDITOR_SETTINGS, EDITOR_SETTING_KEYS, editorSettings } from './editor';

const settings: NewsroomSettings = {
  ...DEFAULT_CONFIG_SETTINGS,
  ...DEFAULT_SETTINGS,
  publisherName: 'الإمارات اليوم',
  defaultCreditText: 'الإمارات اليوم',
  tdmPolicyUrl: 'https://example.com/tdm',
};

describe('editorSettings', () => {
  it('gives the edit view what it previews with, and not the settings only the settings page needs', () => {
    const picked = editorSettings(settings);
    expect(Object.keys(picked).sort()).toEqual([...EDITOR_SETTING_KEYS].sort());
    expect(picked.publisherName).toBe('الإمارات اليوم');
    expect(picked).not.toHaveProperty('tdmPolicyUrl');
    expect(picked).not.toHaveProperty('defaultCreditText');
    expect(picked).not.toHaveProperty('publisherUrl');
  });
});

describe('DEFAULT_EDITOR_SETTINGS', () => {
  it('are those of a fresh install', () => {
    expect(DEFAULT_EDITOR_SETTINGS).toMatchObject({ slugStrategy: 'unicode', wordsPerMinute: 180, publisherName: 'Newsroom', defaultLicense: 'all-rights-reserved' });
  });
});
