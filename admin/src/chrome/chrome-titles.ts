import { ensureChromeStyles } from './chrome-styles';
import { ARTICLE_ROUTE, isArticleEditRoute, markTitle } from './titles';

/** Relation inputs of the article's edit view whose options are articles: the related list and read-also blocks. */
const isArticleRelation = (name: string) => name === 'related' || /^body\.\d+\.article$/.test(name);

/** The elements under `root` that hold text themselves (not only other elements): where a title's letters are. */
function textHolders(root: Element): Element[] {
  const holders: Element[] = [];
  const candidates = [root, ...Array.from(root.querySelectorAll('span, div'))];
  for (const element of candidates) {
    if (element.closest('[role="status"]')) continue; // the draft/published badge
    if (Array.from(element.childNodes).some((node) => node.nodeType === 3 && node.textContent!.trim() !== '')) holders.push(element);
  }
  return holders;
}

/** The edit view of an article: its header, its collapsed body blocks, its article pickers and picked articles. */
function markEditView(doc: Document): void {
  const main = doc.getElementById('main-content') ?? doc.body;
  const header = main.querySelector('h1');
  if (header) markTitle(header);
  const form = main.querySelector('form');
  if (!form) return;
  // Collapsed dynamic-zone blocks: "Paragraph - first words…" (block-main-fields.ts).
  form.querySelectorAll('li h3 button').forEach((trigger) => textHolders(trigger).forEach(markTitle));
  form.querySelectorAll<HTMLInputElement>('input[role="combobox"][name]').forEach((input) => {
    if (!isArticleRelation(input.name)) return;
    // The picker's options (rendered in a portal, found by the id the input controls).
    const listbox = input.getAttribute('aria-controls');
    const options = listbox ? doc.getElementById(listbox) : null;
    options?.querySelectorAll('[role="option"]').forEach((option) => textHolders(option).forEach(markTitle));
  });
  // The articles already picked, listed under their field (each a drag handle and a title button).
  form.querySelectorAll('[data-handler-id] button').forEach((button) => {
    if (!button.closest('h3')) textHolders(button).forEach(markTitle);
  });
}

/** Rows of the home page's widgets (last edited / last published entries) that are newsroom articles, found by their link. */
function markWidgetRows(doc: Document): void {
  doc.querySelectorAll(`a[href*="${ARTICLE_ROUTE}/"]`).forEach((link) => {
    const row = link.closest('tr');
    const title = row?.querySelector('td span[title]');
    if (title) markTitle(title);
  });
}

/** Mark every article title of Strapi's chrome that the document shows now. Idempotent. */
export function markChromeTitles(doc: Document): void {
  if (isArticleEditRoute(doc.location.pathname)) markEditView(doc);
  markWidgetRows(doc);
}

/**
 * Keeps Strapi's chrome marked while the admin runs: started once from the
 * plugin's bootstrap, it watches the document for added nodes (route changes,
 * lists loading, pickers opening) and marks, once a frame at most, the titles
 * it knows. Marking only sets attributes, which the observer does not watch.
 */
export function watchChromeTitles(doc: Document): () => void {
  ensureChromeStyles(doc);
  markChromeTitles(doc);
  let pending = 0;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = requestAnimationFrame(() => {
      pending = 0;
      markChromeTitles(doc);
    });
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    if (pending) cancelAnimationFrame(pending);
  };
}
