// <how-it-works> in Windows High Contrast (forced colours), which only a real page can emulate.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, startServer } from './browser.mjs';

let browser;
let server;
let url;

before(async () => {
  ({ server, url } = await startServer());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the drawings keep every shape visible in system colours under forced colours', async () => {
  const context = await browser.newContext({ forcedColors: 'active' });
  const page = await context.newPage();
  await page.route('**/pictures.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/dist/therapy-widgets.js"></script><how-it-works></how-it-works>',
    }),
  );
  await page.goto(`${url}pictures.html`);
  await page.locator('how-it-works figcaption').first().waitFor();
  const colours = await page.evaluate(() => {
    const root = document.querySelector('how-it-works').shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      text: style('figcaption').color,
      canvas: style('.picture').backgroundColor,
      cellEdge: style('.cell').stroke,
      vessel: style('.vessel').stroke,
      medicine: style('.medicine rect').fill,
      signalsShown: getComputedStyle(root.querySelectorAll('svg')[1].querySelector('.signal')).stroke,
    };
  });
  assert.equal(colours.forced, true);
  assert.notEqual(colours.text, colours.canvas, 'text and background differ');
  for (const part of ['cellEdge', 'vessel', 'medicine', 'signalsShown']) {
    assert.equal(colours[part], colours.text, `${part} is drawn in the text colour`);
  }
  await context.close();
});

test('the minified bundle draws every shape and keeps the spaces between words', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route('**/shapes.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><title>t</title><script type="module" src="/dist/therapy-widgets.js"></script><how-it-works></how-it-works><side-effect-card></side-effect-card>',
    }),
  );
  await page.goto(`${url}shapes.html`);
  await page.locator('side-effect-card [part="callout"]').waitFor();
  const shapes = await page.evaluate(() =>
    [...document.querySelector('how-it-works').shadowRoot.querySelectorAll('svg')].map((drawing) => ({
      // Shapes are siblings, not nested: a lost "/>" would nest the rest inside the first shape.
      topLevel: [...drawing.children].map((child) => child.localName),
      cells: drawing.querySelectorAll('.cell').length,
      medicines: drawing.querySelectorAll('.medicine rect').length,
    })),
  );
  assert.deepEqual(shapes, [
    {
      topLevel: ['path', 'circle', 'circle', 'path', 'g', 'circle', 'circle', 'circle', 'circle'],
      cells: 1,
      medicines: 1,
    },
    { topLevel: ['g', 'g', 'circle', 'circle', 'circle', 'circle'], cells: 1, medicines: 1 },
  ]);
  const callout = await page.locator('side-effect-card [part="callout"]').textContent();
  assert.match(callout.replace(/\s+/g, ' '), /Important: Some people/);
  await context.close();
});
