// Narrow screens, zoom and narrow containers, on an article page with a sidebar.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { ignoreFavicon, waitForWidgets } from './page-helpers.mjs';

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
after(close);

async function openArticle(options) {
  const context = await browser.newContext(options);
  await ignoreFavicon(context);
  const page = await context.newPage();
  await page.goto(`${url}test/e2e/pages/article.html`);
  await waitForWidgets(page);
  return { context, page };
}

/** How far anything sticks out sideways: the page, each card, each line of text. */
function measureOverflow() {
  const findings = [];
  if (document.documentElement.scrollWidth > innerWidth) {
    findings.push(`page ${document.documentElement.scrollWidth}px in a ${innerWidth}px viewport`);
  }
  for (const widget of document.querySelectorAll('therapy-overview, side-effect-card, cog-disclaimer')) {
    const base = widget.shadowRoot.querySelector('.base');
    if (base.scrollWidth > base.clientWidth)
      findings.push(`${widget.localName} card ${base.scrollWidth} > ${base.clientWidth}`);
    if (base.getBoundingClientRect().right > innerWidth) findings.push(`${widget.localName} beyond the viewport`);
    for (const element of widget.shadowRoot.querySelectorAll('p, li, a, h2, h3, svg')) {
      if (element.getBoundingClientRect().right > base.getBoundingClientRect().right) {
        findings.push(`${widget.localName} <${element.localName}> sticks out`);
      }
    }
    const size = parseFloat(getComputedStyle(widget.shadowRoot.querySelector('p:not(.meta), li')).fontSize);
    if (size < 16) findings.push(`${widget.localName} text ${size}px`);
  }
  return findings;
}

test('no horizontal scrolling at 320px wide', async () => {
  const { context, page } = await openArticle({ viewport: { width: 320, height: 640 } });
  assert.deepEqual(await page.evaluate(measureOverflow), []);
  await context.close();
});

test('no horizontal scrolling at 200% zoom (640 CSS px on a 1280px screen)', async () => {
  const { context, page } = await openArticle({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  assert.equal(await page.evaluate(() => devicePixelRatio), 2);
  assert.deepEqual(await page.evaluate(measureOverflow), []);
  // Text is drawn at twice its CSS size: 16 CSS px are 32 screen pixels.
  const drawnSize = await page.evaluate(
    () =>
      parseFloat(getComputedStyle(document.querySelector('cog-disclaimer').shadowRoot.querySelector('li')).fontSize) *
      devicePixelRatio,
  );
  assert.ok(drawnSize >= 32, `${drawnSize} screen pixels`);
  await context.close();
});

test('widgets adapt to their container, not the viewport: the sidebar card is compact beside a roomy main card', async () => {
  const { context, page } = await openArticle({ viewport: { width: 1280, height: 800 } });
  const cards = await page.evaluate(() =>
    ['main side-effect-card', 'aside side-effect-card'].map((selector) => {
      const root = document.querySelector(selector).shadowRoot;
      const base = getComputedStyle(root.querySelector('.base'));
      return {
        width: document.querySelector(selector).getBoundingClientRect().width,
        padding: parseFloat(base.paddingTop),
        bar: parseFloat(base.borderLeftWidth),
        callout: getComputedStyle(root.querySelector('.callout')).flexDirection,
      };
    }),
  );
  const [main, sidebar] = cards;
  assert.ok(main.width > 600 && sidebar.width < 300, JSON.stringify(cards));
  assert.ok(sidebar.padding < main.padding, JSON.stringify(cards));
  assert.ok(sidebar.bar < main.bar, JSON.stringify(cards));
  assert.equal(main.callout, 'row');
  assert.equal(sidebar.callout, 'column');
  assert.deepEqual(await page.evaluate(measureOverflow), []);
  await context.close();
});
