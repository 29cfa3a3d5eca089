// Code that only some pages need is a chunk of its own: the upgrade of data-therapy-widget
// placeholders, and the disclaimer's words for children. A page that does not need one never
// downloads it; a page that does downloads it once, from the bundle's folder, and never a second
// copy of the bundle (even when the bundle's URL has a query string).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';

const { browser, url, close } = await openBrowserAndSite();
after(close);

const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>t</title>
<script type="module" src="/dist/therapy-widgets.js?v=3"></script></head>
<body>${body}</body></html>`;

async function open(body, { blocked } = {}) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  // A chunk that cannot be had, as when a filter blocks it or the network drops.
  if (blocked) await tab.route(blocked, (route) => route.abort());
  const requests = [];
  const errors = [];
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'warning' && errors.push(message.text()));
  await tab.route('**/page.html', (route) => route.fulfill({ contentType: 'text/html', body: page(body) }));
  await tab.goto(`${url}page.html`);
  await tab.waitForFunction(() => customElements.get('side-effect-card'));
  // The code the page loads (the widgets' pack is data, counted elsewhere).
  const scripts = () => requests.filter((path) => path.startsWith('/dist/') && !path.startsWith('/dist/packs/'));
  return { context, tab, scripts, errors };
}

const titleIn = (tab, selector) => tab.locator(`${selector} side-effect-card [part="title"]`).textContent();

test('a page without placeholders does not download the placeholder code', async () => {
  const { context, tab, scripts, errors } = await open('<side-effect-card></side-effect-card>');
  await tab.locator('side-effect-card [part="title"]').waitFor();
  assert.deepEqual(scripts(), ['/dist/therapy-widgets.js']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a page with a placeholder downloads the placeholder code once, and the bundle once', async () => {
  const { context, tab, scripts, errors } = await open('<div id="first" data-therapy-widget="side-effect-card"></div>');
  assert.equal(await titleIn(tab, '#first'), 'Side effects');
  assert.equal(scripts().length, 2, scripts().join(', '));
  assert.equal(scripts()[0], '/dist/therapy-widgets.js');
  assert.match(scripts()[1], /^\/dist\/chunks\/placeholders-[\w-]+\.js$/);
  assert.deepEqual(errors, []);
  await context.close();
});

/**
 * Opens `body`, checks the placeholder code is not loaded yet, runs `change` in the page, and
 * checks the widget then appears in `selector`, with the placeholder code loaded once.
 */
async function upgradedLater(body, change, selector) {
  const { context, tab, scripts, errors } = await open(body);
  await tab.waitForTimeout(100);
  assert.deepEqual(scripts(), ['/dist/therapy-widgets.js']);
  await tab.evaluate(change);
  assert.equal(await titleIn(tab, selector), 'Side effects');
  assert.equal(scripts().length, 2, scripts().join(', '));
  assert.deepEqual(errors, []);
  await context.close();
}

test('a placeholder added after the page loaded is upgraded too', () =>
  upgradedLater(
    '<main></main>',
    () => {
      const wrapper = document.createElement('section');
      wrapper.innerHTML = '<div id="late" data-therapy-widget="side-effect-card"></div>';
      document.querySelector('main').append(wrapper);
    },
    '#late',
  ));

test('an element that becomes a placeholder later, by getting the attribute, is upgraded', () =>
  upgradedLater(
    '<div id="marked"></div>',
    () => document.querySelector('#marked').setAttribute('data-therapy-widget', 'side-effect-card'),
    '#marked',
  ));

/** The titles of the page's disclaimers, once `count` of them show. */
async function disclaimerTitles(tab, count) {
  const titles = tab.locator('cog-disclaimer [part="title"]');
  await titles.nth(count - 1).waitFor();
  return titles.allTextContents();
}

/** The chunks a page loaded, by name without their hash: `["es", "es.child"]`. */
const chunkNames = (scripts) =>
  scripts()
    .filter((path) => path.startsWith('/dist/chunks/'))
    .map((path) => /^\/dist\/chunks\/(.+)-[\w-]+\.js$/.exec(path)[1])
    .sort();

test('disclaimers for families, in English and Spanish, do not download the words for children', async () => {
  const { context, tab, scripts, errors } = await open(
    '<cog-disclaimer></cog-disclaimer><cog-disclaimer lang="es"></cog-disclaimer>',
  );
  assert.deepEqual(await disclaimerTitles(tab, 2), ['About what you read here', 'Sobre lo que lee aquí']);
  assert.equal(scripts()[0], '/dist/therapy-widgets.js');
  assert.deepEqual(chunkNames(scripts), ['es']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('disclaimers for children download their words once, in each language shown, and the bundle once', async () => {
  const { context, tab, scripts, errors } = await open(
    `<cog-disclaimer audience="child"></cog-disclaimer><therapy-page audience="child"></therapy-page>
     <cog-disclaimer audience="child" lang="es"></cog-disclaimer>`,
  );
  assert.deepEqual((await disclaimerTitles(tab, 3)).sort(), ['Good to know', 'Good to know', 'Lo que hay que saber']);
  assert.equal(scripts()[0], '/dist/therapy-widgets.js');
  assert.deepEqual(chunkNames(scripts), ['child-words', 'es', 'es.child']);
  assert.equal(scripts().length, 4, scripts().join(', '));
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [words, blocked, expected] of [
  ['English', 'child-words', ['About what you read here', 'Sobre lo que lee aquí']],
  ['Spanish', 'es.child', ['Good to know', 'Sobre lo que lee aquí']],
]) {
  test(`when the children's ${words} words cannot load, those disclaimers show the families' words and warn once`, async () => {
    const { context, tab, errors } = await open(
      `<cog-disclaimer audience="child"></cog-disclaimer><cog-disclaimer audience="child" lang="es"></cog-disclaimer>
       <cog-disclaimer audience="child" lang="es"></cog-disclaimer>`,
      { blocked: `**/chunks/${blocked}-*.js` },
    );
    const titles = await disclaimerTitles(tab, 3);
    // Widgets render in document order, except that the Spanish ones wait for their translation.
    assert.deepEqual(titles.sort(), [...expected, expected[1]].sort());
    const points = await tab.locator('cog-disclaimer [part="points"]').allTextContents();
    assert.ok(
      points.every((point) => point.includes('911')),
      points.join(' | '),
    );
    assert.equal(errors.length, 1, errors.join('\n'));
    assert.match(
      errors[0],
      /^\[therapy-widgets\] the (disclaimer's words for children|"es.child" texts) could not be loaded .*; showing the words for families\.$/,
    );
    await context.close();
  });
}
