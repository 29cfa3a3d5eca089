// CMS-safe placeholders holding their widget's fallback text (dist/fallback/, written by the
// build): read with JavaScript off, replaced by the widget in one frame with it on (no layout
// shift, never both texts at once), and kept unchanged by DOMPurify's defaults, TinyMCE's default
// schema and CKEditor 5 with General HTML Support, each the real library.
/* global tinymce -- the TinyMCE test page's global, used in code that runs in the page */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { renderPlaceholder } from '../../dist/server/fallback.js';
import { openBrowserAndSite } from './browser.mjs';
import { cumulativeLayoutShift, eventually, readerText, watchedPage } from './page-checks.mjs';
import { ignoreFavicon } from './page-helpers.mjs';
import { WIDGET_TAGS } from '../manifest.mjs';

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
after(close);
const origin = new URL(url).origin;

const COMBINATIONS = ['en', 'es'].flatMap((lang) => ['family', 'child'].map((audience) => ({ lang, audience })));
/** The sections a widget's fallback has titles for: its own, or one for the disclaimer and the page. */
function packSections({ widget, lang, audience }) {
  if (widget === 'cog-disclaimer' || widget === 'therapy-page') return [widget];
  const pack = JSON.parse(readFileSync(`dist/packs/targeted-therapy/${audience}.${lang}.json`, 'utf8'));
  return pack.sections.filter((section) => section.widget === widget);
}

const CASES = COMBINATIONS.flatMap((combination) => WIDGET_TAGS.map((widget) => ({ widget, ...combination })));
const fallbackFile = ({ widget, lang, audience }) =>
  readFileSync(`dist/fallback/targeted-therapy/${audience}.${lang}/${widget}.html`, 'utf8');

/** A blank page holding `body`, with the widgets loaded as docs/performance.md's "No layout shift" says. */
const blankPage = (body, lang = 'en') => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fallback</title>
<link rel="stylesheet" href="/dist/therapy-widgets.css">
<script type="module" src="/dist/therapy-widgets.js" blocking="render"></script>
</head>
<body>
<main>
<h1>Hospital page</h1>
${body}
<p id="after">Thank you for reading.</p>
</main>
</body>
</html>
`;

/** Opens `html` as a page of the site (same origin as the bundle); `delayPacks` holds the packs back. */
async function open(html, { javaScriptEnabled = true, delayPacks = 0, viewport = { width: 1280, height: 800 } } = {}) {
  const { context, page, problems } = await watchedPage(browser, origin, { javaScriptEnabled, viewport });
  await ignoreFavicon(context);
  await context.route('**/fallback-page.html', (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  if (delayPacks) {
    await context.route('**/dist/packs/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delayPacks));
      await route.continue();
    });
  }
  await page.goto(`${url}fallback-page.html`);
  return { context, page, problems };
}

/** Waits until the placeholder holds only its widget, shown. */
const swapped = (page) =>
  eventually(
    () =>
      page.evaluate(() => {
        const placeholder = document.querySelector('[data-therapy-widget]');
        const [only, ...more] = placeholder.children;
        return more.length === 0 && only?.shadowRoot && !only.hidden && only.checkVisibility();
      }),
    { message: 'the widget in place of the fallback', timeout: 8000 },
  );

test('with JavaScript off, every fallback reads as headings, paragraphs and lists, on screen and in print', async () => {
  for (const options of CASES) {
    const { context, page } = await open(blankPage(fallbackFile(options)), { javaScriptEnabled: false });
    const placeholder = page.locator('[data-therapy-widget]');
    for (const media of ['screen', 'print']) {
      await page.emulateMedia({ media });
      // One title per section the widget shows (the overview has two).
      const sections = packSections(options).length;
      assert.equal(
        await page.locator('[data-therapy-widget] > h2').count(),
        sections,
        `${JSON.stringify(options)} ${media}`,
      );
      assert.equal(await page.locator('[data-therapy-widget] > h2').first().isVisible(), true);
      assert.equal(await page.locator('[data-therapy-widget] > p').first().isVisible(), true);
      // Nothing is held back: the text is as tall as it is, and the page goes on right after it.
      const gap = await page.evaluate(() => {
        const last = document.querySelector('[data-therapy-widget]').lastElementChild.getBoundingClientRect().bottom;
        return document.querySelector('#after').getBoundingClientRect().top - last;
      });
      assert.ok(gap >= 0 && gap < 50, `${JSON.stringify(options)} ${media}: ${gap}px between the text and the page`);
    }
    assert.equal(await placeholder.getAttribute('lang'), options.lang);
    await context.close();
  }
});

test('with JavaScript on, the widget takes the fallback’s place and says the same text', async () => {
  for (const options of CASES) {
    const html = fallbackFile(options);
    const { context, page, problems } = await open(blankPage(html));
    await swapped(page);
    const shown = await page.locator('[data-therapy-widget] > *').evaluate(readerText);
    const fallback = await page.evaluate(
      ([markup, read]) => {
        const template = document.createElement('template');
        template.innerHTML = markup;
        // The reader's text function, sent from the test as source.
        return new Function(`return (${read})`)()(template.content.firstElementChild);
      },
      [html, readerText.toString()],
    );
    assert.equal(shown, fallback, JSON.stringify(options));
    assert.deepEqual(problems, [], JSON.stringify(options));
    await context.close();
  }
});

test('screen readers get one text at a time: the fallback while the widget renders, then the widget', async () => {
  const { context, page, problems } = await open(blankPage(fallbackFile(CASES[2])), { delayPacks: 600 });
  // Each text once: the heading, and the first paragraph.
  const once = (snapshot) =>
    ['heading "Side effects"', 'Side effects are problems a treatment can cause.'].every(
      (text) => snapshot.split(text).length === 2,
    );
  const placeholder = page.locator('[data-therapy-widget]');
  // The pack is on its way: the widget is in the placeholder, hidden; the fallback is what is read.
  await page.locator('[data-therapy-widget] > side-effect-card[hidden]').waitFor({ state: 'attached' });
  const before = await placeholder.ariaSnapshot();
  assert.ok(once(before), before);
  assert.match(before, /heading "Side effects" \[level=2\]/);
  await swapped(page);
  const afterSwap = await placeholder.ariaSnapshot();
  assert.ok(once(afterSwap), afterSwap);
  assert.equal(await page.locator('[data-therapy-widget] > h2').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

// The swap happens after the first paint (the pack and the upgrade code arrive after it), so the
// page moves by the difference between the fallback's height and the widget's: a few pixels here.
// Held to the bound the CMS-safe placeholders without text are held to (layout-shift.test.mjs).
test('the swap barely moves the page: cumulative layout shift under 0.01 at phone and desktop widths', async (t) => {
  // The layout-shift test page, its widgets placed as CMS-safe placeholders holding their text.
  const source = readFileSync('test/e2e/pages/layout-shift.html', 'utf8');
  const placeholders = new Map();
  for (const [element, widget, publisher] of source.matchAll(/<([a-z]+-[a-z-]+)(?: publisher="([^"]+)")?><\/\1>/g)) {
    placeholders.set(element, await renderPlaceholder({ widget, publisher }));
  }
  assert.equal(placeholders.size, 3, 'the card, the overview and the disclaimer');
  const html = source
    .replace('href="article.css"', 'href="/test/e2e/pages/article.css"')
    .replace(/<([a-z]+-[a-z-]+)(?: publisher="[^"]+")?><\/\1>/g, (element) => placeholders.get(element));
  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    const { context, page, problems } = await open(html, { viewport });
    await eventually(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('[data-therapy-widget]')].every(
            (placeholder) => placeholder.children.length === 1 && !placeholder.firstElementChild.hidden,
          ),
        ),
      { message: 'every widget in place', timeout: 8000 },
    );
    await page.waitForTimeout(150);
    const shift = await page.evaluate(cumulativeLayoutShift);
    t.diagnostic(`${viewport.width}px: CLS ${shift}`);
    assert.ok(shift < 0.01, `${viewport.width}px: CLS ${shift}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

/**
 * HTML as a list of what it holds, to compare what an editor or sanitiser gives back with what it
 * was given: each element with its attributes (sorted), each text with its spaces folded. The
 * spaces between elements and how characters are written (`&aacute;` or `á`) are left out, as
 * they do not change the page.
 */
function canonical(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const out = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent.replace(/\s+/g, ' ');
      if (text.trim()) out.push(`"${text}"`);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const attributes = [...node.attributes].map(({ name, value }) => `${name}="${value}"`).sort();
    out.push(`<${[node.localName, ...attributes].join(' ')}>`);
    node.childNodes.forEach(walk);
    out.push(`</${node.localName}>`);
  };
  template.content.childNodes.forEach(walk);
  return out;
}

/** For each case: the fallback file, and what `transform` (run in the page) gives back. */
async function roundTrips(page, transform) {
  const results = [];
  for (const options of CASES) {
    const html = fallbackFile(options);
    const [given, returned] = await page.evaluate(
      async ([markup, canonicalSource, transformSource]) => {
        // Functions sent from the test as source, to run in the page.
        const [toCanonical, run] = new Function(`return [${canonicalSource}, ${transformSource}]`)();
        return [toCanonical(markup), toCanonical(await run(markup))];
      },
      [html, canonical.toString(), transform.toString()],
    );
    results.push({ options, given, returned });
  }
  return results;
}

function assertUnchanged(results, by) {
  for (const { options, given, returned } of results) {
    assert.ok(given.length > 10 && given[0].startsWith('<div '), `${by}: ${JSON.stringify(options)} read`);
    // The first difference, rather than a diff of the whole list, which takes assert minutes to write.
    const at = Math.max(given.length, returned.length);
    const first = [...Array(at).keys()].find((i) => given[i] !== returned[i]);
    assert.equal(
      first,
      undefined,
      `${by} changed ${JSON.stringify(options)}: ${given[first]} became ${returned[first]}`,
    );
  }
}

test('DOMPurify with its default settings keeps every fallback unchanged', async () => {
  const { context, page, problems } = await open(blankPage(''), { javaScriptEnabled: true });
  const results = await roundTrips(page, async (markup) => {
    const { default: DOMPurify } = await import('/node_modules/dompurify/dist/purify.es.mjs');
    return DOMPurify.sanitize(markup);
  });
  assertUnchanged(results, 'DOMPurify');
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * Opens the editor test page at `path` (the site's own), waits for `ready`, and checks that
 * `transform`, run in that page, gives every fallback back unchanged.
 */
async function assertEditorKeepsFallbacks(by, path, ready, transform) {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${url}${path}`);
  await page.locator(ready).waitFor();
  assertUnchanged(await roundTrips(page, transform), by);
  assert.deepEqual(problems, []);
  await context.close();
}

test('TinyMCE with its default schema keeps every fallback unchanged', () =>
  assertEditorKeepsFallbacks(
    'TinyMCE',
    'test/e2e/pages/tinymce.html?plugin=none',
    'body[data-editor-ready]',
    (markup) => {
      tinymce.activeEditor.setContent(markup);
      return tinymce.activeEditor.getContent();
    },
  ));

test('CKEditor 5 with General HTML Support keeps every fallback unchanged', () =>
  assertEditorKeepsFallbacks('CKEditor 5', 'test/e2e/pages/ckeditor5.html', 'body[data-ready]', async (markup) => {
    const editor = await window.editorPage.create(markup, { widgets: false, htmlSupport: true });
    // CKEditor numbers every list item of every text it saves (data-list-item-id), with or without
    // General HTML Support: its own bookkeeping, not a change to what was given, so not compared.
    return editor.getData().replace(/ data-list-item-id="e[0-9a-f]+"/g, '');
  }));
