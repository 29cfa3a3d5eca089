// Spanish through the built script-tag bundle, as a page loads it: a chunk of the widgets' own
// words and the topic's Spanish pack, both from the bundle's own folder, loaded only when a widget
// needs them, and a page that stays whole (and in one language) if the chunk cannot load.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';

const { browser, url, close } = await openBrowserAndSite();
after(close);

const page = (lang, bundleQuery = '') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>t</title>
<script type="module" src="/dist/therapy-widgets.js${bundleQuery}"></script></head>
<body><therapy-overview></therapy-overview><cog-disclaimer></cog-disclaimer></body></html>`;

async function open(html, { blockChunks = false } = {}) {
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requests = [];
  const warnings = [];
  const errors = [];
  tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
  tab.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  tab.on('pageerror', (error) => errors.push(error.message));
  if (blockChunks) await tab.route('**/dist/chunks/**', (route) => route.abort('blockedbyclient'));
  await tab.route('**/page.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await tab.goto(`${url}page.html`);
  const title = tab.locator('therapy-overview #title');
  await title.waitFor();
  await tab.waitForFunction(() =>
    Promise.all([...document.querySelectorAll('therapy-overview, cog-disclaimer')].map((el) => el.updateComplete)),
  );
  return { context, tab, requests, warnings, errors, title: await title.textContent() };
}

test('an English page loads the bundle and the English pack alone, nothing Spanish', async () => {
  const { context, requests, title, errors } = await open(page('en'));
  assert.equal(title, 'What is targeted therapy?');
  assert.deepEqual(
    requests.filter((path) => path.startsWith('/dist/')),
    ['/dist/therapy-widgets.js', '/dist/packs/targeted-therapy/family.en.json'],
  );
  assert.deepEqual(errors, []);
  await context.close();
});

test('a Spanish page loads the Spanish chunk and pack once each, from the bundle’s own folder, no English pack', async () => {
  const { context, requests, title, errors } = await open(page('es', '?v=1'));
  assert.equal(title, '¿Qué es la terapia dirigida?');
  const files = requests.filter((path) => path.startsWith('/dist/'));
  assert.equal(files[0], '/dist/therapy-widgets.js');
  assert.equal(files.length, 3, files.join(', '));
  assert.ok(
    files.some((path) => /^\/dist\/chunks\/es-[\w-]+\.js$/.test(path)),
    files.join(', '),
  );
  assert.ok(files.includes('/dist/packs/targeted-therapy/family.es.json'), files.join(', '));
  assert.deepEqual(errors, []);
  await context.close();
});

test('if the Spanish chunk cannot load, widgets stay in English and warn once', async () => {
  const { context, tab, title, warnings, errors } = await open(page('es'), { blockChunks: true });
  assert.equal(title, 'What is targeted therapy?');
  assert.equal(await tab.locator('cog-disclaimer [part="title"]').textContent(), 'About what you read here');
  assert.equal(await tab.locator('therapy-overview [part="base"]').getAttribute('lang'), 'en');
  const loadWarnings = warnings.filter((text) => text.includes('could not be loaded'));
  assert.equal(loadWarnings.length, 1, warnings.join('\n'));
  assert.match(loadWarnings[0], /^\[therapy-widgets\] the "es" texts could not be loaded/);
  assert.deepEqual(errors, []);
  await context.close();
});
