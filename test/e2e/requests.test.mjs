// A page with every widget, in English and Spanish, must request nothing but itself and the
// bundle's own files: no fonts, images, analytics or other origins.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { WIDGET_TAGS, openBrowserAndSite } from './browser.mjs';

const PAGE = 'test/e2e/pages/all-widgets.html';
const TAGS = WIDGET_TAGS;

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
after(close);

test('every request is the page itself or a file in the bundle folder, in English and Spanish', async () => {
  const origin = new URL(url).origin;
  const pageUrl = new URL(PAGE, url);
  const context = await browser.newContext();
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  // Recorded above, then stopped here: nothing leaves this machine whatever the page asks for.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto(pageUrl.href);
  for (const tag of TAGS) await page.locator(`${tag} >> [part="base"]`).first().waitFor();
  // The whole page switches language, and widgets are added after load: any language file the
  // widgets load on demand is requested now.
  await page.evaluate(async (tags) => {
    document.documentElement.lang = 'es';
    const added = tags.map((tag) => document.body.appendChild(document.createElement(tag)));
    await Promise.all(added.map((element) => element.updateComplete));
    document.documentElement.lang = 'en';
  }, TAGS);
  await page.waitForLoadState('networkidle');
  await context.close();

  assert.ok(requests.includes(pageUrl.href), 'the page request was recorded');
  assert.ok(
    requests.some((request) => new URL(request).pathname === '/dist/therapy-widgets.js'),
    'the bundle request was recorded',
  );
  const elsewhere = requests.filter((request) => {
    const { origin: requestOrigin, pathname } = new URL(request);
    return requestOrigin !== origin || (pathname !== pageUrl.pathname && !pathname.startsWith('/dist/'));
  });
  assert.deepEqual(elsewhere, []);
  assert.deepEqual(errors, []);
});
