// The WordPress block, in Chromium with WordPress's own npm packages: @wordpress/blocks saves,
// parses and validates it, @wordpress/block-editor shows its sidebar, and the built plugin's copy
// of the script-tag bundle turns what it saves into widgets. There is no PHP here, so the plugin's
// PHP loader is not run; test/node/wordpress.test.mjs checks the zip it ships in.
//
// @wordpress/blocks reads sourced attributes with the browser's DOM parser, so these run in a real
// browser rather than a DOM imitation. The page is bundled with esbuild (React in development
// mode, so its warnings show) and served with the plugin's files.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { editorText } from '../../dist/editors/settings.js';
import { matchEditorPicture } from '../visual/pictures.mjs';
import { launchChromium, startServer } from './browser.mjs';
import {
  EMPTY_SIDE_EFFECT_CARD,
  NOT_WIDGET_TEXT,
  SIDE_EFFECT_CARD,
  placeholdersWithText,
  sideEffectCardWithAdditions,
  withListItemIds,
} from './placeholders-with-text.mjs';
import {
  REQUIRE_TRUSTED_TYPES,
  recordViolations,
  refuseTrustedTypes,
  refusingDefaultPolicy,
} from './trusted-types.mjs';

const PLUGIN = 'dist/wordpress/therapy-widgets';
const BLOCK = 'therapy-widgets/widget';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

let browser;
let server;
let url;
const assets = {};

before(async () => {
  const result = await build({
    entryPoints: ['test/e2e/wordpress-editor.ts'],
    bundle: true,
    format: 'esm',
    // Not written anywhere: the test serves both outputs (script and stylesheet) from memory.
    outdir: 'wordpress-test',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
  for (const file of result.outputFiles) assets[file.path.endsWith('.css') ? 'css' : 'js'] = file.text;
  ({ server, url } = await startServer({ root: PLUGIN }));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The bundle's tag as the plugin has WordPress print it: a module, with WordPress's version query. */
const bundleTag = `<script type="module" src="/bundle/therapy-widgets.js?ver=${version}"></script>`;

/** The canvas and a 280 px sidebar beside it, as in WordPress's editor (whose admin styles are not here). */
const EDITOR_LAYOUT = `
  body { margin: 0; font: 13px/1.4 system-ui, sans-serif; }
  .test-editor { display: grid; grid-template-columns: 1fr 280px; min-height: 100vh; }
  .test-canvas { padding: 24px 40px; font-size: 16px; }
  .test-sidebar { border-inline-start: 1px solid #ddd; position: sticky; top: 0; max-height: 100vh; overflow: auto; }`;

/**
 * Opens a page of the plugin's site: `body` on the front end, or the editor test page. With
 * `trustedTypes`, the page enforces Trusted Types, with a default policy that lets everything
 * through until `refuseTrustedTypes()`; `violations` collects every CSP violation.
 */
async function open({ body = '', editor = false, bundle = true, locale = 'en_US', trustedTypes = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const tab = await context.newPage();
  const problems = [];
  const requests = [];
  const violations = await recordViolations(tab);
  if (trustedTypes) await refusingDefaultPolicy(tab);
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await tab.route('**/test-editor.js', (route) => route.fulfill({ contentType: 'text/javascript', body: assets.js }));
  await tab.route('**/test-editor.css', (route) => route.fulfill({ contentType: 'text/css', body: assets.css }));
  const editorTags = editor
    ? `<link rel="stylesheet" href="/test-editor.css"><script type="module" src="/test-editor.js"></script>
      <style>${EDITOR_LAYOUT}</style>`
    : '';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>
    ${bundle ? bundleTag : ''}${editorTags}</head><body>${body}</body></html>`;
  const headers = trustedTypes ? { 'content-security-policy': REQUIRE_TRUSTED_TYPES } : {};
  await tab.route('**/page.html*', (route) => route.fulfill({ contentType: 'text/html', body: html, headers }));
  await tab.goto(`${url}page.html?locale=${locale}`);
  if (editor) await tab.waitForFunction(() => window.wordpressTest);
  if (bundle) await tab.waitForFunction(() => customElements.get('therapy-page'));
  return { context, tab, problems, requests, violations };
}

/** A post with one block, as WordPress stores it. */
const post = (html) => `<!-- wp:${BLOCK} -->\n${html}\n<!-- /wp:${BLOCK} -->`;

// Each widget with settings of its own; the expected HTML is written out by hand.
const CASES = [
  {
    attributes: { widget: 'therapy-page' },
    html: '<div data-therapy-widget="therapy-page" data-topic="targeted-therapy" data-heading-level="2"></div>',
  },
  {
    attributes: {
      widget: 'therapy-page',
      lang: 'es',
      headingLevel: '1',
      emergencyNumber: '112',
      organization: 'Children’s Oncology Group',
      publisher: 'Hospital Infantil',
      copyright: '© 2026 Hospital Infantil',
    },
    html:
      '<div data-therapy-widget="therapy-page" data-topic="targeted-therapy" lang="es" data-heading-level="1" ' +
      'data-emergency-number="112" data-organization="Children’s Oncology Group" data-publisher="Hospital Infantil" ' +
      'data-copyright="© 2026 Hospital Infantil"></div>',
  },
  {
    attributes: { widget: 'therapy-overview', audience: 'child', headingLevel: '3', listen: true },
    html: '<div data-therapy-widget="therapy-overview" data-topic="targeted-therapy" data-audience="child" data-heading-level="3" data-listen=""></div>',
  },
  {
    attributes: { widget: 'how-it-works', lang: 'es', headingLevel: '4' },
    html: '<div data-therapy-widget="how-it-works" data-topic="targeted-therapy" lang="es" data-heading-level="4"></div>',
  },
  {
    // Settings another widget has are kept in the editor, but not saved for this one.
    attributes: { widget: 'side-effect-card', emergencyNumber: '+44 20 7946 0000', publisher: 'Not saved' },
    html: '<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy" data-heading-level="2" data-emergency-number="+44 20 7946 0000"></div>',
  },
  {
    attributes: {
      widget: 'cog-disclaimer',
      headingLevel: '3',
      emergencyNumber: '999',
      organization: 'A & B "Care" <Group>',
      reviewed: '2026-12-01',
      reviewedBy: 'Oncology nurses',
    },
    html:
      '<div data-therapy-widget="cog-disclaimer" data-topic="targeted-therapy" data-heading-level="3" ' +
      'data-emergency-number="999" data-organization="A &amp; B &quot;Care&quot; &lt;Group&gt;" ' +
      'data-reviewed="2026-12-01" data-reviewed-by="Oncology nurses"></div>',
  },
];

test('@wordpress/blocks saves each widget as exactly its placeholder, and reads it back as a valid block', async () => {
  const { context, tab, problems } = await open({ editor: true });
  for (const { attributes, html } of CASES) {
    const result = await tab.evaluate((attributes) => window.wordpressTest.roundTrip(attributes), attributes);
    assert.equal(result.saved, post(html), attributes.widget);
    assert.equal(result.blocks, 1);
    assert.equal(result.name, BLOCK);
    assert.equal(result.isValid, true, `${result.saved}: ${result.issues.join('; ')}`);
    assert.equal(result.validateBlock, true);
    assert.equal(result.savedAgain, result.saved, 'saving the parsed block changes nothing');
    assert.equal(result.frontEnd, html);
    for (const [name, value] of Object.entries(attributes)) {
      if (html.includes(`="${value}"`)) assert.equal(result.attributes[name], value, name);
    }
    // Read back from the saved HTML: on exactly where the block was saved with listen on.
    assert.equal(result.attributes.listen, attributes.listen === true, 'listen');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('a block whose heading level is empty saves the default, 2, as the widget reads it', async () => {
  const { context, tab, problems } = await open({ editor: true });
  const result = await tab.evaluate((attributes) => window.wordpressTest.roundTrip(attributes), {
    widget: 'side-effect-card',
    topic: 'targeted-therapy',
    headingLevel: '',
  });
  assert.equal(
    result.saved,
    post('<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy" data-heading-level="2"></div>'),
  );
  assert.equal(result.isValid, true, `${result.saved}: ${result.issues.join('; ')}`);
  assert.equal(result.savedAgain, result.saved);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the saved HTML passes DOMPurify unchanged, and the bundle shows the right widget with its settings', async () => {
  const { context: editorContext, tab: editorTab } = await open({ editor: true });
  for (const { html } of CASES) {
    assert.ok(await editorTab.evaluate((html) => window.wordpressTest.survivesDomPurify(html), html), html);
  }
  await editorContext.close();

  const body = CASES.map(({ html }, index) => `<section id="case${index}">${html}</section>`).join('\n');
  const { context, tab, problems, requests } = await open({ body });
  // The placeholder code is a chunk the bundle fetches when it finds a placeholder.
  await tab.waitForFunction(() =>
    [...document.querySelectorAll('[data-therapy-widget]')].every((placeholder) => placeholder.firstElementChild),
  );
  const widgets = await tab.evaluate(async (count) => {
    const found = [];
    for (let index = 0; index < count; index++) {
      const placeholder = document.querySelector(`#case${index} > [data-therapy-widget]`);
      const widget = placeholder?.firstElementChild;
      await widget?.updateComplete;
      const title = widget?.shadowRoot?.querySelector('[part="title"]');
      const phone = widget?.shadowRoot?.querySelector('[part="phone"]');
      found.push({
        tag: widget?.localName,
        attributes: Object.fromEntries([...(widget?.attributes ?? [])].map((a) => [a.name, a.value])),
        heading: title?.localName,
        title: title?.textContent.trim(),
        phone: phone?.textContent.trim(),
      });
    }
    return found;
  }, CASES.length);

  assert.deepEqual(
    widgets.map((widget) => widget.tag),
    ['therapy-page', 'therapy-page', 'therapy-overview', 'how-it-works', 'side-effect-card', 'cog-disclaimer'],
  );
  assert.equal(widgets[0].heading, 'h2');
  assert.equal(widgets[0].title, 'Targeted therapy');
  assert.equal(widgets[1].heading, 'h1');
  assert.equal(widgets[1].attributes.lang, 'es');
  assert.equal(widgets[1].attributes['emergency-number'], '112');
  assert.equal(widgets[1].attributes.publisher, 'Hospital Infantil');
  assert.equal(widgets[1].attributes.copyright, '© 2026 Hospital Infantil');
  assert.equal(widgets[2].heading, 'h3');
  assert.equal(widgets[2].title, 'What is targeted therapy?');
  // Only the overview was saved with listen on.
  assert.deepEqual(
    widgets.map((widget) => widget.attributes.listen),
    [undefined, undefined, '', undefined, undefined, undefined],
  );
  assert.equal(widgets[3].heading, 'h4');
  assert.equal(widgets[3].title, 'Dos formas en que puede funcionar');
  assert.equal(widgets[4].attributes['emergency-number'], '+44 20 7946 0000');
  assert.equal(widgets[4].title, 'Side effects');
  assert.equal(widgets[5].heading, 'h3');
  assert.equal(widgets[5].title, 'About what you read here');
  assert.equal(widgets[5].phone, '999');
  assert.equal(widgets[5].attributes.organization, 'A & B "Care" <Group>');
  // The Spanish page's disclaimer shows its number, and the page's shared-by line its publisher.
  const spanishPage = await tab.evaluate(() => {
    const page = document.querySelector('#case1 therapy-page');
    const disclaimer = page.shadowRoot.querySelector('cog-disclaimer');
    return {
      title: page.shadowRoot.querySelector('[part="title"]').textContent.trim(),
      phone: disclaimer.shadowRoot.querySelector('[part="phone"]').textContent.trim(),
      publisher: disclaimer.shadowRoot.querySelector('[part="publisher"]').textContent,
    };
  });
  assert.equal(spanishPage.title, 'Terapia dirigida');
  assert.equal(spanishPage.phone, '112');
  assert.match(spanishPage.publisher, /Hospital Infantil/);
  // The page asks for nothing but the bundle's own files from the plugin's folder.
  assert.deepEqual(
    requests.filter((path) => path !== '/page.html' && !path.startsWith('/bundle/')),
    [],
  );
  assert.ok(requests.some((path) => path.startsWith('/bundle/chunks/placeholders-')));
  assert.deepEqual(problems, []);
  await context.close();
});

test('a block holding its widget’s text reads back valid and saves it again byte for byte', async () => {
  const { context, tab, problems } = await open({ editor: true, bundle: false });
  for (const { name, html } of await placeholdersWithText()) {
    const result = await tab.evaluate((saved) => window.wordpressTest.reopen(saved), post(html));
    assert.deepEqual(
      result.blocks.map(({ name: block, isValid }) => [block, isValid]),
      [[BLOCK, true]],
      name,
    );
    assert.equal(result.savedAgain, post(html), name);
  }
  // data-listen, with no value or the empty one the block writes, reads back as listen on and saves
  // again as the block writes it; held text stays with it.
  const listening = CASES[2].html;
  const cardListening = SIDE_EFFECT_CARD.held().replace('>', ' data-listen="">');
  assert.notEqual(cardListening, SIDE_EFFECT_CARD.held());
  for (const [html, saved] of [
    [listening, listening],
    [listening.replace('data-listen=""', 'data-listen'), listening],
    [cardListening, cardListening],
  ]) {
    const result = await tab.evaluate((post) => window.wordpressTest.reopen(post), post(html));
    assert.deepEqual(
      result.blocks.map(({ isValid, attributes }) => [isValid, attributes.listen]),
      [[true, true]],
      html,
    );
    assert.equal(result.savedAgain, post(saved), html);
  }
  assert.deepEqual(problems, []);
  // Anything else inside is not what the block saves: WordPress reports the block as invalid (and
  // logs why) and leaves the post as it is until someone chooses what to do, as for any block.
  for (const html of NOT_WIDGET_TEXT) {
    const result = await tab.evaluate((saved) => window.wordpressTest.reopen(saved), post(html));
    assert.equal(result.blocks[0].isValid, false, html);
    assert.equal(result.savedAgain, post(html), 'the post is left as it is');
  }
  assert.equal(problems.length, NOT_WIDGET_TEXT.length);
  for (const problem of problems) assert.match(problem, /^Block validation: Block validation failed/);
  await context.close();
});

/** The sidebar field labelled `label`. */
const field = (tab, label) => tab.locator('.test-sidebar').getByLabel(label, { exact: true });

/** The editor with one block, selected by clicking its widget in the canvas as an editor would. */
async function openEditorWith(attributes, options) {
  const opened = await open({ editor: true, ...options });
  await opened.tab.evaluate((attributes) => window.wordpressTest.openEditor(attributes), attributes);
  await opened.tab.locator(`.test-canvas [data-type="${BLOCK}"] [data-therapy-widget] > *`).click();
  await opened.tab.locator('.test-sidebar .therapy-widgets-setting').first().waitFor();
  return opened;
}

/** axe's WCAG 2.2 A and AA findings in the sidebar, message shown (the test page around it is not WordPress's). */
async function sidebarAxeViolations(tab) {
  await tab.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
  const results = await tab.evaluate(() =>
    // eslint-disable-next-line no-undef -- axe is the script just added to the page.
    axe.run(document.querySelector('.test-sidebar'), {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
    }),
  );
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  );
}

const savedPost = (tab) => tab.evaluate(() => window.wordpressTest.savedPost());

/** The texts that describe a field, in order: the elements its aria-describedby names. */
const descriptionsOf = async (tab, control) =>
  Promise.all(
    ((await control.getAttribute('aria-describedby')) ?? '')
      .split(' ')
      .filter(Boolean)
      .map(async (id) => (await tab.locator(`[id="${id}"]`).textContent()).trim()),
  );

/** What WordPress's live regions (@wordpress/a11y's speak) last gave screen readers to say. */
const spoken = (tab) =>
  tab.evaluate(() =>
    ['#a11y-speak-assertive', '#a11y-speak-polite'].map((id) => document.querySelector(id).textContent),
  );

test('the sidebar saves good settings, refuses bad ones with a message, and the canvas shows the widget', async () => {
  const { context, tab, problems } = await openEditorWith({ widget: 'side-effect-card' });
  const canvasWidget = tab.locator(`.test-canvas [data-type="${BLOCK}"] side-effect-card`);
  assert.equal(await canvasWidget.locator('[part="title"]').textContent(), 'Side effects');

  const phone = field(tab, 'Emergency phone number');
  const { errors } = editorText('en');
  // The message itself, without the notice's hidden "Error notice" prefix.
  const notice = tab.locator('.test-sidebar .therapy-widgets-problem [id$="__problem"]');
  // While typing, nothing is shown or said: "+" is only the start of a number.
  await phone.pressSequentially('+');
  assert.equal(await notice.count(), 0);
  assert.equal(await phone.getAttribute('aria-invalid'), null);
  assert.ok(!(await spoken(tab)).includes(errors.emergencyNumber), 'nothing said');
  assert.ok(!(await savedPost(tab)).includes('data-emergency-number'), 'and nothing saved');
  await phone.fill('call the nurse');
  assert.equal(await notice.count(), 0);
  // Leaving the field shows the message under it, marks the field and says the message.
  await phone.blur();
  await notice.waitFor();
  assert.equal((await notice.textContent()).trim(), errors.emergencyNumber);
  assert.equal(errors.emergencyNumber, 'Use digits, spaces, +, - or brackets, like 911 or +44 20 7946 0000.');
  assert.equal(await phone.getAttribute('aria-invalid'), 'true');
  assert.ok((await spoken(tab)).includes(errors.emergencyNumber), 'the message is said');
  assert.ok(!(await savedPost(tab)).includes('data-emergency-number'), 'the bad number is not saved');
  matchEditorPicture('wordpress', 'sidebar-problem', await tab.locator('.test-sidebar').screenshot());
  assert.deepEqual(await sidebarAxeViolations(tab), []);

  await phone.fill('112');
  await notice.waitFor({ state: 'detached' });
  assert.match(await savedPost(tab), /data-emergency-number="112"/);
  await tab.locator(`.test-canvas [data-type="${BLOCK}"] side-effect-card[emergency-number="112"]`).waitFor();

  // An unknown topic is refused; the saved topic stays.
  await field(tab, 'Topic').fill('chemo');
  await field(tab, 'Topic').blur();
  assert.equal((await notice.textContent()).trim(), 'There is no such topic. Known topics: targeted-therapy.');
  assert.match(await savedPost(tab), /data-topic="targeted-therapy"/);
  await field(tab, 'Topic').fill('targeted-therapy');
  await notice.waitFor({ state: 'detached' });

  // Choosing another widget shows its settings, and the canvas shows that widget.
  await field(tab, 'Widget').selectOption('cog-disclaimer');
  await tab.locator(`.test-canvas [data-type="${BLOCK}"] cog-disclaimer [part="title"]`).waitFor();
  await field(tab, 'Heading level').selectOption('3');
  await field(tab, 'Language').selectOption('es');
  const reviewed = field(tab, 'Reviewed on (YYYY-MM-DD)');
  await reviewed.pressSequentially('2');
  assert.equal(await notice.count(), 0, 'nothing shown on the first keystroke');
  assert.ok(!(await spoken(tab)).includes(errors.reviewed), 'nothing said on the first keystroke');
  await reviewed.fill('2026-02-30');
  await reviewed.blur();
  assert.equal((await notice.textContent()).trim(), 'There is no such date. Write it as YYYY-MM-DD, like 2026-12-01.');
  assert.equal(await reviewed.getAttribute('aria-invalid'), 'true');
  assert.ok(!(await savedPost(tab)).includes('data-reviewed'), 'the date that does not exist is not saved');
  await reviewed.fill('2026-12-01');
  await notice.waitFor({ state: 'detached' });
  assert.equal(
    await savedPost(tab),
    post(
      '<div data-therapy-widget="cog-disclaimer" data-topic="targeted-therapy" lang="es" data-heading-level="3" ' +
        'data-emergency-number="112" data-reviewed="2026-12-01"></div>',
    ),
  );
  // The canvas widget follows: a level-3 heading, in Spanish (whose chunk loads on first use).
  await tab.locator('.test-canvas cog-disclaimer h3[part="title"]', { hasText: 'Sobre lo que lee aquí' }).waitFor();
  matchEditorPicture('wordpress', 'editor', await tab.screenshot());
  assert.deepEqual(problems, []);
  await context.close();
});

test('Ctrl+S while a field holds a value that cannot be saved shows and says why, as leaving the field does', async () => {
  const { context, tab, problems } = await openEditorWith({ widget: 'side-effect-card' });
  const { errors } = editorText('en');
  const phone = field(tab, 'Emergency phone number');
  const notice = tab.locator('.test-sidebar .therapy-widgets-problem [id$="__problem"]');
  const postsSaved = () => tab.evaluate(() => window.wordpressTest.postsSaved);
  await phone.pressSequentially('call the nurse');
  assert.equal(await notice.count(), 0, 'nothing shown while typing');
  // Saved with the editor's shortcut, the field keeping the focus: the message shows and is said.
  await tab.keyboard.press('ControlOrMeta+S');
  await notice.waitFor();
  assert.equal((await notice.textContent()).trim(), errors.emergencyNumber);
  assert.equal(await phone.getAttribute('aria-invalid'), 'true');
  assert.deepEqual(await descriptionsOf(tab, phone), [errors.emergencyNumber]);
  assert.ok((await spoken(tab)).includes(errors.emergencyNumber), 'the message is said');
  assert.ok(await phone.evaluate((input) => input === document.activeElement), 'the field still has the focus');
  // The editor saved the post, with the last good value: no number.
  const [saved, ...more] = await postsSaved();
  assert.deepEqual(more, []);
  assert.ok(!saved.includes('data-emergency-number'), saved);
  // Corrected, the message goes; a new mistake shows nothing until the field is left or the post saved.
  await phone.fill('112');
  await notice.waitFor({ state: 'detached' });
  await phone.pressSequentially('x');
  assert.equal(await notice.count(), 0, 'nothing shown on the first keystroke');
  await tab.keyboard.press('ControlOrMeta+S');
  await notice.waitFor();
  assert.match((await postsSaved())[1], /data-emergency-number="112"/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the heading level is a list of 1 to 6; a level it does not offer, from the code editor, shows as it is, with its message from the start', async () => {
  const { context, tab, problems } = await open({ editor: true });
  const written =
    '<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy" data-heading-level="9"></div>';
  await tab.evaluate((saved) => window.wordpressTest.openEditor(saved), post(written));
  await tab.locator(`.test-canvas [data-type="${BLOCK}"] [data-therapy-widget] > side-effect-card`).click();
  const level = field(tab, 'Heading level');
  assert.deepEqual(await level.locator('option').allTextContents(), ['1', '2', '3', '4', '5', '6', '9']);
  assert.equal(await level.inputValue(), '9');
  const { errors, hints } = editorText('en');
  const notice = tab.locator('.test-sidebar .therapy-widgets-problem [id$="__problem"]');
  assert.equal((await notice.textContent()).trim(), errors.headingLevel);
  assert.equal(await level.getAttribute('aria-invalid'), 'true');
  assert.ok((await spoken(tab)).includes(errors.headingLevel), 'the message is said');
  assert.deepEqual(await descriptionsOf(tab, level), [hints.headingLevel, errors.headingLevel]);
  // The block is valid, and saves the level as it was until another is chosen.
  assert.equal(await savedPost(tab), post(written));
  await level.selectOption('3');
  await notice.waitFor({ state: 'detached' });
  assert.equal(await savedPost(tab), post(written.replace('data-heading-level="9"', 'data-heading-level="3"')));
  assert.deepEqual(await level.locator('option').allTextContents(), ['1', '2', '3', '4', '5', '6']);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Opens the editor on `saved`, whose one block is invalid, and chooses WordPress's "Attempt recovery". */
async function recoverBlock(saved) {
  const opened = await open({ editor: true });
  await opened.tab.evaluate((post) => window.wordpressTest.openEditor(post), saved);
  await opened.tab.getByRole('button', { name: 'Attempt recovery' }).click();
  await opened.tab.locator(`.test-canvas [data-type="${BLOCK}"] [data-therapy-widget] > *`).click();
  await opened.tab.locator('.test-sidebar .therapy-widgets-setting').first().waitFor();
  return opened;
}

test('after "Attempt block recovery", what an editor or a CMS added to the text is left out and the text kept', async () => {
  const { html: disclaimer } = (await placeholdersWithText()).find(
    ({ name }) => name === 'family.en/cog-disclaimer.html',
  );
  const { held, how } = editorText('en').fallbackText;
  for (const [html, kept] of [
    [withListItemIds(disclaimer), disclaimer],
    [sideEffectCardWithAdditions(), SIDE_EFFECT_CARD.held()],
  ]) {
    const { context, tab, problems } = await recoverBlock(post(html));
    assert.equal(await savedPost(tab), post(kept), html);
    const note = tab.locator('.test-sidebar .therapy-widgets-fallback-note .components-notice__content');
    assert.equal((await note.textContent()).trim(), `${held} ${how}`);
    // WordPress logs why the block was invalid before it was recovered; nothing else.
    assert.ok(problems.length > 0);
    for (const problem of problems) assert.match(problem, /^Block validation: /);
    await context.close();
  }
});

test('a block whose text is not kept says so in its sidebar after recovery, and is saved empty', async () => {
  const { notKept, how } = editorText('en').fallbackText;
  const html = NOT_WIDGET_TEXT.find((inside) => inside.includes('<img'));
  const { context, tab, problems } = await recoverBlock(post(html));
  const note = tab.locator('.test-sidebar .therapy-widgets-fallback-note .components-notice__content');
  assert.equal((await note.textContent()).trim(), `${notKept} ${how}`);
  assert.equal(await savedPost(tab), post(EMPTY_SIDE_EFFECT_CARD));
  assert.deepEqual(await sidebarAxeViolations(tab), []);
  for (const problem of problems) assert.match(problem, /^Block validation: /);
  await context.close();
});

test('changing a setting drops the text made for the old settings; the sidebar says so before and after', async () => {
  const { context, tab, problems } = await open({ editor: true });
  const card = SIDE_EFFECT_CARD.held();
  await tab.evaluate((saved) => window.wordpressTest.openEditor(saved), post(card));
  await tab.locator(`.test-canvas [data-type="${BLOCK}"] [data-therapy-widget] > side-effect-card`).click();
  const { held, removed, how } = editorText('en').fallbackText;
  const note = tab.locator('.test-sidebar .therapy-widgets-fallback-note .components-notice__content');
  assert.equal((await note.textContent()).trim(), `${held} ${how}`);
  assert.equal(await savedPost(tab), post(card));
  // A value that cannot be saved changes nothing, the text included.
  await field(tab, 'Emergency phone number').fill('call the nurse');
  assert.equal(await savedPost(tab), post(card));
  await field(tab, 'Emergency phone number').fill('');
  // A new heading level: the text (whose headings are <h2>) goes with the change.
  await field(tab, 'Heading level').selectOption('3');
  assert.equal(await savedPost(tab), post(SIDE_EFFECT_CARD.emptyAtLevel(3)));
  assert.equal((await note.textContent()).trim(), `${removed} ${how}`);
  await tab.locator(`.test-canvas side-effect-card h3[part="title"]`).waitFor();
  assert.deepEqual(await sidebarAxeViolations(tab), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the Listen checkbox sets and clears data-listen, the canvas follows, and the text the block holds stays', async () => {
  const { context, tab, problems } = await open({ editor: true });
  const card = SIDE_EFFECT_CARD.held();
  const cardListening = card.replace('>', ' data-listen="">');
  await tab.evaluate((saved) => window.wordpressTest.openEditor(saved), post(cardListening));
  await tab.locator(`.test-canvas [data-type="${BLOCK}"] [data-therapy-widget] > side-effect-card`).click();
  const { labels, hints, fallbackText } = editorText('en');
  const listen = field(tab, labels.listen);
  assert.ok(await listen.isChecked());
  assert.equal(
    await tab.locator(`[id="${await listen.getAttribute('aria-describedby')}"]`).textContent(),
    hints.listen,
    'described by its hint',
  );
  assert.equal(await savedPost(tab), post(cardListening));
  const canvasWidget = tab.locator(`.test-canvas [data-type="${BLOCK}"] side-effect-card`);
  assert.equal(await canvasWidget.getAttribute('listen'), '');
  // The Listen button reads the text aloud and adds nothing to it: the text stays, and so does the note.
  await listen.uncheck();
  assert.equal(await savedPost(tab), post(card));
  await tab.locator(`.test-canvas [data-type="${BLOCK}"] side-effect-card:not([listen])`).waitFor();
  await listen.check();
  assert.equal(await savedPost(tab), post(cardListening));
  await tab.locator(`.test-canvas [data-type="${BLOCK}"] side-effect-card[listen]`).waitFor();
  const note = tab.locator('.test-sidebar .therapy-widgets-fallback-note .components-notice__content');
  assert.equal((await note.textContent()).trim(), `${fallbackText.held} ${fallbackText.how}`);
  assert.deepEqual(await sidebarAxeViolations(tab), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('under Trusted Types, the block keeps, changes and saves its text with no HTML sink of its own', async () => {
  const { context, tab, problems, violations } = await open({ editor: true, trustedTypes: true });
  const card = SIDE_EFFECT_CARD.held();
  await tab.evaluate((saved) => window.wordpressTest.openEditor(saved), post(card));
  await tab.locator(`.test-canvas [data-type="${BLOCK}"] [data-therapy-widget] > side-effect-card`).click();
  const listen = field(tab, editorText('en').labels.listen);
  await listen.waitFor();
  // WordPress opens the post through the page's policy (the block editor reads blocks with
  // innerHTML); from here on the policy refuses everything, so the block's own code gets no sink.
  assert.ok(await refuseTrustedTypes(tab, violations, problems), 'an HTML sink throws');
  await listen.check();
  assert.equal(await savedPost(tab), post(card.replace('>', ' data-listen="">')));
  await field(tab, 'Heading level').selectOption('3');
  assert.equal(await savedPost(tab), post(SIDE_EFFECT_CARD.emptyAtLevel(3).replace('>', ' data-listen="">')));
  await tab.locator('.test-sidebar .therapy-widgets-fallback-note').waitFor();
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('for a Spanish-speaking WordPress user the block and its sidebar speak Spanish', async () => {
  const { context, tab, problems } = await openEditorWith({ widget: 'therapy-page' }, { locale: 'es_ES' });
  await tab.locator('.test-sidebar').getByText('Widget de información de salud').first().waitFor();
  await field(tab, 'Widget').waitFor();
  assert.equal(await field(tab, 'Widget').locator('option:checked').textContent(), 'Página completa del tema');
  assert.equal(await field(tab, editorText('es').labels.listen).isChecked(), false);
  await field(tab, 'Teléfono de emergencias').fill('llamar');
  await field(tab, 'Teléfono de emergencias').blur();
  // The message itself, without the notice's hidden "Error notice" prefix.
  const notice = tab.locator('.test-sidebar .therapy-widgets-problem [id$="__problem"]');
  assert.equal(
    (await notice.textContent()).trim(),
    'Use números, espacios, +, - o paréntesis, como 911 o +34 900 000 000.',
  );
  assert.ok(!(await savedPost(tab)).includes('data-emergency-number'));
  matchEditorPicture('wordpress', 'sidebar-es', await tab.locator('.test-sidebar').screenshot());
  assert.deepEqual(problems, []);
  await context.close();
});

test('in an iframed editor canvas, the bundle WordPress prints there shows the widget and follows the sidebar', async () => {
  // The tag WordPress prints for the bundle's handle, once the plugin's filter has made it a module.
  const canvasScripts = `<script type="module" src="/bundle/therapy-widgets.js?ver=${version}" id="therapy-widgets-js"></script>`;
  const { context, tab, problems } = await open({ editor: true, bundle: false });
  await tab.evaluate(
    ([attributes, scripts]) => window.wordpressTest.openEditor(attributes, scripts),
    [{ widget: 'cog-disclaimer', emergencyNumber: '999' }, canvasScripts],
  );
  const canvas = tab.frameLocator('iframe[name="editor-canvas"]');
  const widget = canvas.locator(`[data-type="${BLOCK}"] [data-therapy-widget] > cog-disclaimer`);
  assert.equal(await widget.locator('[part="phone"]').textContent(), '999');
  assert.equal(await tab.evaluate(() => customElements.get('cog-disclaimer')), undefined, 'not in the outer page');
  await widget.click();
  await field(tab, 'Emergency phone number').fill('112');
  await widget.locator('[part="phone"]', { hasText: '112' }).waitFor();
  assert.match(await savedPost(tab), /data-emergency-number="112"/);
  assert.deepEqual(problems, []);
  await context.close();
});
