// The Listen button of the built script-tag bundle where only a real page can check it: forced
// colours, print, a 320 px phone, and a widget pre-rendered with `listen` taken over by the script.
// Debian's Chromium has no voices, so the page installs a
// stand-in voice list before the bundle loads; the browser tests (test/read-aloud.test.ts) check
// the reading itself in three engines.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { STAND_IN_SPEECH, watchProblems } from './page-helpers.mjs';

const { browser, url, close } = await openBrowserAndSite();
after(close);

/** A page with the bundle and `body`, in a new context with these options; its console warnings too. */
async function open(body, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = watchProblems(page);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.route('**/read-aloud.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>t</title><script>${STAND_IN_SPEECH}</script><script type="module" src="/dist/therapy-widgets.js"></script>${body}`,
    }),
  );
  await page.goto(`${url}read-aloud.html`);
  return { context, page, problems, warnings };
}

test('the built bundle reads a Spanish widget in Spanish, with Spanish buttons', async () => {
  const { context, page, problems } = await open('<side-effect-card listen lang="es"></side-effect-card>');
  const listen = page.locator('side-effect-card .listen button');
  await listen.first().waitFor();
  assert.deepEqual(await listen.allTextContents().then((texts) => texts.map((text) => text.trim())), ['Escuchar']);
  await listen.first().click();
  assert.deepEqual(await listen.allTextContents().then((texts) => texts.map((text) => text.trim())), [
    'Pausar',
    'Parar',
  ]);
  const spoken = await page.evaluate(() => speechSynthesis.spoken);
  assert.deepEqual(spoken[0], ['es', 'Spanish', 'Efectos secundarios']);
  assert.ok(spoken.every(([lang, voice]) => lang === 'es' && voice === 'Spanish'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('under forced colours the buttons keep a border in the text colour, and a focus ring', async () => {
  const { context, page } = await open('<side-effect-card listen></side-effect-card>', { forcedColors: 'active' });
  const button = page.locator('side-effect-card .listen button').first();
  await button.waitFor();
  await button.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const style = await button.evaluate((element) => {
    const computed = getComputedStyle(element);
    return {
      forced: matchMedia('(forced-colors: active)').matches,
      color: computed.color,
      border: computed.borderTopColor,
      borderWidth: computed.borderTopWidth,
      background: computed.backgroundColor,
      outline: computed.outlineStyle,
    };
  });
  assert.equal(style.forced, true);
  assert.equal(style.border, style.color, 'the border is drawn in the button text colour');
  assert.notEqual(style.border, style.background, 'and stands out from its background');
  assert.equal(style.borderWidth, '2px');
  assert.equal(style.outline, 'solid', 'keyboard focus shows a ring');
  await context.close();
});

test('print leaves the buttons out', async () => {
  const { context, page } = await open('<therapy-page listen></therapy-page>');
  const listen = page.locator('therapy-page .listen');
  await listen.waitFor();
  assert.equal(await listen.isVisible(), true);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await listen.isVisible(), false);
  await context.close();
});

test('on a 320 px phone the page with its buttons needs no sideways scrolling', async () => {
  const { context, page } = await open('<therapy-page listen lang="es"></therapy-page>', {
    viewport: { width: 320, height: 640 },
  });
  const listen = page.locator('therapy-page .listen button');
  await listen.first().waitFor();
  await listen.first().click();
  assert.equal(await listen.count(), 2);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${overflow} px wider than the screen`);
  await context.close();
});

test('a widget pre-rendered with listen is taken over without a node replaced, then shows its Listen button', async () => {
  const { renderWidget } = await import('../../dist/server/render.js');
  // Before the bundle (a module script, run once the page is parsed): every node of each widget's
  // declarative shadow root, nested widgets' included, and the text of each text node.
  const record = `<script>
    window.shadowNodes = (root) => [...root.childNodes].flatMap((node) => [
      node,
      ...window.shadowNodes(node),
      ...(node.shadowRoot ? window.shadowNodes(node.shadowRoot) : []),
    ]);
    window.prerendered = [...document.querySelectorAll('body > :not(script)')].map((widget) => {
      const nodes = window.shadowNodes(widget.shadowRoot);
      return { widget, nodes, texts: nodes.map((node) => node.data) };
    });
  </script>`;
  const widgets = [
    renderWidget('side-effect-card', { lang: 'es', listen: true }),
    renderWidget('therapy-page', { audience: 'child', listen: true }),
  ];
  const { context, page, problems, warnings } = await open(`${widgets.join('')}${record}`);
  for (const tag of ['side-effect-card', 'therapy-page']) await page.locator(`${tag} .listen button`).first().waitFor();
  const found = await page.evaluate(() =>
    window.prerendered.map(({ widget, nodes, texts }) => {
      const now = window.shadowNodes(widget.shadowRoot);
      const added = now.filter((node) => !nodes.includes(node));
      return {
        tag: widget.localName,
        before: nodes.length,
        kept: nodes.filter((node, index) => now.includes(node) && node.data === texts[index]).length,
        inOrder: nodes.every((node, index) => index === 0 || now.indexOf(nodes[index - 1]) < now.indexOf(node)),
        // What the script added: the read-aloud row, and nothing but it.
        rows: added.filter((node) => node.matches?.('.listen')).length,
        elsewhere: added.filter((node) => !node.parentElement?.closest('.listen') && !node.matches?.('.listen')).length,
        buttons: [...widget.shadowRoot.querySelectorAll('.listen button')].map((button) => button.textContent.trim()),
      };
    }),
  );
  assert.deepEqual(
    found.map(({ before, kept, ...rest }) => ({ ...rest, allKept: kept === before, many: before > 100 })),
    [
      {
        tag: 'side-effect-card',
        inOrder: true,
        rows: 1,
        elsewhere: 0,
        buttons: ['Escuchar'],
        allKept: true,
        many: true,
      },
      { tag: 'therapy-page', inOrder: true, rows: 1, elsewhere: 0, buttons: ['Listen'], allKept: true, many: true },
    ],
  );
  assert.deepEqual(warnings, []);
  assert.deepEqual(problems, []);
  await context.close();
});
