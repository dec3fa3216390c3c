import { DEFAULT_CONFIG_SETTINGS, DEFAULT_SETTINGS, type NewsroomSettings } from './defaults';

/**
 * The settings the edit view previews with (`GET /newsroom/editor-settings`),
 * readable by anyone who may read articles: what the panel needs to show the
 * slug, length, licence and dates as the API will serve them, nothing else (no TDM
 * policy, no credit text).
 */
export const EDITOR_SETTING_KEYS = [
  'slugStrategy',
  'wordsPerMinute',
  'articleUrlTemplate',
  'publisherName',
  'defaultLicense',
  'defaultCopyrightHolder',
  'copyrightTemplates',
  'reuseAllowedByDefault',
  'tdmReservation',
  'dateCalendars',
  'dateDigits',
  'timeZone',
] as const satisfies readonly (keyof NewsroomSettings)[];

export type EditorSettingKey = (typeof EDITOR_SETTING_KEYS)[number];

/** The editor settings out of all the settings. */
export function editorSettings(settings: NewsroomSettings): Pick<NewsroomSettings, EditorSettingKey> {
  return Object.fromEntries(EDITOR_SETTING_KEYS.map((key) => [key, settings[key]])) as Pick<NewsroomSettings, EditorSettingKey>;
}

/** The editor settings of a fresh install: what the panel previews with until (or unless) the server answers. */
export const DEFAULT_EDITOR_SETTINGS = editorSettings({ ...DEFAULT_CONFIG_SETTINGS, ...DEFAULT_SETTINGS });
