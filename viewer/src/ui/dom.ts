// DOM helpers that only ever create text: survey names are data, never HTML.

type Child = Node | string | null | undefined | false;

/** Creates an element; string children become text nodes, attributes are set one by one (never innerHTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A link that opens in a new tab, only for http(s) URLs; anything else becomes plain text. */
export function safeLink(url: string, text: string): HTMLElement {
  let protocol = '';
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'http:' && protocol !== 'https:') return el('span', { class: 'unsafe-link' }, text);
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, text);
}

export function clear(node: Element): void {
  node.replaceChildren();
}

export const GLYPH: Readonly<Record<string, string>> = { full: '●', partial: '◑', none: '○' };

/** A name from the survey, isolated: a right-to-left override inside it cannot reorder the text around it. */
export function bdi(text: string): HTMLElement {
  return el('bdi', {}, text);
}

/** Text for screen readers only. */
export function hiddenText(text: string): HTMLElement {
  return el('span', { class: 'visually-hidden' }, text);
}

/** Scrolls `container` (only it, never the page) so that `element` is in view below a sticky header of `top` px. */
export function scrollWithin(container: HTMLElement, element: HTMLElement, top = 0): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  if (target.top < box.top + top) container.scrollTop -= box.top + top - target.top;
  else if (target.bottom > box.bottom) container.scrollTop += target.bottom - box.bottom;
}
