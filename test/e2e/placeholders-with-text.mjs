// Placeholders holding their widget's text, as the build and the fallback command write them, and
// placeholders holding something else: what the editor tests load, edit around and save.
import { readdirSync, readFileSync } from 'node:fs';
import { renderPlaceholder } from '../../dist/server/fallback.js';

const FOLDER = 'dist/fallback/targeted-therapy';

/**
 * Every placeholder with text the build writes (each widget, language and audience), and one
 * made with settings of its own, whose values hold characters HTML escapes (`&`, `"`, `<`).
 */
export async function placeholdersWithText() {
  const built = readdirSync(FOLDER).flatMap((variant) =>
    readdirSync(`${FOLDER}/${variant}`).map((file) => ({
      name: `${variant}/${file}`,
      html: readFileSync(`${FOLDER}/${variant}/${file}`, 'utf8').trim(),
    })),
  );
  if (built.length !== 20) throw new Error(`expected 20 built placeholders, found ${built.length}`);
  const own = await renderPlaceholder({
    widget: 'cog-disclaimer',
    lang: 'es',
    audience: 'child',
    headingLevel: 3,
    emergencyNumber: '+34 900 000 000',
    publisher: 'Hospital "Niño & Salud"',
    copyright: '© 2026 <Hospital Niño & Salud>',
    reviewed: '2026-12-01',
    reviewedBy: 'Enfermería',
  });
  return [...built, { name: 'cog-disclaimer with settings of its own', html: own }];
}

/**
 * The side-effect card's placeholder with its text, in English for families (`data-heading-level="2"`),
 * and the empty placeholder the plugins save for it once a setting changes.
 */
export const SIDE_EFFECT_CARD = {
  held: () => readFileSync(`${FOLDER}/family.en/side-effect-card.html`, 'utf8').trim(),
  /** The same widget's empty placeholder at another heading level. */
  emptyAtLevel: (level) =>
    `<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy" lang="en" data-heading-level="${level}"></div>`,
};

/**
 * The side-effect card's placeholder (`SIDE_EFFECT_CARD.held()`) with what editors and CMSs add to
 * its text: attributes, a line break inside a paragraph, a <div> around it. The plugins leave them
 * out and keep the text as it was, byte for byte.
 */
export function sideEffectCardWithAdditions() {
  const card = SIDE_EFFECT_CARD.held();
  const opening = card.indexOf('>') + 1;
  const closing = card.lastIndexOf('</div>');
  const text = card
    .slice(opening, closing)
    .replace('<h2>', '<h2 id="side-effects" class="wp-block-heading">')
    .replace('<p>', '<p dir="ltr" class=\'lead\'>')
    .replace('side effects too. When', 'side effects too.<br>When')
    .replace('<a href="tel:911">', '<a class=phone href="tel:911" data-x>');
  return `${card.slice(0, opening)}<div class="entry-content">${text}</div>\n${card.slice(closing)}`;
}

/** `html` with its list items numbered as CKEditor 5 with General HTML Support saves them. */
export const withListItemIds = (html) => {
  let item = 0;
  return html.replaceAll('<li>', () => `<li data-list-item-id="e${(item++).toString(16).padStart(32, '0')}">`);
};

/**
 * Placeholders holding something other than the widget's text: hand-written HTML, elements and
 * links the fallback text never has, and handlers that must not run (they would set
 * `window.__heldTextRan`). Each is saved as the empty placeholder `EMPTY_SIDE_EFFECT_CARD`.
 */
export const NOT_WIDGET_TEXT = [
  '<p>Our own note about <em>side effects</em>.</p>',
  '<h2>Side effects</h2>\n<p>Call <a href="https://example.org/">us</a>.</p>',
  '<h2>Side effects</h2>\n<p>Call <a href="javascript:window.__heldTextRan=1">911</a>.</p>',
  '<h2>Side effects</h2>\n<img src="data:," onerror="window.__heldTextRan=1">',
  '<h2>Side effects</h2>\n<p>Side effects <img src="data:,"> are problems.</p>',
  'Side effects are problems a treatment can cause.',
].map((inside) => `<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy">${inside}</div>`);

/**
 * A placeholder holding a script besides a heading. It must not run, and is never saved; an
 * editor whose own filter removes it first (TinyMCE) may keep the heading that is left.
 */
export const WITH_SCRIPT =
  '<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy"><h2>Side effects</h2>\n<script>window.__heldTextRan = 1</script></div>';

export const EMPTY_SIDE_EFFECT_CARD =
  '<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy" data-heading-level="2"></div>';
