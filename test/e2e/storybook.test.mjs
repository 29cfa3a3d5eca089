// The static Storybook (`npm run build-storybook`), as designers open it: every widget renders,
// and the toolbar's language and theme reach the widgets.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { MANIFEST } from '../manifest.mjs';
import { BASELINES } from '../visual/settings.mjs';
import { WIDGET_TAGS, openBrowserAndSite } from './browser.mjs';

execFileSync('npm', ['run', 'build-storybook', '--silent'], {
  stdio: 'ignore',
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
const { browser, url, close } = await openBrowserAndSite({ root: 'storybook-static' });
after(close);

const story = (id, globals = '') => `${url}iframe.html?id=${id}&viewMode=story${globals ? `&globals=${globals}` : ''}`;

test('every widget renders in the built Storybook', async () => {
  const page = await browser.newPage();
  for (const tag of WIDGET_TAGS) {
    await page.goto(story(`widgets-${tag}--default`));
    const title = page.locator(`${tag} [part="title"]`).first();
    await title.waitFor({ timeout: 15000 });
    assert.ok((await title.textContent()).trim().length > 0, tag);
  }
  await page.close();
});

test('the toolbar’s language and theme reach the widgets', async () => {
  const page = await browser.newPage();
  await page.goto(story('widgets-side-effect-card--default', 'theme:dark;locale:es'));
  const title = page.locator('side-effect-card [part="title"]');
  await title.waitFor({ timeout: 15000 });
  assert.equal(await title.textContent(), 'Efectos secundarios');
  const surface = await page
    .locator('side-effect-card')
    .evaluate((card) => getComputedStyle(card.shadowRoot.querySelector('.base')).backgroundColor);
  assert.equal(surface, 'rgb(23, 33, 43)', 'the dark surface token');
  await page.close();
});

test('the toolbar offers a brand in dark, which reaches the widgets', async () => {
  const page = await browser.newPage();
  await page.goto(story('widgets-side-effect-card--default', 'theme:meadow%20dark'));
  const card = page.locator('side-effect-card');
  await card.locator('[part="title"]').waitFor({ timeout: 15000 });
  assert.equal(
    await card.evaluate((element) => element.closest('[data-therapy-theme]').dataset.therapyTheme),
    'meadow dark',
  );
  const style = await card.evaluate((element) => {
    const base = getComputedStyle(element.shadowRoot.querySelector('.base'));
    return { surface: base.backgroundColor, radius: base.borderTopLeftRadius };
  });
  assert.equal(style.surface, 'rgb(23, 33, 43)', 'the dark surface');
  assert.notEqual(style.radius, '8px', "meadow's rounder card, not the default's");
  await page.close();
});

test('every committed Chromium picture is of a story, and every story has one', () => {
  const { entries } = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  const stories = Object.values(entries).filter((entry) => entry.type === 'story');
  assert.ok(stories.length >= WIDGET_TAGS.length, 'stories listed');
  // A story's picture is named after its id, with Vitest's single hyphens (`widgets-x--default` → `widgets-x-default.png`).
  const pictures = stories.map((entry) => `${entry.id.replace(/-+/g, '-')}.png`).sort();
  const committed = readdirSync(BASELINES).filter((file) => file.endsWith('.png'));
  assert.deepEqual(committed.sort(), pictures);
});

const docs = (tag) => `${url}iframe.html?id=widgets-${tag}--docs&viewMode=docs`;
const declarationOf = (tag) =>
  MANIFEST.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === tag);
/** A control's kind, whether the story gave it as a word or an object. */
const controlType = (argType) => argType.control?.type ?? argType.control;

test('every attribute, slot and CSS custom property has its own control, and each CSS part a row', async () => {
  const page = await browser.newPage();
  for (const tag of WIDGET_TAGS) {
    await page.goto(story(`widgets-${tag}--default`));
    await page.locator(tag).waitFor({ timeout: 15000 });
    // The argTypes Storybook gives the story's controls and docs table, after every enhancer.
    const argTypes = await page.evaluate(async (storyId) => {
      const story = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId });
      return JSON.parse(JSON.stringify(story.argTypes));
    }, `widgets-${tag}--default`);
    const { attributes = [], slots = [], cssProperties = [], cssParts = [] } = declarationOf(tag);
    for (const { name, type } of attributes) {
      assert.equal(argTypes[name]?.table?.category, 'attributes', `${tag} ${name}`);
      const expected = type?.text === 'boolean' ? 'boolean' : type?.text === 'number' ? 'number' : 'text';
      assert.equal(controlType(argTypes[name]), expected, `${tag} ${name}`);
    }
    for (const { name } of slots.filter((slot) => slot.name)) {
      assert.equal(argTypes[name]?.table?.category, 'slots', `${tag} slot ${name}`);
      assert.equal(controlType(argTypes[name]), 'text', `${tag} slot ${name}`);
    }
    for (const { name } of cssProperties) {
      assert.equal(argTypes[name]?.table?.category, 'css custom properties', `${tag} ${name}`);
      assert.equal(controlType(argTypes[name]), 'text', `${tag} ${name}`);
    }
    const parts = Object.values(argTypes).filter((argType) => argType.table?.category === 'css shadow parts');
    assert.equal(parts.length, cssParts.length, `${tag}: one row for each CSS part`);
    assert.ok(
      parts.every((part) => !controlType(part)),
      `${tag}: a CSS part has no control`,
    );
  }
  await page.close();
});

test('a plain value typed into a text attribute’s control reaches the widget', async () => {
  const page = await browser.newPage();
  await page.goto(docs('cog-disclaimer'));
  const widget = page.locator('cog-disclaimer').first();
  await widget.waitFor({ timeout: 15000 });
  for (const [name, value] of [
    ['organization', 'Riverside Cancer Network'],
    ['publisher', 'Riverside Children’s Hospital'],
  ]) {
    // The docs table's row for the attribute, named in its first cell.
    const row = page
      .locator('table.docblock-argstable tr')
      .filter({ has: page.locator('td:first-child > span', { hasText: new RegExp(`^${name}$`) }) })
      .first();
    await row.getByRole('button', { name: 'Set string' }).click();
    await row.locator('textarea, input').fill(value);
    await page.waitForFunction(
      ([value]) => document.querySelector('cog-disclaimer').shadowRoot.textContent.includes(value),
      [value],
      { timeout: 5000 },
    );
    const text = await widget.evaluate((element) => element.shadowRoot.textContent);
    assert.doesNotMatch(text, /\[object Object\]/, name);
  }
  await page.close();
});

test('each widget’s “Show code” snippet is the story’s HTML, not escaped text', async () => {
  const page = await browser.newPage();
  for (const tag of WIDGET_TAGS) {
    await page.goto(docs(tag));
    await page.locator(tag).first().waitFor({ timeout: 15000 });
    await page.locator('.docblock-code-toggle').first().click();
    // The snippet fills in once the story has rendered.
    const source = page.locator('pre.prismjs').first().filter({ hasText: /\S/ });
    await source.waitFor({ timeout: 5000 });
    const snippet = (await source.textContent()).trim();
    assert.ok(snippet.startsWith(`<${tag}`), `${tag}: ${snippet.slice(0, 80)}`);
    assert.doesNotMatch(snippet, /&lt;|&gt;|&amp;/, tag);
  }
  await page.close();
});

test('a story’s page names an icon that exists, so browsers ask for no /favicon.ico', async () => {
  const page = await browser.newPage();
  await page.goto(story('widgets-cog-disclaimer--default'));
  const icon = await page.locator('link[rel~="icon"]').getAttribute('href', { timeout: 5000 });
  const response = await page.request.get(new URL(icon, page.url()).href);
  assert.equal(response.status(), 200, icon);
  assert.match(response.headers()['content-type'], /^image\//);
  await page.close();
});
