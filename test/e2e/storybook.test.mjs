// The static Storybook (`npm run build-storybook`), as designers open it: every widget renders,
// and the toolbar's language and theme reach the widgets.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, test } from 'node:test';
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
