import * as React from 'react';
import type { Direction } from '../../core';
import { ARTICLE_TEXT_FIELDS, fieldPattern } from './text-fields';

/** Set on every input the plugin gave a `dir`, so styles target only those and cleanup finds them. */
export const FIELD_MARK = 'data-newsroom-dir';
/** Set on the edit view's form: the article's direction, for the font stack. */
export const FORM_MARK = 'data-newsroom-article-dir';

const TEXT_INPUTS = 'input[name], textarea[name]';
/** Slate's editable root: the Content Manager's rich text (blocks) editor. Every blocks field of the article is article text. */
const BLOCKS_EDITORS = '[data-slate-editor="true"]';

function mark(element: Element, dir: string): void {
  if (element.getAttribute('dir') !== dir) element.setAttribute('dir', dir);
  if (element.getAttribute(FIELD_MARK) !== dir) element.setAttribute(FIELD_MARK, dir);
}

/** Give every text input, textarea and blocks editor of `form` its direction. Idempotent. */
function applyDirections(form: HTMLFormElement, dir: Direction): void {
  if (form.getAttribute(FORM_MARK) !== dir) form.setAttribute(FORM_MARK, dir);
  form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_INPUTS).forEach((input) => {
    const source = ARTICLE_TEXT_FIELDS.get(fieldPattern(input.name));
    if (source) mark(input, source === 'own' ? 'auto' : dir);
  });
  form.querySelectorAll(BLOCKS_EDITORS).forEach((editor) => mark(editor, dir));
}

/** Remove what applyDirections set, leaving the form as the Content Manager rendered it. */
function clearDirections(form: HTMLFormElement): void {
  form.removeAttribute(FORM_MARK);
  form.querySelectorAll(`[${FIELD_MARK}]`).forEach((element) => {
    element.removeAttribute('dir');
    element.removeAttribute(FIELD_MARK);
  });
}

/**
 * Keeps the `dir` of the article's text inputs in step with the article's
 * direction while the edit view of a newsroom article is open.
 *
 * Why the DOM and not custom fields: the Content Manager renders its own
 * inputs (string, text and the blocks editor, inside components and dynamic
 * zones) and offers no per-field hook; custom fields cannot replace a
 * `blocks` field and would tie the stored model to the admin. Strapi's inputs
 * never set `dir`, so React leaves the attribute alone; a MutationObserver
 * marks inputs that appear later (new blocks, a remounted editor). Everything
 * is scoped to the form that contains `anchor` — this content type's edit view
 * only — and undone on unmount.
 */
export function useFieldDirection(anchor: React.RefObject<HTMLElement>, dir: Direction): void {
  React.useLayoutEffect(() => {
    const form = anchor.current?.closest('form');
    if (!form) return undefined;
    applyDirections(form, dir);
    // Observer callbacks run before the next paint, so a new input never shows in the wrong direction.
    // Only added/removed nodes are watched: the attributes set here never re-trigger it.
    const observer = new MutationObserver(() => applyDirections(form, dir));
    observer.observe(form, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      clearDirections(form);
    };
  }, [anchor, dir]);
}
