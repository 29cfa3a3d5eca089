// The TinyMCE plugin (dist/editors/tinymce/plugin.js) in real TinyMCE from npm, driven as an
// editor would: through the toolbar button, its dialog and the keyboard. What the editor saves
// must be exactly the placeholder, holding the widget's text where it did until a setting changes,
// and that placeholder must become the right widget on a page.
/* global tinymce, DOMPurify -- the test page's globals, used in code that runs in the page */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import { after, test } from 'node:test';
import { checkSettings, defaultSettings, editorText, placeholderHtml } from '../../dist/editors/settings.js';
import { PLACEHOLDER_ATTRIBUTES } from '../../dist/shared/placeholders.js';
import { openBrowserAndSite } from './browser.mjs';
import { MANIFEST } from '../manifest.mjs';
import { matchEditorPicture } from '../visual/pictures.mjs';
import { axeViolations, eventually, watchProblems } from './page-checks.mjs';
import {
  EMPTY_SIDE_EFFECT_CARD,
  NOT_WIDGET_TEXT,
  SIDE_EFFECT_CARD,
  WITH_SCRIPT,
  placeholdersWithText,
  sideEffectCardWithAdditions,
  withListItemIds,
} from './placeholders-with-text.mjs';
import { enforceTrustedTypes, recordViolations, refusesPluginHtml } from './trusted-types.mjs';

const require = createRequire(import.meta.url);
const DOMPURIFY = require.resolve('dompurify/dist/purify.min.js');
const EN = editorText('en');
const ES = editorText('es');

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
after(close);

/**
 * Opens the test page's editor; `query` picks its language, first content and plugins. With
 * `trustedTypes`, the page enforces Trusted Types and its default policy refuses HTML to the
 * plugin's code (enforceTrustedTypes()); `violations` collects every CSP violation.
 */
async function openEditor(query = {}, { trustedTypes = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page, new URL(url).origin);
  const violations = await recordViolations(page);
  if (trustedTypes) await enforceTrustedTypes(page, '**/test/e2e/pages/tinymce.html*');
  await page.goto(`${url}test/e2e/pages/tinymce.html?${new URLSearchParams(query)}`);
  await page.locator('body[data-editor-ready]').waitFor();
  return { context, page, problems, violations, editor: page.frameLocator('iframe.tox-edit-area__iframe') };
}

const content = (page) => page.evaluate(() => tinymce.activeEditor.getContent());

/** A widget's settings: the defaults with `changes`. */
const settings = (changes) => ({ ...defaultSettings(), ...changes });

/**
 * Fills the open dialog's fields with `values` (only the fields named): a list's choice by its
 * value, a text, or true or false to tick a checkbox or not.
 */
async function fillDialog(page, values, text = EN) {
  const dialog = page.getByRole('dialog');
  for (const [name, value] of Object.entries(values)) {
    const field = dialog.getByLabel(text.labels[name], { exact: true });
    if (typeof value === 'boolean') {
      // TinyMCE draws its own box; its input is out of sight, so the box is clicked, by its label.
      const box = dialog.locator('label.tox-checkbox', {
        has: page.locator(`[id="${await field.getAttribute('id')}"]`),
      });
      if ((await field.isChecked()) !== value) await box.click();
      assert.equal(await field.isChecked(), value, name);
    } else if ((await field.evaluate((element) => element.localName)) === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Places a widget as an editor would: button, dialog, Insert. */
async function insertThroughDialog(page, values) {
  await page.getByRole('button', { name: EN.button }).click();
  await page.getByRole('dialog').waitFor();
  await fillDialog(page, values);
  await page.getByRole('dialog').getByRole('button', { name: EN.insert }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

// The placeholders in the text: not the copy TinyMCE keeps off screen of a selected block.
const PLACED = '[data-therapy-widget]:not([data-mce-bogus] *)';

/** The previews in the editor: each placeholder's widget, with its heading, once drawn. */
function previews(page) {
  return page.evaluate(
    (placed) =>
      [...tinymce.activeEditor.getBody().querySelectorAll(placed)].map((placeholder) => {
        const widget = placeholder.firstElementChild;
        return {
          placeholder: placeholder.getAttribute('data-therapy-widget'),
          widget: widget?.localName,
          heading: widget?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6')?.localName,
        };
      }),
    PLACED,
  );
}

const FIVE = [
  settings({
    widget: 'therapy-page',
    headingLevel: '2',
    emergencyNumber: '911',
    publisher: 'Example Children’s Hospital',
    copyright: '© 2026 Example Children’s Hospital',
    reviewed: '2026-12-01',
    reviewedBy: 'Example Hospital oncology nurses',
  }),
  settings({ widget: 'therapy-overview', headingLevel: '3', audience: 'child', listen: true }),
  settings({ widget: 'how-it-works', headingLevel: '4', lang: 'es' }),
  settings({ widget: 'side-effect-card', headingLevel: '3', emergencyNumber: '+1 555 0100' }),
  settings({ widget: 'cog-disclaimer', headingLevel: '2', lang: 'es', publisher: 'Example Children’s Hospital' }),
];

/** The dialog's values for a widget's settings: every field that is set and applies. */
function dialogValues(wanted) {
  const values = { widget: wanted.widget };
  for (const [name, value] of Object.entries(wanted)) if (name !== 'widget' && value) values[name] = value;
  return values;
}

const SAVED = `<p>Our clinic’s page.</p>`;

/** Builds the page with all five widgets through the UI, and returns what the editor saves. */
async function placeAllFive(page) {
  // Each new widget goes before the caret, so inserting at the end keeps them in order.
  for (const wanted of FIVE) {
    await page.evaluate(() => {
      const editor = tinymce.activeEditor;
      editor.selection.select(editor.getBody().lastChild, true);
      editor.selection.collapse(false);
    });
    await insertThroughDialog(page, dialogValues(wanted));
  }
  return content(page);
}

test('each of the five widgets is placed through the dialog and saved as exactly its placeholder', async () => {
  const { context, page, problems } = await openEditor();
  const saved = await placeAllFive(page);
  const placeholders = FIVE.map(placeholderHtml);
  for (const placeholder of placeholders) assert.ok(saved.includes(placeholder), `${placeholder} in\n${saved}`);
  // Nothing but the placeholders themselves: no padding, no preview, no editor-only attributes.
  assert.equal(saved.replace(/\s+/g, ''), (SAVED.replace('’', '&rsquo;') + placeholders.join('')).replace(/\s+/g, ''));
  assert.doesNotMatch(saved, /&nbsp;|contenteditable|data-mce|class=|<therapy-|<how-it-works|<side-effect|<cog-/);
  // Each shows the real widget inside the editor, with its heading level.
  const shown = await eventually(async () => {
    const found = await previews(page);
    return found.length === 5 && found.every((preview) => preview.heading) && found;
  });
  assert.deepEqual(
    shown,
    FIVE.map((wanted) => ({
      placeholder: wanted.widget,
      widget: wanted.widget,
      heading: `h${wanted.headingLevel}`,
    })),
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('a placed widget is edited again from the button or by double-click, in place', async () => {
  const placed = placeholderHtml(settings({ widget: 'side-effect-card', headingLevel: '3' }));
  const { context, page, problems, editor } = await openEditor({ content: `<p>Before.</p>${placed}<p>After.</p>` });
  await editor.locator('[data-therapy-widget]').dblclick();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  // The dialog opens with the widget's own settings, and says Save, not Insert.
  assert.equal(await dialog.getByLabel(EN.labels.widget, { exact: true }).inputValue(), 'side-effect-card');
  assert.equal(await dialog.getByLabel(EN.labels.headingLevel, { exact: true }).inputValue(), '3');
  await fillDialog(page, { headingLevel: '4', emergencyNumber: '112' });
  await dialog.getByRole('button', { name: EN.save }).click();
  await dialog.waitFor({ state: 'detached' });
  const changed = placeholderHtml(settings({ widget: 'side-effect-card', headingLevel: '4', emergencyNumber: '112' }));
  assert.equal(await content(page), `<p>Before.</p>\n${changed}\n<p>After.</p>`);
  await eventually(async () => (await previews(page))[0]?.heading === 'h4', { message: 'the preview at level 4' });

  // The toolbar button shows it is pressed on a selected widget, and edits it too.
  await page.evaluate(() =>
    tinymce.activeEditor.selection.select(tinymce.activeEditor.dom.select('[data-therapy-widget]')[0]),
  );
  const button = page.getByRole('button', { name: EN.button });
  await eventually(async () => (await button.getAttribute('aria-pressed')) === 'true', { message: 'pressed button' });
  await button.click();
  await fillDialog(page, { widget: 'therapy-overview' });
  await page.getByRole('dialog').getByRole('button', { name: EN.save }).click();
  const overview = placeholderHtml(settings({ widget: 'therapy-overview', headingLevel: '4' }));
  assert.equal(await content(page), `<p>Before.</p>\n${overview}\n<p>After.</p>`);
  await eventually(async () => (await previews(page))[0]?.widget === 'therapy-overview', { message: 'new preview' });
  assert.equal(
    await page.evaluate((placed) => tinymce.activeEditor.getBody().querySelectorAll(placed).length, PLACED),
    1,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the saved HTML comes back unchanged through setContent into a fresh editor', async () => {
  const first = await openEditor();
  const saved = await placeAllFive(first.page);
  await first.context.close();

  const second = await openEditor({ content: saved });
  assert.equal(await content(second.page), saved);
  await second.page.evaluate((html) => tinymce.activeEditor.setContent(html), saved);
  assert.equal(await content(second.page), saved);
  await eventually(async () => (await previews(second.page)).filter((preview) => preview.heading).length === 5, {
    message: 'five previews after setContent',
  });
  assert.equal(await content(second.page), saved, 'the previews drawn later change nothing saved');
  assert.deepEqual(second.problems, []);
  await second.context.close();
});

test('the saved HTML renders the right widgets, with their settings, on a page with the script', async () => {
  const editing = await openEditor();
  const saved = await placeAllFive(editing.page);
  await editing.context.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = watchProblems(page, new URL(url).origin);
  await page.goto(`${url}test/e2e/pages/empty.html`);
  await page.evaluate((html) => document.querySelector('main').insertAdjacentHTML('beforeend', html), saved);
  const rendered = await eventually(
    () =>
      page.evaluate((copied) => {
        const found = [...document.querySelectorAll('[data-therapy-widget]')].map((placeholder) => {
          const widget = placeholder.firstElementChild;
          const heading = widget?.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6');
          const mismatched = Object.entries(copied)
            .filter(([from]) => placeholder.hasAttribute(from))
            .filter(([from, to]) => widget?.getAttribute(to) !== placeholder.getAttribute(from))
            .map(([from]) => from);
          return {
            widget: widget?.localName,
            heading: heading?.localName,
            lang: widget?.closest('[lang]')?.getAttribute('lang'),
            listen: widget?.getAttribute('listen'),
            mismatched,
          };
        });
        return found.every((entry) => entry.heading) && found;
      }, PLACEHOLDER_ATTRIBUTES),
    { message: 'five rendered widgets' },
  );
  assert.deepEqual(
    rendered,
    FIVE.map((wanted) => ({
      widget: wanted.widget,
      heading: `h${wanted.headingLevel}`,
      lang: wanted.lang || 'en',
      listen: wanted.listen ? '' : null,
      mismatched: [],
    })),
  );
  // The phone number and the publisher reach what a family reads.
  const pageText = await page.evaluate(() => {
    // The text a family reads, through the nested widgets' shadow roots.
    const read = (node) =>
      [...(node.shadowRoot ?? node).childNodes]
        .map((child) => (child.nodeType === 3 ? child.data : read(child)))
        .join('');
    return read(document.querySelector('therapy-page'));
  });
  assert.match(pageText, /911/);
  assert.match(pageText, /Example Children’s Hospital/);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Each element `selector` finds in `html`: its name, then its attributes (`name=value`), sorted. Parsed in `page`. */
const elementsIn = (page, html, selector) =>
  page.evaluate(
    ([markup, wanted]) =>
      [...new DOMParser().parseFromString(markup, 'text/html').querySelectorAll(wanted)].map((element) => [
        element.localName,
        ...[...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`).sort(),
      ]),
    [html, selector],
  );

test('the saved HTML passes TinyMCE’s default schema and DOMPurify’s defaults', async () => {
  const editing = await openEditor();
  const saved = await placeAllFive(editing.page);
  await editing.context.close();
  const placeholders = FIVE.map(placeholderHtml);

  // TinyMCE without the plugin keeps every placeholder attribute (it only pads the empty div).
  const plain = await openEditor({ plugin: 'none', content: saved });
  const attributesIn = (html) => elementsIn(plain.page, html, '[data-therapy-widget]');
  assert.deepEqual(await attributesIn(await content(plain.page)), await attributesIn(saved));
  assert.equal((await attributesIn(saved)).length, 5);

  await plain.page.addScriptTag({ path: DOMPURIFY });
  const purified = await plain.page.evaluate((html) => DOMPurify.sanitize(html), saved);
  for (const placeholder of placeholders) assert.ok(purified.includes(placeholder), `${placeholder} after DOMPurify`);
  assert.deepEqual(plain.problems, []);
  await plain.context.close();
});

/** Types at the end of the editor's first paragraph, as an editor adding to the page would. */
async function typeInFirstParagraph(page, editor, words) {
  await editor.locator('body > p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type(words);
}

test('a placeholder holding its widget’s text keeps it, byte for byte, while the page around it is edited', async () => {
  const { context, page, problems, editor } = await openEditor();
  for (const { name, html } of await placeholdersWithText()) {
    await page.evaluate((markup) => tinymce.activeEditor.setContent(markup), `<p>Before.</p>${html}<p>After.</p>`);
    await typeInFirstParagraph(page, editor, ' More.');
    assert.equal(await content(page), `<p>Before. More.</p>\n${html}\n<p>After.</p>`, name);
    // In the editor, the widget's preview shows, not the text: there is nothing in it to type into.
    await eventually(async () => (await previews(page))[0]?.heading, { message: `${name}: the preview` });
    assert.equal(await editor.locator('[data-therapy-widget] > :not([data-mce-bogus])').count(), 0, name);
  }
  // Copied and pasted within the editor, the widget takes its text along.
  const card = SIDE_EFFECT_CARD.held();
  await page.evaluate((markup) => tinymce.activeEditor.setContent(markup), `<p>Before.</p>${card}<p>After.</p>`);
  await page.evaluate(() =>
    tinymce.activeEditor.selection.select(tinymce.activeEditor.dom.select('[data-therapy-widget]')[0]),
  );
  await page.keyboard.press('ControlOrMeta+C');
  await editor.locator('body > p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+V');
  assert.equal(await content(page), `<p>Before.</p>\n${card}\n<p>After.</p>\n${card}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('under Trusted Types, the plugin loads, edits and saves widgets holding their text with no HTML sink of its own', async () => {
  const { context, page, problems, violations, editor } = await openEditor({}, { trustedTypes: true });
  assert.ok(await refusesPluginHtml(page, violations, problems), 'the plugin’s code is refused HTML');
  const others = (await placeholdersWithText()).map(({ html }) => html);
  await page.evaluate(
    (html) => tinymce.activeEditor.setContent(html),
    `<p>Before.</p>${SIDE_EFFECT_CARD.held()}${others.join('')}`,
  );
  // (TinyMCE writes each placeholder as it is, with no line break between two of them.)
  assert.equal(await content(page), `<p>Before.</p>\n${SIDE_EFFECT_CARD.held()}${others.join('')}`);
  // Changed in the dialog, the first widget drops its text, and the page saves without it.
  await editor.locator(PLACED).first().dblclick();
  await fillDialog(page, { headingLevel: '3' });
  await page.getByRole('dialog').getByRole('button', { name: EN.save }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  assert.equal(await content(page), `<p>Before.</p>\n${SIDE_EFFECT_CARD.emptyAtLevel(3)}${others.join('')}`);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a placeholder holding anything but its widget’s text is saved empty, and nothing in it runs', async () => {
  const { context, page, problems } = await openEditor();
  for (const html of NOT_WIDGET_TEXT) {
    await page.evaluate((markup) => tinymce.activeEditor.setContent(markup), html);
    assert.equal(await content(page), EMPTY_SIDE_EFFECT_CARD, html);
  }
  // TinyMCE's own filter removes the script first; the heading left is kept, as TinyMCE keeps it.
  await page.evaluate((markup) => tinymce.activeEditor.setContent(markup), WITH_SCRIPT);
  assert.equal(await content(page), EMPTY_SIDE_EFFECT_CARD.replace('></div>', '>\n<h2>Side effects</h2>\n</div>'));
  await page.waitForTimeout(200);
  assert.equal(
    await page.evaluate(() => window.__heldTextRan ?? tinymce.activeEditor.getWin().__heldTextRan),
    undefined,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('what an editor or a CMS adds to a placeholder’s text is left out, and the text kept byte for byte', async () => {
  const { context, page, problems } = await openEditor();
  const { html: disclaimer } = (await placeholdersWithText()).find(
    ({ name }) => name === 'family.en/cog-disclaimer.html',
  );
  // As CKEditor 5 with General HTML Support saves it, then loaded here.
  const numbered = withListItemIds(disclaimer);
  assert.notEqual(numbered, disclaimer);
  for (const [html, kept] of [
    [numbered, disclaimer],
    [sideEffectCardWithAdditions(), SIDE_EFFECT_CARD.held()],
  ]) {
    await page.evaluate((markup) => tinymce.activeEditor.setContent(markup), html);
    assert.equal(await content(page), kept, html);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a placeholder whose text is not kept says so in its dialog, and is saved empty', async () => {
  const { context, page, problems, editor } = await openEditor();
  const dialog = page.getByRole('dialog');
  const words = `${EN.fallbackText.notKept} ${EN.fallbackText.how}`;
  for (const html of NOT_WIDGET_TEXT) {
    await page.evaluate((markup) => tinymce.activeEditor.setContent(markup), `<p>Before.</p>${html}`);
    await editor.locator(PLACED).dblclick();
    await dialog.getByText(words, { exact: true }).waitFor();
    assert.ok(await dialog.getByText(words, { exact: true }).isVisible(), html);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await content(page), `<p>Before.</p>\n${EMPTY_SIDE_EFFECT_CARD}`, html);
  }
  // An empty placeholder has nothing to keep: no note.
  await page.evaluate((markup) => tinymce.activeEditor.setContent(markup), EMPTY_SIDE_EFFECT_CARD);
  await editor.locator(PLACED).dblclick();
  await dialog.getByLabel(EN.labels.widget, { exact: true }).waitFor();
  assert.equal(await dialog.getByText(EN.fallbackText.notKept).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('changing a setting drops the text made for the old settings; the dialog says so first, and undo brings it back', async () => {
  const card = SIDE_EFFECT_CARD.held();
  const { context, page, problems, editor } = await openEditor({ content: `<p>Before.</p>${card}` });
  const dialog = page.getByRole('dialog');
  const words = `${EN.fallbackText.held} ${EN.fallbackText.how}`;
  await editor.locator(PLACED).dblclick();
  await dialog.getByText(words, { exact: true }).waitFor();
  // Saved with the same settings, the text stays.
  await dialog.getByRole('button', { name: EN.save }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await content(page), `<p>Before.</p>\n${card}`);
  // A new heading level: the text (whose headings are <h2>) goes, in the same step as the change.
  await editor.locator(PLACED).dblclick();
  await fillDialog(page, { headingLevel: '3' });
  await dialog.getByRole('button', { name: EN.save }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await content(page), `<p>Before.</p>\n${SIDE_EFFECT_CARD.emptyAtLevel(3)}`);
  // Its dialog no longer has the note; nor has a new widget's.
  await editor.locator(PLACED).dblclick();
  await dialog.getByLabel(EN.labels.widget, { exact: true }).waitFor();
  assert.equal(await dialog.getByText(EN.fallbackText.held).count(), 0);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await content(page), `<p>Before.</p>\n${card}`);
  await page.getByRole('button', { name: 'Redo' }).click();
  assert.equal(await content(page), `<p>Before.</p>\n${SIDE_EFFECT_CARD.emptyAtLevel(3)}`);
  await page.getByRole('button', { name: 'Undo' }).click();
  await editor.locator('body > p').first().click();
  await page.getByRole('button', { name: EN.button }).click();
  await dialog.getByLabel(EN.labels.widget, { exact: true }).waitFor();
  assert.equal(await dialog.getByText(EN.fallbackText.held).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a placeholder with data-listen is saved with it; the checkbox clears and sets it, and keeps the text', async () => {
  const listening = placeholderHtml(settings({ widget: 'side-effect-card', headingLevel: '3', listen: true }));
  const quiet = placeholderHtml(settings({ widget: 'side-effect-card', headingLevel: '3' }));
  assert.equal(listening, quiet.replace('></div>', ' data-listen=""></div>'));
  const { context, page, problems, editor } = await openEditor({ content: `<p>Before.</p>${listening}<p>After.</p>` });
  const around = (placeholder) => `<p>Before.</p>\n${placeholder}\n<p>After.</p>`;
  assert.equal(await content(page), around(listening));
  await typeInFirstParagraph(page, editor, ' More.');
  assert.equal(await content(page), around(listening).replace('Before.', 'Before. More.'));
  // Written without a value, or with any value, it means the same, and is saved the one way.
  for (const written of ['data-listen', 'data-listen="yes"']) {
    await page.evaluate(
      (html) => tinymce.activeEditor.setContent(html),
      around(listening.replace('data-listen=""', written)),
    );
    assert.equal(await content(page), around(listening), written);
  }
  // The preview has the Listen setting too.
  const previewListens = () =>
    page.evaluate(
      (placed) => tinymce.activeEditor.getBody().querySelector(placed)?.firstElementChild?.getAttribute('listen'),
      PLACED,
    );
  await eventually(async () => (await previewListens()) === '', { message: 'the preview with listen' });
  // The dialog shows it ticked; cleared and saved, the attribute goes, from the preview too.
  const dialog = page.getByRole('dialog');
  const checkbox = dialog.getByLabel(EN.labels.listen, { exact: true });
  const save = async () => {
    await dialog.getByRole('button', { name: EN.save }).click();
    await dialog.waitFor({ state: 'detached' });
  };
  await editor.locator(PLACED).dblclick();
  assert.ok(await checkbox.isChecked());
  await fillDialog(page, { listen: false });
  await save();
  assert.equal(await content(page), around(quiet));
  await eventually(async () => (await previewListens()) === null, { message: 'the preview without listen' });
  await editor.locator(PLACED).dblclick();
  assert.equal(await checkbox.isChecked(), false);
  await fillDialog(page, { listen: true });
  await save();
  assert.equal(await content(page), around(listening));
  await eventually(async () => (await previewListens()) === '', { message: 'the preview with listen again' });
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await content(page), around(quiet));

  // The Listen button reads the text aloud and adds nothing to it: the text the placeholder holds stays.
  const card = SIDE_EFFECT_CARD.held();
  const cardListening = card.replace('>', ' data-listen="">');
  assert.notEqual(cardListening, card);
  await page.evaluate((html) => tinymce.activeEditor.setContent(html), `<p>Before.</p>${card}`);
  await editor.locator(PLACED).dblclick();
  await dialog.getByText(EN.fallbackText.held, { exact: false }).waitFor();
  await fillDialog(page, { listen: true });
  await save();
  assert.equal(await content(page), `<p>Before.</p>\n${cardListening}`);
  await page.evaluate((html) => tinymce.activeEditor.setContent(html), `<p>Before.</p>${cardListening}`);
  assert.equal(await content(page), `<p>Before.</p>\n${cardListening}`);
  await editor.locator(PLACED).dblclick();
  await fillDialog(page, { listen: false });
  await save();
  assert.equal(await content(page), `<p>Before.</p>\n${card}`);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The value of the focused field. */
const focusedValue = (page) => page.evaluate(() => document.activeElement?.value);

test('keyboard only: open the dialog, fill it, insert, select the widget, edit it, delete it', async () => {
  const { context, page, problems } = await openEditor({ content: '<p>Before.</p><p>After.</p>' });
  const focused = () =>
    page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.localName);
  // Into the editor, to the start of "After.", then to the toolbar and along to the button.
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'iframe');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Home');
  const toButton = async () => {
    await page.keyboard.press('Alt+F10');
    for (let step = 0; step < 5 && (await focused()) !== EN.button; step++) await page.keyboard.press('Tab');
    assert.equal(await focused(), EN.button);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
  };
  await toButton();
  // The dialog opens on its first field; Tab moves through the fields in order.
  assert.equal(await focused(), 'select', 'the widget field');
  await page.keyboard.press('Tab'); // Topic
  await page.keyboard.press('Tab'); // Language
  await page.keyboard.press('Tab'); // Written for
  await page.keyboard.press('Tab'); // Heading level: a list, where typing a level chooses it
  assert.equal(await focusedValue(page), '2', 'a new widget’s level is 2');
  await page.keyboard.type('3');
  assert.equal(await focusedValue(page), '3');
  await page.keyboard.press('Tab'); // The Listen checkbox, which Space ticks
  const listen = page.getByRole('dialog').getByLabel(EN.labels.listen, { exact: true });
  assert.ok(await listen.evaluate((box) => box === document.activeElement && box.type === 'checkbox'));
  await page.keyboard.press('Space');
  assert.ok(await listen.isChecked());
  await page.keyboard.press('Tab'); // Emergency phone number
  await page.keyboard.type('911');
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  const first = settings({ headingLevel: '3', listen: true, emergencyNumber: '911' });
  assert.equal(await content(page), `<p>Before.</p>\n${placeholderHtml(first)}\n<p>After.</p>`);

  // Back in the text with the new widget selected; the arrow keys leave it and select it again.
  assert.equal(await focused(), 'iframe', 'focus returns to the editor');
  const widgetSelected = () =>
    page.evaluate(() => tinymce.activeEditor.selection.getNode().hasAttribute('data-therapy-widget'));
  assert.ok(await widgetSelected(), 'the new widget is selected');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await widgetSelected(), false);
  for (let step = 0; step < 3 && !(await widgetSelected()); step++) await page.keyboard.press('ArrowLeft');
  assert.ok(await widgetSelected(), 'the widget is selected again');
  await toButton();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // Heading level again
  await page.keyboard.type('4');
  // Enter chooses in a list; in a text field it saves.
  await page.keyboard.press('Tab'); // Listen
  await page.keyboard.press('Tab'); // Emergency phone number
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  const second = { ...first, headingLevel: '4' };
  assert.equal(await content(page), `<p>Before.</p>\n${placeholderHtml(second)}\n<p>After.</p>`);

  // Still selected after editing: Delete removes it.
  assert.equal(await focused(), 'iframe');
  await page.keyboard.press('Delete');
  assert.equal(await content(page), '<p>Before.</p>\n<p>After.</p>');
  assert.deepEqual(problems, []);
  await context.close();
});

test('undo removes an inserted widget and redo brings it back', async () => {
  const { context, page, problems } = await openEditor();
  const before = await content(page);
  await insertThroughDialog(page, { widget: 'how-it-works', headingLevel: '3' });
  const after = await content(page);
  assert.notEqual(after, before);
  await eventually(async () => (await previews(page))[0]?.heading, { message: 'the preview' });
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await content(page), before);
  await page.getByRole('button', { name: 'Redo' }).click();
  assert.equal(await content(page), after);
  await eventually(async () => (await previews(page))[0]?.heading === 'h3', { message: 'the preview again' });
  // The preview drawn after the insert is not an undo step of its own.
  await page.getByRole('button', { name: 'Undo' }).click();
  assert.equal(await content(page), before);
  assert.deepEqual(problems, []);
  await context.close();
});

/** The texts that describe a field, in order: the elements its aria-describedby names. */
const descriptionsOf = (field) =>
  field.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent.trim() ?? `no element #${id}`),
  );

/** Whether an element is wholly in sight, across and down: inside the dialog's scrolled body and the window. */
const inSight = (locator) =>
  locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const body = element.closest('.tox-dialog__body-content').getBoundingClientRect();
    const inside = (outer) =>
      box.top >= outer.top && box.bottom <= outer.bottom && box.left >= outer.left && box.right <= outer.right;
    return box.height > 0 && inside(body) && inside({ top: 0, bottom: innerHeight, left: 0, right: innerWidth });
  });

/** The element a field's first description is: its problem's message, once refused. */
const firstDescription = async (page, field) =>
  page.locator(`[id="${(await field.getAttribute('aria-describedby')).split(' ')[0]}"]`);

/** Corrects the refused dialog's review date and inserts: the widget is placed with that date. */
async function insertWithGoodDate(page, text = EN) {
  const dialog = page.getByRole('dialog');
  await fillDialog(page, { reviewed: '2026-12-01' }, text);
  await dialog.getByRole('button', { name: text.insert }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.ok((await content(page)).includes('data-reviewed="2026-12-01"'));
}

test('bad settings are refused with a visible message, and the dialog stays open', async () => {
  const { context, page, problems } = await openEditor();
  const before = await content(page);
  await page.getByRole('button', { name: EN.button }).click();
  const dialog = page.getByRole('dialog');
  const cases = [
    [{ topic: 'no-such-topic' }, 'topic'],
    [{ topic: 'targeted-therapy', emergencyNumber: 'call the nurse' }, 'emergencyNumber'],
    [{ emergencyNumber: '911', reviewed: '2026-02-30' }, 'reviewed'],
  ];
  const entered = settings({});
  for (const [values, setting] of cases) {
    await fillDialog(page, values);
    await dialog.getByRole('button', { name: EN.insert }).click();
    assert.ok(await dialog.isVisible(), 'the dialog is still open');
    const message = dialog.getByRole('alert');
    await message.waitFor();
    // The words are checkSettings' own, for the settings the dialog holds now.
    Object.assign(entered, values);
    const [problem, ...others] = checkSettings(entered);
    assert.deepEqual(others, []);
    assert.equal(problem.setting, setting);
    assert.equal((await message.innerText()).trim(), problem.message);
    assert.ok(await message.isVisible());
    // Focus is on the field to fix, marked as such and described by the message, which is in sight.
    const field = dialog.getByLabel(EN.labels[setting], { exact: true });
    assert.equal(await page.evaluate(() => document.activeElement?.id), await field.getAttribute('id'));
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal((await descriptionsOf(field))[0], problem.message);
    assert.ok(await inSight(await firstDescription(page, field)), `${setting}: the message in sight`);
    assert.ok(await inSight(field), `${setting}: the field in sight`);
    assert.equal(await dialog.locator('[aria-invalid="true"]').count(), 1, 'only the field to fix is marked');
    if (setting === 'topic') assert.deepEqual(await axeViolations(page), [], 'with a message shown');
    assert.equal(await content(page), before, 'nothing was inserted');
  }
  await insertWithGoodDate(page);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the heading level is a list of 1 to 6; a level it does not offer, written by hand, shows as written and is refused', async () => {
  const written = EMPTY_SIDE_EFFECT_CARD.replace('data-heading-level="2"', 'data-heading-level="9"');
  const { context, page, problems, editor } = await openEditor({ content: written });
  const dialog = page.getByRole('dialog');
  const level = dialog.getByLabel(EN.labels.headingLevel, { exact: true });
  // A new widget: 1 to 6, at 2; described by its hint.
  await page.getByRole('button', { name: EN.button }).click();
  assert.deepEqual(await level.locator('option').allTextContents(), ['1', '2', '3', '4', '5', '6']);
  assert.equal(await level.inputValue(), '2');
  assert.deepEqual(await descriptionsOf(level), [EN.hints.headingLevel]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // The widget written by hand with level 9: the list shows 9, and Save says what is wrong.
  await editor.locator(PLACED).dblclick();
  assert.deepEqual(await level.locator('option').allTextContents(), ['1', '2', '3', '4', '5', '6', '9']);
  assert.equal(await level.inputValue(), '9');
  await dialog.getByRole('button', { name: EN.save }).click();
  const message = dialog.getByRole('alert');
  await message.waitFor();
  assert.equal((await message.innerText()).trim(), EN.errors.headingLevel);
  assert.equal(await page.evaluate(() => document.activeElement?.id), await level.getAttribute('id'));
  assert.equal(await level.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await descriptionsOf(level), [EN.errors.headingLevel, EN.hints.headingLevel]);
  assert.equal(await content(page), written, 'nothing changed');
  await fillDialog(page, { headingLevel: '3' });
  await dialog.getByRole('button', { name: EN.save }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await content(page), written.replace('data-heading-level="9"', 'data-heading-level="3"'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('an empty heading level, written by hand, is not set: the list is at the default, 2, and Save keeps it', async () => {
  const written = EMPTY_SIDE_EFFECT_CARD.replace('data-heading-level="2"', 'data-heading-level=""');
  const { context, page, problems, editor } = await openEditor({ content: written });
  const dialog = page.getByRole('dialog');
  const level = dialog.getByLabel(EN.labels.headingLevel, { exact: true });
  await editor.locator(PLACED).dblclick();
  assert.deepEqual(await level.locator('option').allTextContents(), ['1', '2', '3', '4', '5', '6']);
  assert.equal(await level.inputValue(), '2');
  await dialog.getByRole('button', { name: EN.save }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await content(page), EMPTY_SIDE_EFFECT_CARD);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a date that does not exist is refused with its message under the field, in sight and linked to it', async () => {
  const { context, page, problems } = await openEditor({ lang: 'es' });
  await page.getByRole('button', { name: ES.button }).click();
  const dialog = page.getByRole('dialog');
  await fillDialog(page, { widget: 'therapy-page', reviewed: '2026-02-30' }, ES);
  await dialog.getByRole('button', { name: ES.insert }).click();
  const field = dialog.getByLabel(ES.labels.reviewed, { exact: true });
  await eventually(() => field.evaluate((element) => element === document.activeElement), {
    message: 'the date field focused',
  });
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await descriptionsOf(field), [ES.errors.noSuchDate, ES.hints.reviewed]);
  const message = await firstDescription(page, field);
  assert.ok(await inSight(message), 'the message in sight');
  assert.ok(await inSight(field), 'the field in sight');
  // The message is the dialog's only alert, between the date field and the next field.
  assert.deepEqual(
    (await dialog.getByRole('alert').allInnerTexts()).map((words) => words.trim()),
    [ES.errors.noSuchDate],
  );
  const [fieldBox, messageBox, nextBox] = await Promise.all(
    [field, message, dialog.getByLabel(ES.labels.reviewedBy, { exact: true })].map((shown) => shown.boundingBox()),
  );
  assert.ok(messageBox.y >= fieldBox.y + fieldBox.height && messageBox.y + messageBox.height <= nextBox.y);
  await insertWithGoodDate(page, ES);
  assert.deepEqual(problems, []);
  await context.close();
});

test('each hint describes its field, and the note about the held text describes the Widget field', async () => {
  const { context, page, problems, editor } = await openEditor({ content: `<p>Before.</p>${SIDE_EFFECT_CARD.held()}` });
  const dialog = page.getByRole('dialog');
  const descriptions = async () => {
    const found = {};
    for (const setting of Object.keys(EN.labels)) {
      found[setting] = await descriptionsOf(dialog.getByLabel(EN.labels[setting], { exact: true }));
    }
    return found;
  };
  const expected = (widget) =>
    Object.fromEntries(
      Object.keys(EN.labels).map((setting) => [
        setting,
        setting === 'widget' ? widget : EN.hints[setting] ? [EN.hints[setting]] : [],
      ]),
    );
  assert.ok(Object.keys(EN.hints).length >= 3);
  await editor.locator(PLACED).dblclick();
  await dialog.getByLabel(EN.labels.widget, { exact: true }).waitFor();
  assert.deepEqual(await descriptions(), expected([`${EN.fallbackText.held} ${EN.fallbackText.how}`]));
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // A new widget holds no text: no note.
  await editor.locator('body > p').first().click();
  await page.getByRole('button', { name: EN.button }).click();
  await dialog.getByLabel(EN.labels.widget, { exact: true }).waitFor();
  assert.deepEqual(await descriptions(), expected([]));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the editor speaks Spanish when TinyMCE’s language is Spanish', async () => {
  const { context, page, problems } = await openEditor({ lang: 'es' });
  await page.getByRole('button', { name: ES.button }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('heading', { name: ES.dialogTitle }).waitFor();
  assert.ok(await dialog.getByLabel(ES.labels.listen, { exact: true }).isVisible());
  await fillDialog(page, { emergencyNumber: 'llamar' }, ES);
  await dialog.getByRole('button', { name: ES.insert }).click();
  assert.equal((await dialog.getByRole('alert').innerText()).trim(), ES.errors.emergencyNumber);
  await fillDialog(page, { emergencyNumber: '', widget: 'therapy-overview' }, ES);
  await dialog.getByRole('button', { name: ES.insert }).click();
  await dialog.waitFor({ state: 'detached' });
  assert.ok((await content(page)).includes(placeholderHtml(settings({ widget: 'therapy-overview' }))));
  assert.equal(
    await page.evaluate(() =>
      tinymce.activeEditor.getBody().querySelector('[data-therapy-widget]').getAttribute('data-mce-therapy-label'),
    ),
    `${ES.button}: ${ES.widgets['therapy-overview']}`,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the editor page with a widget inside passes axe', async () => {
  const placed = placeholderHtml(settings({ widget: 'side-effect-card', headingLevel: '2' }));
  const { context, page, problems } = await openEditor({ content: `<h2>Side effects</h2>${placed}` });
  await eventually(async () => (await previews(page))[0]?.heading, { message: 'the preview' });
  assert.deepEqual(await axeViolations(page), []);
  // Selected, TinyMCE also keeps a copy of the block off screen, preview and all.
  await page.evaluate(() =>
    tinymce.activeEditor.selection.select(tinymce.activeEditor.dom.select('[data-therapy-widget]')[0]),
  );
  await eventually(
    () => page.evaluate(() => tinymce.activeEditor.getBody().querySelector('[data-mce-bogus] [data-therapy-widget] *')),
    { message: 'the off-screen copy' },
  );
  assert.deepEqual(await axeViolations(page), [], 'with the widget selected');
  await page.getByRole('button', { name: EN.button }).click();
  await page.getByRole('dialog').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'with the dialog open');
  assert.deepEqual(problems, []);
  await context.close();
});

/** The options the guide's "element form" code gives TinyMCE: that code, run as written, with a `tinymce` that keeps them. */
function guideElementOptions() {
  const guide = readFileSync('docs/editors/tinymce.md', 'utf8');
  const [, code] = /^## The element form\n[\s\S]*?^```js\n([\s\S]*?)^```/m.exec(guide);
  let options;
  runInNewContext(code, { tinymce: { init: (given) => (options = given) } });
  return options;
}

test('with the guide’s schema rules, TinyMCE keeps every widget element and every attribute it has', async () => {
  const options = guideElementOptions();
  assert.ok(options.custom_elements && options.extended_valid_elements, 'the guide sets both options');
  // Each widget with every attribute the manifest (and so the API reference) gives it.
  const widgets = MANIFEST.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.equal(widgets.length, 5);
  const html = widgets
    .map(({ tagName, attributes }) => {
      const values = attributes.map(({ name }) => (name === 'listen' ? ` ${name}=""` : ` ${name}="${name}-value"`));
      return `<${tagName}${values.join('')}></${tagName}>`;
    })
    .join('');
  const { context, page, problems } = await openEditor({
    plugin: 'none',
    elements: JSON.stringify(options),
    content: html,
  });
  const selector = widgets.map(({ tagName }) => tagName).join(',');
  const given = await elementsIn(page, html, selector);
  assert.ok(given.every((element) => element.includes('listen=') && element.includes('audience=audience-value')));
  // The same elements and attributes (TinyMCE writes the attributes in the order its rules list them).
  assert.deepEqual(await elementsIn(page, await content(page), selector), given);
  // Saved, loaded again and saved: still the same.
  await page.evaluate((markup) => tinymce.activeEditor.setContent(markup), await content(page));
  assert.deepEqual(await elementsIn(page, await content(page), selector), given);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the plugin also works when the page loads it before TinyMCE starts, as a bundler does', async () => {
  const { context, page, problems } = await openEditor({ plugin: 'preloaded' });
  await insertThroughDialog(page, { widget: 'therapy-overview', headingLevel: '3' });
  assert.ok(
    (await content(page)).includes(placeholderHtml(settings({ widget: 'therapy-overview', headingLevel: '3' }))),
  );
  await eventually(async () => (await previews(page))[0]?.heading === 'h3', { message: 'the preview' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('values typed into the dialog stay text in the saved HTML and back in the editor', async () => {
  const { context, page, problems } = await openEditor();
  // (A value holding `</script>` or `</title>` is dropped by TinyMCE's and DOMPurify's filters.)
  const hostile = '"><img src=x onerror="window.__dialogXss = 1"> & <b>bold</b>';
  await insertThroughDialog(page, { widget: 'cog-disclaimer', publisher: hostile, copyright: 'A & B “quoted”' });
  const saved = await content(page);
  const expected = placeholderHtml(
    settings({ widget: 'cog-disclaimer', publisher: hostile, copyright: 'A & B “quoted”' }),
  );
  assert.ok(saved.includes(expected), saved);
  assert.ok(expected.includes('data-publisher="&quot;&gt;&lt;img src=x'), expected);
  await page.evaluate((html) => tinymce.activeEditor.setContent(html), saved);
  assert.equal(await content(page), saved);
  await eventually(async () => (await previews(page))[0]?.heading, { message: 'the preview, with the value in it' });
  const inEditor = await page.evaluate(() => ({
    elements: tinymce.activeEditor.getBody().querySelectorAll('img, b').length,
    publisher: tinymce.activeEditor.getBody().querySelector('[data-therapy-widget]').getAttribute('data-publisher'),
    ran: '__dialogXss' in tinymce.activeEditor.getWin() || '__dialogXss' in window,
  }));
  assert.deepEqual(inEditor, { elements: 0, publisher: hostile, ran: false });
  assert.deepEqual(problems, []);
  await context.close();
});

test('with previews off, nothing is loaded into the editor and the saved HTML is the same', async () => {
  const { context, page, problems } = await openEditor({ preview: 'off' });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await insertThroughDialog(page, { widget: 'how-it-works' });
  assert.ok((await content(page)).includes(placeholderHtml(settings({ widget: 'how-it-works' }))));
  await page.waitForTimeout(500);
  assert.deepEqual(await previews(page), [{ placeholder: 'how-it-works', widget: undefined, heading: undefined }]);
  assert.deepEqual(
    requests.filter((address) => address.includes('therapy-widgets.js')),
    [],
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Insert menu opens the same dialog', async () => {
  const { context, page, problems } = await openEditor();
  await page.getByRole('menuitem', { name: 'Insert' }).click();
  await page.getByRole('menuitem', { name: `${EN.button}…` }).click();
  await page.getByRole('dialog').getByRole('heading', { name: EN.dialogTitle }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('none of the plugin reaches the script-tag bundle', () => {
  const bundle = readFileSync('dist/therapy-widgets.js', 'utf8');
  for (const word of ['therapywidgets', 'windowManager', EN.dialogTitle, EN.labels.emergencyNumber]) {
    assert.ok(!bundle.includes(word), word);
  }
  const plugin = readFileSync('dist/editors/tinymce/plugin.js', 'utf8');
  assert.doesNotMatch(plugin, /^\s*(import|export)\b|\bimport\(/m, 'the plugin is one standalone script');
});

test("the guide's pictures of the button and the dialog show what the editor shows", async () => {
  const placed = placeholderHtml(settings({ widget: 'side-effect-card', headingLevel: '2' }));
  const { context, page } = await openEditor({ content: `<p>Our clinic’s page.</p>${placed}` });
  await eventually(async () => (await previews(page))[0]?.heading, { message: 'the preview' });
  const button = page.getByRole('button', { name: EN.button });
  await button.hover();
  await page.locator('.tox-tooltip').waitFor();
  // The toolbar, the button's tooltip and the top of the editor, with the widget's label.
  const header = await page.locator('.tox-editor-header').boundingBox();
  const buttonPicture = await page.screenshot({
    animations: 'disabled',
    // Whole pixels, inside the editor's rounded frame, so every run gives the same picture.
    clip: {
      x: Math.ceil(header.x) + 2,
      y: Math.ceil(header.y) + 2,
      width: Math.floor(header.width) - 4,
      height: Math.floor(header.height) + 120,
    },
  });
  matchEditorPicture('tinymce', 'button', buttonPicture);
  await button.click();
  await page.getByRole('dialog').waitFor();
  await page.mouse.move(0, 0);
  await page.locator('.tox-tooltip').waitFor({ state: 'detached' });
  matchEditorPicture('tinymce', 'dialog', await page.locator('.tox-dialog').screenshot({ animations: 'disabled' }));
  await context.close();
});
