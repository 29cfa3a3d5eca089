// The widget's text a CMS-safe placeholder may hold for readers without JavaScript
// (therapy-widgets/server/fallback.js, docs/cms-fallback.md), as the editor integrations keep it:
// only text made of the elements that module writes is kept, written back the way it writes
// them, and only while the placeholder's settings are the ones it was made for.
//
// The text is read from HTML as the editors hand it over, which is always HTML written out by a
// browser (CKEditor 5's raw content and WordPress's block attributes are an element's innerHTML),
// by TinyMCE's serializer or by this module, and never given to the browser's HTML parser: on a page
// that enforces Trusted Types, every way into that parser (innerHTML, DOMParser,
// createContextualFragment) needs a policy, which a CMS's admin page need not give a plugin.
// None of this reaches the script-tag bundle.
import { escapeHtml, listHtml, placeholderContent, placeholderHtml, type WidgetSettings } from './settings.js';

/** One element of the text, with what it holds, or a run of text (its characters, not HTML). */
type Piece = string | { name: string; href?: string; children: Piece[] };

// What the fallback text is made of: blocks (headings, paragraphs, lists of items), and inside
// them text, <strong> and the emergency number's tel: link. A <div> or <section> around blocks is
// read through, and a line break inside a block is read as a space (editors add both); any other
// element is not the widget's text. Of the attributes, only a link's href is kept.
const TEXT_BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const WRAPPERS = new Set(['div', 'section']);
const PHONE_LINK = /^tel:[\d+]+$/;

// One step through HTML as browsers and editors write it: an end tag, a start tag with its
// attributes (any, as editors and CMSs add their own: values double-, single- or unquoted, or none),
// or text up to the next tag. Anything else (a comment, an upper-case name, a `<` that starts no
// tag) is not the widget's text.
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;
const STEP = new RegExp(
  String.raw`<\/(?<end>[a-z][a-z\d]*)\s*>|<(?<start>[a-z][a-z\d]*)(?<attributes>(?:${ATTRIBUTE.source})*)\s*\/?>|(?<text>[^<]+)`,
  'y',
);

// The named character references text may hold: & < > always, " and ' (escapeHtml, editors) and
// the no-break space (browsers) where they occur. Numeric ones (&#39;, &#x27;) are read too.
const CHARACTERS: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
  ['nbsp', '\u00a0'],
]);

/** The character a numeric reference's code point stands for; undefined for none (0, a surrogate, past U+10FFFF). */
function codePoint(value: number): string | undefined {
  const usable = value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff);
  return usable ? String.fromCodePoint(value) : undefined;
}

/** The characters a run of text stands for; undefined if it holds a reference not read here. */
function decode(text: string): string | undefined {
  let known = true;
  const decoded = text.replace(
    /&(?:#(\d{1,7});|#x([\da-f]{1,6});|([a-z]+);)?/gi,
    (reference, decimal?: string, hex?: string, name?: string) => {
      const character =
        decimal !== undefined
          ? codePoint(Number.parseInt(decimal, 10))
          : hex !== undefined
            ? codePoint(Number.parseInt(hex, 16))
            : name === undefined
              ? undefined
              : CHARACTERS.get(name);
      if (character === undefined) known = false;
      return character ?? reference;
    },
  );
  return known ? decoded : undefined;
}

/** A start tag's href, decoded, when `name` is a link that has one; undefined otherwise, or for one that cannot be read. */
function hrefOf(name: string, attributes: string): string | undefined {
  if (name !== 'a') return undefined;
  const attribute = new RegExp(ATTRIBUTE);
  for (let found = attribute.exec(attributes); found; found = attribute.exec(attributes)) {
    const [, attributeName, double, single, unquoted] = found;
    // As browsers do, the first href counts; one with no value is an empty link.
    if (attributeName === 'href') return decode(double ?? single ?? unquoted ?? '') ?? '';
  }
  return undefined;
}

/** The elements and texts `html` is made of, with line breaks as spaces; undefined when it is not HTML as read here. */
function read(html: string): Piece[] | undefined {
  const top: Piece[] = [];
  const open: Exclude<Piece, string>[] = [];
  const step = new RegExp(STEP);
  while (step.lastIndex < html.length) {
    const found = step.exec(html);
    if (!found) return undefined;
    const { end, start: name, attributes = '', text } = found.groups ?? {};
    const into = open[open.length - 1]?.children ?? top;
    if (end !== undefined) {
      if (open.pop()?.name !== end) return undefined;
    } else if (name !== undefined) {
      // A line break has no end tag and holds nothing: in the text, it is a space.
      if (name === 'br') {
        into.push(' ');
        continue;
      }
      const href = hrefOf(name, attributes);
      const element = { name, ...(href === undefined ? {} : { href }), children: [] };
      into.push(element);
      open.push(element);
    } else {
      const characters = decode(text);
      if (characters === undefined) return undefined;
      into.push(characters);
    }
  }
  return open.length === 0 ? top : undefined;
}

const isBlank = (piece: Piece): boolean => typeof piece === 'string' && !piece.trim();

/** Text, <strong> and tel: links, written back as the fallback text writes them; undefined for anything else. */
function inlineHtml(pieces: readonly Piece[]): string | undefined {
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out += escapeHtml(piece);
      continue;
    }
    const inside = inlineHtml(piece.children);
    if (inside === undefined) return undefined;
    if (piece.name === 'strong' && piece.href === undefined) out += `<strong>${inside}</strong>`;
    else if (piece.name === 'a' && piece.href !== undefined && PHONE_LINK.test(piece.href)) {
      out += `<a href="${escapeHtml(piece.href)}">${inside}</a>`;
    } else return undefined;
  }
  return out;
}

/** One block, written back as the fallback text writes it; undefined for anything else. */
function blockHtml(piece: Piece): string | undefined {
  if (typeof piece === 'string' || piece.href !== undefined) return undefined;
  if (TEXT_BLOCKS.has(piece.name)) {
    const inside = inlineHtml(piece.children);
    return inside === undefined ? undefined : `<${piece.name}>${inside}</${piece.name}>`;
  }
  if (piece.name !== 'ul') return undefined;
  const items: string[] = [];
  for (const item of piece.children) {
    if (isBlank(item)) continue;
    const isItem = typeof item !== 'string' && item.name === 'li' && item.href === undefined;
    const inside = isItem ? inlineHtml(item.children) : undefined;
    if (inside === undefined) return undefined;
    items.push(inside);
  }
  return listHtml(items);
}

/** The blocks of `pieces`, read through the wrappers around them; undefined when one is not a block. */
function blocksHtml(pieces: readonly Piece[]): string[] | undefined {
  const blocks: string[] = [];
  for (const piece of pieces) {
    if (isBlank(piece)) continue;
    const wrapped = typeof piece !== 'string' && WRAPPERS.has(piece.name) ? blocksHtml(piece.children) : undefined;
    const found = wrapped ?? [blockHtml(piece)];
    if (found.includes(undefined)) return undefined;
    blocks.push(...(found as string[]));
  }
  return blocks;
}

/** The text `html` holds as fallbackTextToKeep() keeps it; undefined when it holds anything else. */
function textToKeep(html: string): string | undefined {
  const pieces = read(html);
  return pieces && blocksHtml(pieces)?.join('\n');
}

/**
 * The fallback text held in a placeholder, given as the HTML between its tags, as an editor
 * integration keeps it: the same blocks, one a line, written as therapy-widgets/server/fallback.js
 * writes them, so text made by it comes back byte for byte. What editors and CMSs add to it is
 * left out: attributes (but a link's href), line breaks (read as spaces), a <div> or <section>
 * around the blocks. '' when the placeholder holds nothing but white space, and '' too when it holds
 * anything else (another element, a link that is not a phone number, an unknown character
 * reference): that is not the widget's text, and none of it is kept, so no block of it goes
 * missing. Nothing in `html` is returned as it was: the result is written afresh from the allowed
 * elements, every text escaped.
 */
export function fallbackTextToKeep(html: string): string {
  return textToKeep(html) ?? '';
}

/**
 * Whether a placeholder holding `html` held something fallbackTextToKeep() does not keep: what the
 * editors tell the person editing, as the placeholder is then saved without it.
 */
export const fallbackTextNotKept = (html: string): boolean => textToKeep(html) === undefined;

/**
 * What goes between a placeholder's tags for the text `html` holds, as nodes of `document`: the text
 * fallbackTextToKeep() keeps, on lines of its own as placeholderContent() writes it, or nothing.
 * Made node by node, with no HTML parser, for editors that build the saved HTML as a DOM tree.
 */
export function placeholderContentNodes(html: string, document: Document): Node[] {
  const node = (piece: Piece): Node => {
    if (typeof piece === 'string') return document.createTextNode(piece);
    const element = document.createElement(piece.name);
    if (piece.href !== undefined) element.setAttribute('href', piece.href);
    element.append(...piece.children.map(node));
    return element;
  };
  return (read(placeholderContent(fallbackTextToKeep(html))) ?? []).map(node);
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
