import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { DEFAULT_WORDS_PER_MINUTE, type SlugStrategy } from '../text-engine';

/** The editors' settings the admin reads from `GET /newsroom/settings` (the server returns more). */
export interface NewsroomSettings {
  slugStrategy: SlugStrategy;
  wordsPerMinute: number;
  /** The site's article URL, e.g. `https://example.com/{locale}/news/{slug}`; null: none configured. */
  articleUrlTemplate?: string | null;
  publisherName?: string;
  /** A licence code of content-types/licenses.ts. */
  defaultLicense?: string;
  defaultCopyrightHolder?: string | null;
  /** `{ locale: template with {year} and {holder} }`. */
  copyrightTemplates?: Record<string, string>;
  reuseAllowedByDefault?: boolean;
  tdmReservation?: boolean;
}

/** Everything `GET/PUT /newsroom/settings` holds (the settings page edits them all). */
export interface NewsroomAllSettings extends NewsroomSettings {
  publisherUrl?: string | null;
  defaultCreditText?: string | null;
  tdmPolicyUrl?: string | null;
}

/** What the server uses when nothing is configured (server/src/config). */
export const DEFAULT_SETTINGS: NewsroomSettings = { slugStrategy: 'unicode', wordsPerMinute: DEFAULT_WORDS_PER_MINUTE };

export const SETTINGS_URL = '/newsroom/settings';
/** The settings the edit view previews with, readable by anyone who may read newsroom articles. */
export const EDITOR_SETTINGS_URL = '/newsroom/editor-settings';

/**
 * The newsroom settings for the edit view, from `GET /newsroom/editor-settings`
 * (any admin who may read newsroom articles). Should it fail, the panel counts
 * with the defaults (`fromServer` false) rather than failing.
 */
export function useNewsroomSettings(): { settings: NewsroomSettings; fromServer: boolean } {
  const { get } = useFetchClient();
  const [state, setState] = React.useState({ settings: DEFAULT_SETTINGS, fromServer: false });

  React.useEffect(() => {
    let active = true;
    // useFetchClient aborts its requests when the component unmounts.
    get<{ data: NewsroomSettings }>(EDITOR_SETTINGS_URL)
      .then(({ data }) => {
        if (active) setState({ settings: { ...DEFAULT_SETTINGS, ...data.data }, fromServer: true });
      })
      .catch(() => {
        // Defaults already in place; a forbidden or aborted request changes nothing.
      });
    return () => {
      active = false;
    };
  }, [get]);

  return state;
}
