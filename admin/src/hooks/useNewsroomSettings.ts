import * as React from 'react';
import { DEFAULT_EDITOR_SETTINGS, type EditorSettings } from '../core';
import { useFetched } from './useFetched';

/** Every setting: the settings page reads and edits them (`GET/PUT`). */
export const SETTINGS_URL = '/newsroom/settings';
/** The settings the edit view previews with, readable by anyone who may read newsroom articles. */
export const EDITOR_SETTINGS_URL = '/newsroom/editor-settings';

/**
 * The newsroom settings for the edit view, from `GET /newsroom/editor-settings`
 * (any admin who may read newsroom articles). Should it fail, the panel previews
 * with the server's defaults (`fromServer` false) rather than failing.
 */
export function useNewsroomSettings(): { settings: EditorSettings; fromServer: boolean } {
  const fetched = useFetched<EditorSettings>(EDITOR_SETTINGS_URL);
  const answer = fetched.status === 'ready' ? fetched.data : null;
  // A forbidden or failed request leaves the defaults in place.
  return React.useMemo(
    () => (answer ? { settings: { ...DEFAULT_EDITOR_SETTINGS, ...answer }, fromServer: true } : { settings: DEFAULT_EDITOR_SETTINGS, fromServer: false }),
    [answer]
  );
}
