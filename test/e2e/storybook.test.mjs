// The static Storybook (`npm run build-storybook`), as designers open it: every widget renders,
// and the toolbar's language and theme reach the widgets.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { after, test } from 'node:test';
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

test('every committed Chromium picture is of a story, and every story has one', () => {
  const { entries } = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
  const stories = Object.values(entries).filter((entry) => entry.type === 'story');
  assert.ok(stories.length >= WIDGET_TAGS.length, 'stories listed');
  // A story's picture is named after its id, with Vitest's single hyphens (`widgets-x--default` → `widgets-x-default.png`).
  const pictures = stories.map((entry) => `${entry.id.replace(/-+/g, '-')}.png`).sort();
  const committed = readdirSync(BASELINES).filter((file) => file.endsWith('.png'));
  assert.deepEqual(committed.sort(), pictures);
});
