// The committed pictures of the visual tests in Firefox and WebKit are exactly those the tests take:
// a picture left behind by a renamed or removed variant would otherwise stay in the repository,
// compared with nothing. (The Chromium pictures, one per story, are checked against the built
// Storybook in test/e2e/storybook.test.mjs.)
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { BASELINES, ENGINE_PICTURES, VISUAL_ENGINES } from '../visual/settings.mjs';

const taken = Object.entries(ENGINE_PICTURES)
  .flatMap(([tag, variants]) => variants.map((variant) => `${tag}-${variant}.png`))
  .sort();

for (const engine of VISUAL_ENGINES.filter((name) => name !== 'chromium')) {
  test(`every committed ${engine} picture is one the visual tests take, and each has one`, () => {
    assert.deepEqual(readdirSync(`${BASELINES}/${engine}`).sort(), taken);
  });
}
