// Cumulative layout shift of a page with widgets above and below the fold, loaded as
// docs/performance.md's "No layout shift" says, while the script arrives late (a slow network).
// Chromium's layout-shift entries count.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { cumulativeLayoutShift } from './page-checks.mjs';
import { TAGS, ignoreFavicon, waitForWidgets, watchProblems } from './page-helpers.mjs';

const SCRIPT_DELAY_MS = 300;
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const SCRIPT = '<script type="module" src="/dist/therapy-widgets.js" blocking="render"></script>';
const STYLESHEET = '<link rel="stylesheet" href="/dist/therapy-widgets.css" />';

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
after(async () => {
  for (const context of contexts.values()) await context.close();
  await close();
});

const VARIANTS = {
  // As docs/performance.md's "No layout shift" says: the stylesheet and blocking="render".
  advised: (html) => html,
  'stylesheet only': (html) => html.replace(' blocking="render"', ''),
  neither: (html) => html.replace(' blocking="render"', '').replace(STYLESHEET, ''),
  // The script never arrives: what is left is the space the stylesheet holds.
  'no script': (html) => html,
  // The CMS-safe form: each widget a div with data- attributes, upgraded by a file the script
  // loads on demand, after the first paint.
  placeholders: (html) =>
    html
      .replace(/<([a-z]+(?:-[a-z]+)+)([^>]*)><\/\1>/g, '<div data-therapy-widget="$1"$2></div>')
      .replace(' publisher=', ' data-publisher='),
};

const contexts = new Map();

/** One browser context per viewport, whose routes hold the script back and edit the page. */
async function contextFor(viewport) {
  if (contexts.has(viewport)) return contexts.get(viewport);
  const context = await browser.newContext({ viewport });
  await ignoreFavicon(context);
  await context.route('**/layout-shift.html?*', async (route) => {
    const variant = new URL(route.request().url()).searchParams.get('variant');
    const response = await route.fetch();
    const html = await response.text();
    assert.ok(
      html.includes(SCRIPT) && html.includes(STYLESHEET),
      'the page loads the widgets as "No layout shift" says',
    );
    await route.fulfill({
      response,
      body: VARIANTS[variant](html.replace(/(therapy-widgets\.js)"/, `$1?variant=${variant}"`)),
    });
  });
  await context.route('**/dist/therapy-widgets.js?*', async (route) => {
    if (route.request().url().endsWith('no%20script')) return route.abort();
    await new Promise((resolve) => setTimeout(resolve, SCRIPT_DELAY_MS));
    return route.continue();
  });
  contexts.set(viewport, context);
  return context;
}

async function load(viewport, variant) {
  const page = await (await contextFor(viewport)).newPage();
  const problems = watchProblems(page);
  await page.goto(`${url}test/e2e/pages/layout-shift.html?variant=${encodeURIComponent(variant)}`);
  if (variant !== 'no script') await waitForWidgets(page);
  // Let any late layout settle.
  await page.waitForTimeout(150);
  return { page, problems };
}

const heightsOf = (page) =>
  page.evaluate(
    (tags) => tags.map((tag) => document.querySelector(`main ${tag}`).getBoundingClientRect().height),
    TAGS,
  );

const realHeights = new Map();

test('loaded as "No layout shift" says, the page does not shift at all (CLS 0), even with a slow script', async () => {
  for (const viewport of VIEWPORTS) {
    const { page, problems } = await load(viewport, 'advised');
    // The first widget is above the fold, the disclaimer below it.
    const positions = await page.evaluate(() => ({
      cardBottom: document.querySelector('main side-effect-card').getBoundingClientRect().bottom,
      disclaimerTop: document.querySelector('cog-disclaimer').getBoundingClientRect().top,
    }));
    // A widget above the fold with page text after it in view, and one below the fold.
    assert.ok(positions.cardBottom < viewport.height - 50, `${viewport.width}px: ${JSON.stringify(positions)}`);
    assert.ok(positions.disclaimerTop > viewport.height, `${viewport.width}px: ${JSON.stringify(positions)}`);
    assert.equal(await page.evaluate(cumulativeLayoutShift), 0, `${viewport.width}px`);
    realHeights.set(viewport.width, await heightsOf(page));
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('placed with CMS-safe divs, the stylesheet holds their space until the widgets arrive', async (t) => {
  for (const viewport of VIEWPORTS) {
    const { page, problems } = await load(viewport, 'placeholders');
    assert.equal(await page.locator('div[data-therapy-widget] > side-effect-card').count(), 2);
    // Their upgrade code is a file the script loads after the first paint, which blocking="render"
    // cannot hold, so what is left is the difference between held and real heights.
    const shift = await page.evaluate(cumulativeLayoutShift);
    t.diagnostic(`${viewport.width}px: CLS ${shift}`);
    assert.ok(shift < 0.01, `${viewport.width}px: CLS ${shift}`);
    assert.deepEqual(problems, []);
    await page.close();
  }
});

test('without blocking="render" (browsers that ignore it), the stylesheet keeps the shift small', async (t) => {
  for (const viewport of VIEWPORTS) {
    const measured = {};
    for (const variant of ['stylesheet only', 'neither']) {
      const { page } = await load(viewport, variant);
      measured[variant] = await page.evaluate(cumulativeLayoutShift);
      await page.close();
    }
    t.diagnostic(`${viewport.width}px: CLS ${JSON.stringify(measured)}`);
    // Without any help the page does shift: this is what the other two measures prevent.
    assert.ok(measured.neither > 0.02, `${viewport.width}px: ${JSON.stringify(measured)}`);
    assert.ok(measured['stylesheet only'] < measured.neither / 2, `${viewport.width}px: ${JSON.stringify(measured)}`);
    // Google's threshold for a "good" page.
    assert.ok(measured['stylesheet only'] < 0.1, `${viewport.width}px: ${JSON.stringify(measured)}`);
  }
});

test('the space the stylesheet holds is close to the real height of each widget', async () => {
  for (const viewport of VIEWPORTS) {
    const { page } = await load(viewport, 'no script');
    const held = await heightsOf(page);
    await page.close();
    let real = realHeights.get(viewport.width);
    if (!real) {
      const loaded = await load(viewport, 'advised');
      real = await heightsOf(loaded.page);
      await loaded.page.close();
    }
    TAGS.forEach((tag, i) => {
      const ratio = held[i] / real[i];
      assert.ok(ratio > 0.85 && ratio < 1.15, `${viewport.width}px ${tag}: held ${held[i]}px, real ${real[i]}px`);
    });
  }
});

test('a script that never comes holds the space only a few seconds, and with JavaScript off none at all', async () => {
  const { HOLD_SECONDS } = await import('../../scripts/tokens.mjs');
  const [viewport] = VIEWPORTS;
  const { page } = await load(viewport, 'no script');
  const held = await heightsOf(page);
  assert.ok(
    held.every((height) => height > 100),
    `held at first: ${held}`,
  );
  await page.waitForTimeout(HOLD_SECONDS * 1000 + 300);
  assert.deepEqual(
    await heightsOf(page),
    held.map(() => 0),
    'given back',
  );
  await page.close();

  const context = await browser.newContext({ viewport, javaScriptEnabled: false });
  const noJavaScript = await context.newPage();
  await noJavaScript.goto(`${url}test/e2e/pages/layout-shift.html`);
  assert.deepEqual(
    await heightsOf(noJavaScript),
    held.map(() => 0),
    'nothing held without JavaScript',
  );
  await context.close();
});
