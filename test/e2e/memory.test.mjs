// Widgets made and removed again and again must not leave anything behind: no listeners on
// window or document, no detached nodes, no widget instances kept alive. Chromium only: the
// counts come from the DevTools protocol.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { WIDGET_TAGS, openBrowserAndSite } from './browser.mjs';

const PAGE = 'test/e2e/pages/empty.html';
const TAGS = WIDGET_TAGS;
const ROUNDS = 20;
const WIDGETS_PER_ROUND = 200;

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
after(close);

/**
 * One round in the page: make widgets (in the page and in another component's shadow root, some
 * with their own language), let them render, switch the page's language back and forth, move
 * some, and remove them all. With `leak`, the page itself leaks each widget through a window
 * listener or a document observer, so the test can show that it sees such leaks.
 */
function round({ tags, count, leak }) {
  const container = document.createElement('div');
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  document.querySelector('main').append(container, host);
  const widgets = [];
  for (let i = 0; i < count; i++) {
    const widget = document.createElement(tags[i % tags.length]);
    if (i % 4 === 1) widget.lang = 'es';
    if (i % 5 === 0) widget.setAttribute('heading-level', '3');
    (i % 3 === 0 ? shadow : container).append(widget);
    widgets.push(widget);
  }
  return Promise.all(widgets.map((widget) => widget.updateComplete))
    .then(() => {
      document.documentElement.lang = 'es';
      for (const widget of widgets.slice(0, count / 4)) host.before(widget);
      return Promise.all(widgets.map((widget) => widget.updateComplete));
    })
    .then(() => {
      document.documentElement.lang = 'en';
      return Promise.all(widgets.map((widget) => widget.updateComplete));
    })
    .then(() => {
      // The leaks a widget could have: a window listener or a document-wide observer, never
      // removed, that holds the widget.
      for (const widget of widgets) {
        if (leak === 'listener') window.addEventListener('resize', () => widget.isConnected);
        if (leak === 'observer') {
          new MutationObserver(() => widget.isConnected).observe(document.documentElement, { attributes: true });
        }
      }
      container.remove();
      host.remove();
      for (const widget of widgets) widget.remove();
    });
}

async function listenerCount(session, expression) {
  const { result } = await session.send('Runtime.evaluate', { expression });
  const { listeners } = await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await session.send('Runtime.releaseObject', { objectId: result.objectId });
  return listeners.length;
}

async function liveWidgets(session) {
  let total = 0;
  for (const tag of TAGS) {
    const { result: prototype } = await session.send('Runtime.evaluate', {
      expression: `customElements.get('${tag}').prototype`,
    });
    const { objects } = await session.send('Runtime.queryObjects', { prototypeObjectId: prototype.objectId });
    const { result: length } = await session.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    total += length.value;
    await session.send('Runtime.releaseObject', { objectId: objects.objectId });
    await session.send('Runtime.releaseObject', { objectId: prototype.objectId });
  }
  return total;
}

/** Counts after a full garbage collection. */
async function measure(session) {
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name).value;
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return {
    nodes: metric('Nodes'),
    jsEventListeners: metric('JSEventListeners'),
    windowListeners: await listenerCount(session, 'window'),
    documentListeners: await listenerCount(session, 'document'),
    liveWidgets: await liveWidgets(session),
    heapKB: Math.round(usedSize / 1024),
  };
}

/** Runs `rounds` rounds and measures after round 2 and after the last. */
async function run({ rounds, leak }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(PAGE, url).href);
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS);
  const session = await context.newCDPSession(page);
  await session.send('Performance.enable');
  let early;
  for (let i = 1; i <= rounds; i++) {
    await page.evaluate(round, { tags: TAGS, count: WIDGETS_PER_ROUND, leak });
    if (i === 2) early = await measure(session);
  }
  const late = await measure(session);
  await context.close();
  assert.deepEqual(errors, []);
  return { early, late };
}

// Room for what the browser itself allocates lazily between two measurements; one leaked widget
// per round would add far more (each renders dozens of nodes).
const TOLERANCE = { nodes: 50, jsEventListeners: 5, windowListeners: 0, documentListeners: 0, liveWidgets: 0 };

function growth(early, late) {
  return Object.fromEntries(Object.keys(TOLERANCE).map((key) => [key, late[key] - early[key]]));
}

function beyondTolerance(early, late) {
  const grown = growth(early, late);
  return Object.keys(TOLERANCE).filter((key) => grown[key] > TOLERANCE[key]);
}

test(`${ROUNDS} rounds of ${WIDGETS_PER_ROUND} widgets made and removed leave nothing growing`, async () => {
  const { early, late } = await run({ rounds: ROUNDS });
  console.log(`after round 2: ${JSON.stringify(early)}`);
  console.log(`after round ${ROUNDS}: ${JSON.stringify(late)}`);
  assert.deepEqual(beyondTolerance(early, late), [], JSON.stringify({ early, late }));
  // No removed widget stays alive, whichever round it came from: not one, not even a constant few
  // (a browser cache holding one widget would hold the whole tree it was removed with).
  assert.equal(early.liveWidgets, 0, JSON.stringify(early));
  assert.equal(late.liveWidgets, 0, JSON.stringify(late));
  // Memory may move with the collector, but not by the size of the widgets made since round 2.
  assert.ok(late.heapKB - early.heapKB < 1024, `heap grew from ${early.heapKB} KB to ${late.heapKB} KB`);
});

test('the same measurement sees widgets leaked through window listeners', async () => {
  const { early, late } = await run({ rounds: 4, leak: 'listener' });
  assert.deepEqual(beyondTolerance(early, late), ['nodes', 'jsEventListeners', 'windowListeners', 'liveWidgets']);
});

test('the same measurement sees widgets leaked through document observers', async () => {
  const { early, late } = await run({ rounds: 4, leak: 'observer' });
  // Leaked pages keep their "on this page" links' click listeners alive too.
  assert.deepEqual(beyondTolerance(early, late), ['nodes', 'jsEventListeners', 'liveWidgets']);
});
