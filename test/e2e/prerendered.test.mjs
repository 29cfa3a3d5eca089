// Pre-rendered widgets (declarative shadow DOM) on the demo site as `npm start` serves it
// (dist-site/, built by `npm run build`): read, printed and checked with JavaScript turned off, and
// hydrated without a layout shift with it on.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { axeViolations, cumulativeLayoutShift, eventually, watchedPage } from './page-checks.mjs';

const { browser, url, close } = await openBrowserAndSite();
after(close);
const origin = new URL(url).origin;

const NO_SCRIPT_PAGE = 'hospital/no-javascript/';
const pack = JSON.parse(readFileSync('dist/packs/targeted-therapy/family.en.json', 'utf8'));

/** Every fact of a pack a reader sees: its name, section titles, texts, captions and labels. */
function facts(topicPack) {
  const found = [topicPack.name];
  const walk = (value, key) => {
    if (typeof value === 'string') {
      if (['title', 'text', 'caption', 'label'].includes(key))
        found.push(value.replaceAll('{emergency-number}', '911'));
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, name);
  };
  walk(topicPack.sections);
  return found;
}

/**
 * In the page: the text of `selector` through every shadow root, spaces collapsed, counting only
 * what is rendered (under the media the page is emulating, print included).
 */
function shownText(selector) {
  const collect = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
    // A <slot> is display: contents (so "not visible" itself); its own content shows when nothing is slotted.
    if (node.nodeType === Node.ELEMENT_NODE && node.tagName !== 'SLOT' && !node.checkVisibility()) return '';
    if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return '';
    return [...(node.shadowRoot ?? node).childNodes].map(collect).join('');
  };
  return collect(document.querySelector(selector)).replace(/\s+/g, ' ').trim();
}

/** In the page: every heading, through shadow roots, in reading order, as `h<level> text`. */
function headingOutline() {
  const headings = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (/^H[1-6]$/.test(element.tagName) && element.checkVisibility()) {
        headings.push(`${element.tagName.toLowerCase()} ${element.textContent.trim()}`);
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return headings;
}

const collapse = (text) => text.replace(/\s+/g, ' ').trim();

test('with JavaScript off, the pre-rendered page shows every fact of the topic, with a right heading outline', async () => {
  const { context, page, problems } = await watchedPage(browser, origin, {
    javaScriptEnabled: false,
    viewport: { width: 1280, height: 900 },
  });
  await page.goto(new URL(NO_SCRIPT_PAGE, url).href);
  // Nothing ran: the widgets are not even defined, yet their content is there.
  assert.equal(await page.evaluate(() => customElements.get('therapy-page')), undefined);
  const text = await page.evaluate(shownText, 'therapy-page');
  for (const fact of facts(pack)) assert.ok(text.includes(collapse(fact)), `missing: ${fact}`);
  assert.match(text, /Shared by Riverside Children's Hospital/);
  // The drawings' text alternatives are in the accessibility tree.
  const tree = await page.locator('therapy-page').ariaSnapshot();
  for (const section of pack.sections) {
    for (const block of section.blocks) {
      if (block.alt) assert.ok(tree.includes(block.alt.slice(0, 40)), `alt text: ${block.alt}`);
    }
  }
  const outline = await page.evaluate(headingOutline);
  assert.equal(outline[0], `h1 ${pack.name}`);
  assert.equal(outline.filter((heading) => heading.startsWith('h1 ')).length, 1);
  for (const section of pack.sections) assert.ok(outline.includes(`h2 ${section.title}`), section.title);
  assert.equal(outline.at(-1), 'h2 About what you read here', 'the disclaimer comes last');
  // No level is skipped on the way down.
  outline.reduce((previous, heading) => {
    const level = Number(heading[1]);
    assert.ok(level <= previous + 1, `${heading} after h${previous}`);
    return level;
  }, 0);
  // The links and the print button need the script; without it they are not shown.
  assert.equal(await page.evaluate(shownText, 'therapy-page').then((all) => all.includes('Print this page')), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page without JavaScript is axe-clean (it has no script, so what axe sees is what readers get)', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(new URL(NO_SCRIPT_PAGE, url).href);
  const html = await (await page.request.get(new URL(NO_SCRIPT_PAGE, url).href)).text();
  assert.doesNotMatch(html, /<script(?![^>]*application\/ld\+json)/, 'no script but the search engines’ description');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with JavaScript off, the printed page holds every fact, and Chromium prints it to PDF', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(new URL(NO_SCRIPT_PAGE, url).href);
  await page.emulateMedia({ media: 'print' });
  const printed = await page.evaluate(shownText, 'therapy-page');
  for (const fact of facts(pack)) assert.ok(printed.includes(collapse(fact)), `not printed: ${fact}`);
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  // The whole topic runs over several sheets.
  assert.ok((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length >= 3);
  await context.close();
});

test('the pre-rendered page describes itself to search engines as a MedicalWebPage, claiming no review', async () => {
  const html = await (await fetch(new URL(NO_SCRIPT_PAGE, url))).text();
  const [, json] = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  const description = JSON.parse(json);
  assert.equal(description['@type'], 'MedicalWebPage');
  assert.equal(description.name, pack.name);
  assert.equal(description.inLanguage, 'en');
  assert.equal(description.isBasedOn, pack.credit);
  assert.equal(description.publisher.name, "Riverside Children's Hospital");
  assert.equal(description.lastReviewed, undefined);
  assert.equal(description.reviewedBy, undefined);
});

for (const path of ['hospital/', 'hospital/es/', 'hospital/kids/']) {
  test(`${path}: the pre-rendered widgets show before the script and hydrate with no layout shift and the same nodes`, async () => {
    const { context, page, problems } = await watchedPage(browser, origin, { viewport: { width: 390, height: 844 } });
    // The script arrives late, as on a slow network; until then the pre-rendered HTML shows.
    let releaseScript;
    const scriptHeld = new Promise((resolve) => (releaseScript = resolve));
    await page.route('**/dist/therapy-widgets.js', async (route) => {
      await scriptHeld;
      await route.continue();
    });
    await page.goto(new URL(path, url).href, { waitUntil: 'commit' });
    const title = page.locator(':is(therapy-overview, therapy-page) [part="title"]').first();
    await title.waitFor();
    const before = await title.textContent();
    // Painted, not only parsed: nothing holds the first paint for the script.
    await eventually(() => page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length === 1), {
      message: 'the pre-rendered page painted while the script is held',
    });
    // Mark the pre-rendered title node: after hydration it must be the very same node.
    await title.evaluate((node) => (node.dataset.seen = 'before the script'));
    assert.equal(await page.evaluate(() => customElements.get('therapy-overview')), undefined);
    releaseScript();
    await eventually(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-prerendered]')].every(
            (widget) => customElements.get(widget.localName) && !widget.hasAttribute('aria-busy'),
          ),
        ),
      { message: 'widgets defined and hydrated' },
    );
    await page.waitForLoadState('networkidle');
    assert.equal(await title.textContent(), before);
    assert.equal(await title.getAttribute('data-seen'), 'before the script');
    assert.equal(await page.evaluate(cumulativeLayoutShift), 0);
    // Each widget's content once, not twice.
    const bases = await page.evaluate(() =>
      [...document.querySelectorAll('[data-prerendered]')].map(
        (widget) => widget.shadowRoot.querySelectorAll('.base').length,
      ),
    );
    assert.ok(bases.length > 0 && bases.every((count) => count === 1), JSON.stringify(bases));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// <therapy-page>'s "On this page" box and print button need the script. Loaded without
// blocking="render", the script arrives after the first paint: they must not push the topic down.
test('a pre-rendered <therapy-page> keeps the place of the parts the script shows: no shift with it late, no gap without it', async () => {
  const prerendered = readFileSync('dist/prerendered/targeted-therapy/family.en/therapy-page.html', 'utf8');
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title>
<script type="module" src="/dist/therapy-widgets.js"></script></head>
<body><p>Before the page.</p>${prerendered}<p>After the page.</p></body></html>`;
  const contentsHeight = (page) =>
    page.evaluate(() => document.querySelector('therapy-page').shadowRoot.querySelector('.contents').offsetHeight);
  for (const javaScriptEnabled of [true, false]) {
    const { context, page, problems } = await watchedPage(browser, origin, {
      viewport: { width: 390, height: 844 },
      javaScriptEnabled,
    });
    let releaseScript;
    const scriptHeld = new Promise((resolve) => (releaseScript = resolve));
    await page.route('**/dist/therapy-widgets.js', async (route) => {
      await scriptHeld;
      await route.continue();
    });
    await page.route('**/late-script.html', (route) => route.fulfill({ contentType: 'text/html', body }));
    await page.goto(new URL('late-script.html', url).href, { waitUntil: 'commit' });
    await page.getByText('After the page.').waitFor({ state: 'attached' });
    if (javaScriptEnabled) {
      assert.ok((await contentsHeight(page)) > 100, 'the box keeps its place before the script');
      releaseScript();
      await eventually(
        () => page.evaluate(() => document.querySelector('therapy-page').matches(':defined:not([aria-busy])')),
        { message: 'the page defined and hydrated' },
      );
      await page.waitForLoadState('networkidle');
      assert.ok(await page.getByRole('link', { name: pack.sections[0].title }).isVisible());
      assert.equal(await page.evaluate(cumulativeLayoutShift), 0);
    } else {
      assert.equal(await contentsHeight(page), 0, 'no empty box where scripting is off');
      releaseScript();
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a pre-rendered <therapy-page> whose script never comes: no gap on paper, and on screen the place is given back after a few seconds', async () => {
  const prerendered = readFileSync('dist/prerendered/targeted-therapy/family.en/therapy-page.html', 'utf8');
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page</title>
<script type="module" src="/dist/therapy-widgets.js"></script></head><body>${prerendered}</body></html>`;
  const { context, page } = await watchedPage(browser, origin, { viewport: { width: 390, height: 844 } });
  await page.route('**/dist/therapy-widgets.js', (route) => route.abort());
  await page.route('**/no-script.html', (route) => route.fulfill({ contentType: 'text/html', body }));
  await page.goto(new URL('no-script.html', url).href);
  const heights = () =>
    page.evaluate(() =>
      ['.contents', '.print'].map(
        (selector) => document.querySelector('therapy-page').shadowRoot.querySelector(selector).offsetHeight,
      ),
    );
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await heights(), [0, 0], 'printed without the empty box and button');
  await page.emulateMedia({ media: 'screen' });
  const held = await heights();
  assert.ok(held[0] > 100 && held[1] > 30, `held at first: ${held}`);
  const { HOLD_SECONDS } = await import('../../scripts/tokens.mjs');
  await page.waitForTimeout(HOLD_SECONDS * 1000 + 300);
  assert.deepEqual(await heights(), [0, 0], 'given back');
  await context.close();
});

/**
 * A page holding the pre-rendered side-effect card, `more` after it, and the script
 * (render-blocking, so the script has run before the first frame, whatever the network), with
 * `head` before the script. It records whether the card was defined at the first frame.
 */
async function pageWithPrerenderedCard({ head = '', more = '' } = {}) {
  const { context, page, problems } = await watchedPage(browser, origin);
  const card = readFileSync('dist/prerendered/targeted-therapy/family.en/side-effect-card.html', 'utf8');
  await page.route('**/first-paint.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>First paint</title>
${head}<script type="module" blocking="render" src="/dist/therapy-widgets.js"></script></head>
<body>${card}${more}<script>
requestAnimationFrame(() => (window.definedAtFirstFrame = customElements.get('side-effect-card') !== undefined));
</script></body></html>`,
    }),
  );
  await page.goto(new URL('first-paint.html', url).href);
  await eventually(
    () =>
      page.evaluate(() =>
        [...document.querySelectorAll('side-effect-card')].every(
          (card) => card.matches(':defined') && card.hasUpdated && !card.hasAttribute('aria-busy'),
        ),
      ),
    { message: 'every card defined and shown' },
  );
  const definedAtFirstFrame = await page.evaluate(() => window.definedAtFirstFrame);
  assert.deepEqual(problems, []);
  await context.close();
  return definedAtFirstFrame;
}

test('with every widget pre-rendered, the script lets the browser paint them first and takes them over just after', async () => {
  assert.equal(await pageWithPrerenderedCard(), false);
});

test('where frames are paused (a tab in the background), the script still takes pre-rendered widgets over', async () => {
  // No frame ever comes: requestAnimationFrame never calls back.
  assert.equal(
    await pageWithPrerenderedCard({ head: '<script>window.requestAnimationFrame = () => 0;</script>' }),
    undefined,
  );
});

test('with a widget still to render, or a placeholder, the script starts at once, before the first frame', async () => {
  assert.equal(await pageWithPrerenderedCard({ more: '<side-effect-card></side-effect-card>' }), true);
  assert.equal(await pageWithPrerenderedCard({ more: '<div data-therapy-widget="side-effect-card"></div>' }), true);
});
