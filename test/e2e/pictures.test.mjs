// <how-it-works> in Windows High Contrast (forced colours), which only a real page can emulate.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';

const { browser, url, close } = await openBrowserAndSite();
after(close);

/** Opens a page with `body` and the bundle, in a context with the given media features. */
async function openWith(body, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.route('**/media.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>t</title><script type="module" src="/dist/therapy-widgets.js"></script>${body}`,
    }),
  );
  await page.goto(`${url}media.html`);
  return { context, page };
}

test('the drawings keep every shape visible in system colours under forced colours', async () => {
  const { context, page } = await openWith('<how-it-works></how-it-works>', { forcedColors: 'active' });
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
  const { context, page } = await openWith('<how-it-works></how-it-works><side-effect-card></side-effect-card>');
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

test('the drawings move for at most five seconds, and only when motion is welcome', async () => {
  const motion = (page) =>
    page.evaluate(() =>
      [...document.querySelector('how-it-works').shadowRoot.querySelectorAll('.flow, .signal')].map((part) => {
        const style = getComputedStyle(part);
        const seconds =
          parseFloat(style.animationDelay) +
          parseFloat(style.animationDuration) * Number(style.animationIterationCount);
        return { name: style.animationName, seconds };
      }),
    );
  const moving = await openWith('<how-it-works></how-it-works>', { reducedMotion: 'no-preference' });
  await moving.page.locator('how-it-works figcaption').first().waitFor();
  const parts = await motion(moving.page);
  assert.ok(parts.some((part) => part.name !== 'none'));
  for (const part of parts) assert.ok(part.seconds <= 5, `${part.name} lasts ${part.seconds} s`);
  await moving.context.close();

  const still = await openWith('<how-it-works></how-it-works>', { reducedMotion: 'reduce' });
  await still.page.locator('how-it-works figcaption').first().waitFor();
  assert.ok((await motion(still.page)).every((part) => part.name === 'none'));
  await still.context.close();
});

test('<therapy-page> prints every section and the drawings in black on white, without its links or button', async () => {
  const { context, page } = await openWith('<therapy-page></therapy-page>');
  await page.locator('therapy-page how-it-works figcaption').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(() => {
    const root = document.querySelector('therapy-page').shadowRoot;
    const shown = (element) => getComputedStyle(element).display !== 'none';
    const pictures = root.querySelector('how-it-works').shadowRoot;
    return {
      contents: shown(root.querySelector('nav')),
      button: shown(root.querySelector('[part="print-button"]')),
      widgets: [...root.querySelectorAll('therapy-overview, how-it-works, side-effect-card, cog-disclaimer')].map(
        shown,
      ),
      vessel: getComputedStyle(pictures.querySelector('.vessel')).stroke,
      pictureBackground: getComputedStyle(pictures.querySelector('.picture')).backgroundColor,
    };
  });
  assert.deepEqual(printed, {
    contents: false,
    button: false,
    widgets: [true, true, true, true, true],
    vessel: 'rgb(0, 0, 0)',
    pictureBackground: 'rgb(255, 255, 255)',
  });
  const pdf = await page.pdf();
  assert.ok(pdf.length > 10000, 'a PDF was made');
  await context.close();
});
