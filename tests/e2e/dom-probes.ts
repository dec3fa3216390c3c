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
