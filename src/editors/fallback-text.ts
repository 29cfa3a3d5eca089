// The widget's text a CMS-safe placeholder may hold for readers without JavaScript
// (therapy-widgets/server/fallback.js, docs/cms-fallback.md), as the editor integrations keep it:
// only text made of the elements that module writes is kept, written back the way it writes
// them, and only while the placeholder's settings are the ones it was made for. Uses the browser's
// HTML parser; none of this reaches the script-tag bundle.
import { escapeHtml, listHtml, placeholderHtml, type WidgetSettings } from './settings.js';

// What the fallback text is made of: blocks (headings, paragraphs, lists of items), and inside
// them text, <strong> and the emergency number's tel: link. No other element or attribute.
const TEXT_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const PHONE_LINK = /^tel:[\d+]+$/;

const isBlank = (node: Node): boolean => node.nodeType === Node.TEXT_NODE && !node.textContent?.trim();

/** The element's attributes are exactly `names`. */
const hasOnly = (element: Element, ...names: string[]): boolean =>
  element.attributes.length === names.length && names.every((name) => element.hasAttribute(name));

/** Text, <strong> and tel: links, written back as the fallback text writes them; undefined for anything else. */
function inlineHtml(parent: Node): string | undefined {
  let out = '';
  for (const node of parent.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      out += escapeHtml(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return undefined;
    const element = node as Element;
    const inside = inlineHtml(element);
    if (inside === undefined) return undefined;
    const href = element.getAttribute('href') ?? '';
    if (element.localName === 'strong' && hasOnly(element)) out += `<strong>${inside}</strong>`;
    else if (element.localName === 'a' && hasOnly(element, 'href') && PHONE_LINK.test(href)) {
      out += `<a href="${escapeHtml(href)}">${inside}</a>`;
    } else return undefined;
  }
  return out;
}

/** One block, written back as the fallback text writes it; undefined for anything else. */
function blockHtml(element: Element): string | undefined {
  if (!hasOnly(element)) return undefined;
  if (TEXT_BLOCKS.has(element.localName)) {
    const inside = inlineHtml(element);
    return inside === undefined ? undefined : `<${element.localName}>${inside}</${element.localName}>`;
  }
  if (element.localName !== 'ul') return undefined;
  const items: string[] = [];
  for (const node of element.childNodes) {
    if (isBlank(node)) continue;
    const item = node as Element;
    const inside = item.localName === 'li' && hasOnly(item) ? inlineHtml(item) : undefined;
    if (inside === undefined) return undefined;
    items.push(inside);
  }
  return listHtml(items);
}

/**
 * The fallback text held in a placeholder, given as the HTML between its tags, as an editor
 * integration keeps it: the same blocks, one a line, written as therapy-widgets/server/fallback.js
 * writes them, so text made by it comes back byte for byte. '' when the placeholder holds nothing
 * but white space, or anything that module does not write (another element, an attribute, a link
 * that is not a phone number): that is not the widget's text, and is not kept.
 */
export function fallbackTextToKeep(html: string): string {
  // Parsing only, never shown: `html` is what an editor loaded, so it may hold anything, but the
  // content of a template in a document of its own is inert (no script runs, nothing loads), and
  // nothing parsed here is returned: the result is written afresh below from the allowed elements,
  // with every text escaped.
  const template = document.implementation.createHTMLDocument('').createElement('template');
  template.innerHTML = html;
  const blocks: string[] = [];
  for (const node of template.content.childNodes) {
    if (isBlank(node)) continue;
    const block = node.nodeType === Node.ELEMENT_NODE ? blockHtml(node as Element) : undefined;
    if (block === undefined) return '';
    blocks.push(block);
  }
  return blocks.join('\n');
}

/**
 * Whether the text a placeholder holds still says what the widget says after its settings change
 * from `before` to `after`: only when the placeholder stays the same, but for `listen`. Every other
 * setting it saves changes the text (the heading level its headings, the emergency number its
 * link, the language its words); the Listen button reads the text aloud and adds nothing to it
 * (therapy-widgets/server/fallback.js takes no `listen`).
 */
export function fallbackTextStillFits(before: WidgetSettings, after: WidgetSettings): boolean {
  const text = (settings: WidgetSettings) => placeholderHtml({ ...settings, listen: false });
  return text(before) === text(after);
}
