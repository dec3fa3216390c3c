/// <reference lib="dom" />
/**
 * Functions the test runs inside the page (page.evaluate / locator.evaluate):
 * what the browser computed, not what the markup asked for.
 */

export interface DirectionProbe {
  /** The `dir` attribute, as set on the element. */
  dir: string | null;
  /** Computed `direction`. */
  direction: string;
  /** Computed `text-align` (`start`, `end`, `left`…). */
  textAlign: string;
  /** The side the text actually sits on: `start`/`end` resolved against the direction. */
  side: 'left' | 'right' | 'center' | 'justify';
  fontFamily: string;
}

/** How `element` lays out its text. */
export function probeDirection(element: Element): DirectionProbe {
  const style = getComputedStyle(element);
  const rtl = style.direction === 'rtl';
  const byKeyword: Record<string, DirectionProbe['side']> = {
    start: rtl ? 'right' : 'left',
    end: rtl ? 'left' : 'right',
    left: 'left',
    right: 'right',
    center: 'center',
    justify: 'justify',
    '-webkit-left': 'left',
    '-webkit-right': 'right',
  };
  return {
    dir: element.getAttribute('dir'),
    direction: style.direction,
    textAlign: style.textAlign,
    side: byKeyword[style.textAlign] ?? (rtl ? 'right' : 'left'),
    fontFamily: style.fontFamily,
  };
}

/**
 * Where the first line of text of `element` is drawn inside it: the gaps
 * (px) between the text and the element's inline edges. Right-aligned text
 * has a small gap on the right and a large one on the left.
 */
export function textGaps(element: Element): { left: number; right: number } | null {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const text = walker.nextNode();
  if (!text) return null;
  const range = document.createRange();
  range.selectNodeContents(text);
  const line = range.getClientRects()[0];
  const box = (text.parentElement ?? element).closest('[data-slate-node="element"]')?.getBoundingClientRect() ?? element.getBoundingClientRect();
  if (!line) return null;
  return { left: Math.round(line.left - box.left), right: Math.round(box.right - line.right) };
}

export interface TitleProbe {
  dir: string | null;
  /** Computed `direction` and `unicode-bidi`. */
  direction: string;
  unicodeBidi: string;
  /** Whether the text is wider than the box that clips it (so something is cut). */
  overflowing: boolean;
  /** Whether the title's first word is drawn inside that box: cut at its logical end, not its beginning. */
  firstWordShown: boolean;
  text: string;
}

/**
 * How a title is laid out in a box that may cut it: its direction, and
 * whether its first word is drawn inside what is visible of it (its box cut
 * by every ancestor that hides overflow).
 */
export function probeTitle(element: Element): TitleProbe {
  const style = getComputedStyle(element);
  // What is visible of the element: cut by itself and every ancestor that clips (a cell, a list box, a scroll area).
  const box = { left: -Infinity, right: Infinity };
  let clip: Element = element;
  let found = false;
  for (let at: Element | null = element; at; at = at.parentElement) {
    if (getComputedStyle(at).overflowX === 'visible') continue;
    if (!found) clip = at;
    found = true;
    const rect = at.getBoundingClientRect();
    box.left = Math.max(box.left, rect.left);
    box.right = Math.min(box.right, rect.right);
  }
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const node = walker.nextNode();
  const text = element.textContent ?? '';
  let firstWordShown = false;
  if (node) {
    const content = node.textContent ?? '';
    const firstWord = content.trim().split(/\s+/)[0];
    const start = content.indexOf(firstWord);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + firstWord.length);
    const rects = Array.from(range.getClientRects());
    firstWordShown = rects.length > 0 && rects.every((r) => r.left >= box.left - 1 && r.right <= box.right + 1);
  }
  return {
    dir: element.getAttribute('dir'),
    direction: style.direction,
    unicodeBidi: style.unicodeBidi,
    overflowing: clip.scrollWidth > clip.clientWidth + 1,
    firstWordShown,
    text,
  };
}
