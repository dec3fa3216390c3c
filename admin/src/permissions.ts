/** Admin permissions the plugin's pages check (registered by the server's bootstrap). */
export const PERMISSIONS = {
  readSettings: [{ action: 'plugin::newsroom.settings.read', subject: null }],
  importWordpress: [{ action: 'plugin::newsroom.import.wordpress', subject: null }],
  updateSettings: [{ action: 'plugin::newsroom.settings.update', subject: null }],
};
