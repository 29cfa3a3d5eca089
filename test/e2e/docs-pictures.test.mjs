// The docs' widget pictures (docs/images/widgets/, from `npm run screenshots`) show the widgets as
// the current build draws them: this takes them again and compares.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { PICTURES, pictureNames, takeWidgetPictures } from '../../scripts/screenshots.mjs';
import { comparePictures } from '../visual/pictures.mjs';
import { FAILURES } from '../visual/settings.mjs';
import { openBrowserAndSite } from './browser.mjs';

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
const fresh = mkdtempSync(join(tmpdir(), 'docs-pictures-'));
after(async () => {
  await close();
  rmSync(fresh, { recursive: true, force: true });
});

/** Leaves `picture` in the failures folder as `<name>-<what>.png`. */
function keep(name, what, picture) {
  mkdirSync(join(FAILURES, 'docs'), { recursive: true });
  writeFileSync(join(FAILURES, 'docs', name.replace(/\.png$/, `-${what}.png`)), picture);
}

const FIX = 'run `npm run build && npm run screenshots -- widgets`, look at the pictures and commit them';

/** Why the committed picture `name` differs from the fresh one, or undefined when they match. */
function difference(name) {
  const committedPath = join(PICTURES, name);
  if (!existsSync(committedPath)) return 'missing';
  const { matches, why, diff } = comparePictures(readFileSync(committedPath), readFileSync(join(fresh, name)));
  if (matches) return undefined;
  if (diff) keep(name, 'diff', diff);
  return why;
}

test('there is a committed picture of every widget in every variant, and no other', () => {
  assert.deepEqual(readdirSync(PICTURES).sort(), pictureNames().sort(), FIX);
});

test('every committed widget picture matches what the built widgets draw', async () => {
  await takeWidgetPictures(browser, url, fresh);
  const stale = [];
  for (const name of pictureNames()) {
    const why = difference(name);
    if (!why) continue;
    stale.push(`${name}: ${why}`);
    keep(name, 'actual', readFileSync(join(fresh, name)));
  }
  assert.deepEqual(stale, [], `${FIX}. The pictures taken now, and the differences, are in ${FAILURES}/docs/.`);
});
