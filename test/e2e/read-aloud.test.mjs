// The Listen button of the built script-tag bundle where only a real page can check it: forced
// colours, print and a 320 px phone. Debian's Chromium has no voices, so the page installs a
// stand-in voice list before the bundle loads; the browser tests (test/read-aloud.test.ts) check
// the reading itself in three engines.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { watchProblems } from './page-helpers.mjs';

const { browser, url, close } = await openBrowserAndSite();
after(close);

const STAND_IN_SPEECH = `<script>
  class Utterance extends EventTarget {
    constructor(text) { super(); this.text = text; this.lang = ''; this.voice = null; }
  }
  const voices = [
    { name: 'English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' },
    { name: 'Spanish', lang: 'es-US', localService: true, default: false, voiceURI: 'es' },
  ];
  const speech = Object.assign(new EventTarget(), {
    spoken: [], paused: false, speaking: false, pending: false,
    getVoices: () => voices,
    speak(utterance) { this.spoken.push([utterance.lang, utterance.voice.name, utterance.text]); },
    cancel() {}, pause() {}, resume() {},
  });
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
</script>`;

/** A page with the bundle and `body`, in a new context with these options. */
async function open(body, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.route('**/read-aloud.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>t</title>${STAND_IN_SPEECH}<script type="module" src="/dist/therapy-widgets.js"></script>${body}`,
    }),
  );
  await page.goto(`${url}read-aloud.html`);
  return { context, page, problems };
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
