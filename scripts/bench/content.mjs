// Case 1: all the targeted-therapy content as widgets, against the same content as static HTML
// and as pre-rendered declarative shadow DOM, on first visits and later views.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeWidgets, textOf } from './in-page.mjs';
import { scriptlessPage } from './pages.mjs';
import { LATENCY, median, pause, ROUNDS, spread, TAGS } from './settings.mjs';

/**
 * A tab to load pages in. Cold: a new browser context (new renderer, empty cache) for every
 * load, as on a first visit. Warm: one tab that navigates again each time, with the HTTP cache
 * off, as on a later page view of the same site before anything is cached. With `latency`, every
 * request takes that long more, as over a mobile network.
 */
async function openTab(browser, { latency = 0 } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (latency > 0) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, cdp, errors };
}

/** Loads `url` and measures it up to "rendered". */
async function loadPage(tab, url) {
  const { page, cdp, errors } = tab;
  const rendered = page.waitForEvent('console', { predicate: (message) => message.text() === 'rendered' });
  await page.goto(url);
  await rendered;
  // The document's own metrics; read before any evaluation adds to its script time.
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? NaN;
  const timings = await page.evaluate(
    () =>
      new Promise((resolve) => {
        let shift = 0;
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (!entry.hadRecentInput) shift += entry.value;
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries arrive in a task of their own; give them time.
        setTimeout(() => {
          observer.disconnect();
          const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
          resolve({ rendered: window.renderedAt, painted: window.paintedAt, fcp, shift });
        }, 200);
      }),
  );
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  return { ...timings, script: metric('ScriptDuration') * 1000 };
}

async function loadCold(browser, url, options) {
  const tab = await openTab(browser, options);
  const result = await loadPage(tab, url);
  await tab.context.close();
  // Let the closed context's renderer finish shutting down: on a small machine it would
  // otherwise compete with the next load.
  await pause(250);
  return result;
}

/**
 * Renders the widgets once and writes, into `dir`, the pages derived from what they show: the
 * static page (`static.html` and `static.css`, which case 2's plain cards use too) and the
 * pre-rendered one. Checks the static page shows the same text as the widgets.
 */
export async function writeStaticPages(browser, base, dir) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const rendered = page.waitForEvent('console', { predicate: (message) => message.text() === 'rendered' });
  await page.goto(`${base}widgets.html`);
  await rendered;
  await page.addScriptTag({ content: textOf.toString() });
  const serialized = await page.evaluate(serializeWidgets, TAGS);
  await context.close();
  writeFileSync(join(dir, 'static.css'), serialized.css);
  writeFileSync(
    join(dir, 'static.html'),
    scriptlessPage('Static', '<link rel="stylesheet" href="static.css">', serialized.html),
  );
  // The widgets' output as declarative shadow DOM, each with its styles: nothing is left to run.
  writeFileSync(join(dir, 'prerendered.html'), scriptlessPage('Pre-rendered', '', serialized.prerendered));

  // The static page must show the same text and take the same room as the widgets.
  const check = await browser.newContext();
  const heights = {};
  let staticText = '';
  for (const name of ['widgets', 'static']) {
    const tab = await check.newPage();
    const done = tab.waitForEvent('console', { predicate: (message) => message.text() === 'rendered' });
    await tab.goto(`${base}${name}.html`);
    await done;
    heights[name] = await tab.evaluate(() => document.documentElement.scrollHeight);
    if (name === 'static') {
      await tab.addScriptTag({ content: textOf.toString() });
      staticText = await tab.evaluate(() => textOf(document.body));
    }
    await tab.close();
  }
  await check.close();
  const normalize = (text) => text.replace(/\s+/g, ' ').trim();
  if (normalize(staticText) !== normalize(serialized.text)) {
    throw new Error('the static page does not show the same text as the widgets');
  }
  return { heights, textLength: serialized.text.length, cssBytes: Buffer.byteLength(serialized.css) };
}

/** Case 1: the widgets' page against the static and pre-rendered pages `writeStaticPages` wrote. */
export async function contentCase(browser, base, staticPages) {
  // One unrecorded pair first: the browser's own start-up costs land on no sample.
  await loadCold(browser, `${base}widgets.html`);
  await loadCold(browser, `${base}static.html`);
  const cold = {
    widgets: [],
    preloaded: [],
    embedded: [],
    prerendered: [],
    hydrated: [],
    'empty-script': [],
    static: [],
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(cold)) cold[name].push(await loadCold(browser, `${base}${name}.html`));
  }
  // The same first visits over a network with a round trip of LATENCY ms: where a request costs
  // something, which localhost cannot show.
  const slow = { widgets: [], preloaded: [], hydrated: [], static: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(slow)) {
      slow[name].push(await loadCold(browser, `${base}${name}.html`, { latency: LATENCY }));
    }
  }
  const tabs = { widgets: await openTab(browser), static: await openTab(browser) };
  const warm = { widgets: [], static: [] };
  for (let round = -1; round < ROUNDS; round++) {
    for (const name of ['widgets', 'static']) {
      const sample = await loadPage(tabs[name], `${base}${name}.html`);
      if (round >= 0) warm[name].push(sample);
    }
  }
  for (const tab of Object.values(tabs)) await tab.context.close();

  // What the first Intl.DateTimeFormat in a new renderer costs on its own: the cost the widgets
  // avoid by writing the review date in words from their content.
  const intl = [];
  for (let round = 0; round < ROUNDS; round++) {
    const tab = await openTab(browser);
    await tab.page.goto(`${base}static.html`);
    intl.push(
      await tab.page.evaluate(() => {
        const start = performance.now();
        new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date());
        return performance.now() - start;
      }),
    );
    await tab.context.close();
    await pause(250);
  }
  const summary = (list) => ({
    rendered: median(list.map((s) => s.rendered)),
    renderedSpread: spread(list.map((s) => s.rendered)),
    // Only the page that marks its content's paint apart from "rendered" (pre-rendered + script).
    paintedSpread: list.every((s) => s.painted !== undefined) ? spread(list.map((s) => s.painted)) : undefined,
    fcp: median(list.map((s) => s.fcp)),
    script: median(list.map((s) => s.script)),
    shift: Math.max(...list.map((s) => s.shift)),
  });
  return {
    widgets: summary(cold.widgets),
    preloaded: summary(cold.preloaded),
    embedded: summary(cold.embedded),
    prerendered: summary(cold.prerendered),
    hydrated: summary(cold.hydrated),
    emptyScript: summary(cold['empty-script']),
    static: summary(cold.static),
    warm: { widgets: summary(warm.widgets), static: summary(warm.static) },
    slow: Object.fromEntries(Object.entries(slow).map(([name, list]) => [name, summary(list)])),
    intl: spread(intl),
    ...staticPages,
  };
}
