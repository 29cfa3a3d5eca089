// The widgets on host pages unlike our own: a theme set on one section of a page of another
// colour, a right-to-left page, forced colours with the whole-topic page, and a pre-rendered
// whole-topic page printed while its script never comes.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { axeViolations } from './page-checks.mjs';
import { ignoreFavicon, waitForAllWidgets, watchProblems } from './page-helpers.mjs';

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
after(close);

/** A page served as `body`, with the script and the themes; returns it once every widget is shown. */
async function open(body, { media = {}, htmlAttributes = 'lang="en"' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  await ignoreFavicon(context);
  await context.route('**/host-page.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html ${htmlAttributes}><head><meta charset="utf-8"><title>Host page</title>
        <link rel="stylesheet" href="/dist/themes/dark.css"><link rel="stylesheet" href="/dist/themes/meadow.css">
        <script type="module" src="/dist/therapy-widgets.js"></script></head><body>${body}</body></html>`,
    }),
  );
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.emulateMedia(media);
  await page.goto(`${url}host-page.html`);
  await waitForAllWidgets(page);
  return { context, page, problems };
}

test('a theme set on the section that holds <therapy-page>, on a page of the other colour, keeps every text readable', async () => {
  for (const [pageColours, theme] of [
    ['background: #ffffff; color: #111111', 'dark'],
    ['background: #ffffff; color: #111111', 'meadow dark'],
    ['background: #121212; color: #eeeeee', 'default'],
  ]) {
    const { context, page, problems } = await open(
      `<main style="${pageColours}"><h1>Host</h1><section data-therapy-theme="${theme}" style="color-scheme: ${
        theme.includes('dark') ? 'dark' : 'light'
      }"><therapy-page heading-level="2"></therapy-page></section></main>`,
    );
    assert.deepEqual(await axeViolations(page), [], `${theme} on ${pageColours}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('on a right-to-left page the widgets still read left to right, in horizontal lines', async () => {
  const { context, page, problems } = await open(
    '<div style="writing-mode: vertical-rl"><side-effect-card></side-effect-card></div><therapy-page lang="es"></therapy-page>',
    { htmlAttributes: 'lang="ar" dir="rtl"' },
  );
  const layout = await page.evaluate(() =>
    [document.querySelector('side-effect-card'), document.querySelector('therapy-page')].map((widget) => {
      const style = getComputedStyle(widget.shadowRoot.querySelector('.base'));
      return `${widget.localName} ${style.direction} ${style.writingMode}`;
    }),
  );
  assert.deepEqual(layout, ['side-effect-card ltr horizontal-tb', 'therapy-page ltr horizontal-tb']);
  assert.deepEqual(problems, []);
  await context.close();
});

test("forced colours: <therapy-page>'s print button shows its text, in the system's button colours", async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, problems } = await open('<therapy-page></therapy-page>', {
      media: { forcedColors: 'active', colorScheme },
    });
    const button = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = (value) => ((probe.style.color = value), getComputedStyle(probe).color);
      const expected = { text: system('ButtonText'), face: system('ButtonFace') };
      probe.remove();
      const style = getComputedStyle(document.querySelector('therapy-page').shadowRoot.querySelector('.print'));
      return { text: style.color, face: style.backgroundColor, expected };
    });
    assert.notEqual(button.expected.text, button.expected.face, 'forced colours are active');
    assert.deepEqual({ text: button.text, face: button.face }, button.expected, colorScheme);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
