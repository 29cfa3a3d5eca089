// The demo page, loaded as a family's browser would load it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, startServer } from './browser.mjs';

let browser;
let server;
let url;

before(async () => {
  ({ server, url } = await startServer());
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the demo page renders every widget from the script tag, with no errors', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  await page.goto(url);
  for (const tag of ['therapy-overview', 'side-effect-card', 'cog-disclaimer']) {
    const heading = page.locator(`${tag} h2`).first();
    await heading.waitFor();
    assert.ok((await heading.textContent()).length > 0, tag);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
