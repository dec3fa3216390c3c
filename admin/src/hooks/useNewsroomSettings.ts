import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { DEFAULT_EDITOR_SETTINGS, type EditorSettings } from '../core';

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
  const { get } = useFetchClient();
  const [state, setState] = React.useState({ settings: DEFAULT_EDITOR_SETTINGS, fromServer: false });

  React.useEffect(() => {
    let active = true;
    // useFetchClient aborts its requests when the component unmounts.
    get<{ data: EditorSettings }>(EDITOR_SETTINGS_URL)
      .then(({ data }) => {
        if (active) setState({ settings: { ...DEFAULT_EDITOR_SETTINGS, ...data.data }, fromServer: true });
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
