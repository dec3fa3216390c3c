/**
 * What a collapsed body block shows after its name: the component's
 * `mainField`, read from the form's values with a lodash path. Strapi only
 * accepts a string-like attribute there and has none for a paragraph (its
 * text is rich text): a path into the rich text, `text.0.children.0.text`,
 * shows the paragraph's first run of text, live as the editor types. The
 * quote shows its text rather than its attribution (Strapi's default, the
 * first `string` attribute). The other blocks keep Strapi's default, their
 * first string (intertitle text, caption, embed URL, link label). Set through the Content Manager's
 * `Admin/CM/pages/EditView/mutate-edit-view-layout` hook: nothing is stored.
 */
export const BLOCK_MAIN_FIELDS: Readonly<Record<string, string>> = {
  'newsroom.paragraph': 'text.0.children.0.text',
  'newsroom.quote': 'text',
};

interface EditLayoutArgs {
  layout: { components?: Record<string, { settings?: Record<string, unknown> } & Record<string, unknown>> } & Record<string, unknown>;
  [key: string]: unknown;
}

/** The hook's handler: the newsroom components' main fields, others untouched. */
export function setBlockMainFields<T extends EditLayoutArgs>(args: T): T {
  const components = args.layout?.components;
  if (!components) return args;
  const next = { ...components };
  let changed = false;
  for (const [uid, mainField] of Object.entries(BLOCK_MAIN_FIELDS)) {
    const component = next[uid];
    if (!component || component.settings?.mainField === mainField) continue;
    next[uid] = { ...component, settings: { ...component.settings, mainField } };
    changed = true;
  }
  return changed ? { ...args, layout: { ...args.layout, components: next } } : args;
}
