// The docs' widget pictures (docs/images/widgets/, from `npm run screenshots`) show the widgets as
// the current build draws them: this takes them again and compares.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { PICTURES, pictureNames, takeWidgetPictures } from '../../scripts/screenshots.mjs';
import { docsPictureDifference } from '../visual/pictures.mjs';
import { FAILURES } from '../visual/settings.mjs';
import { openBrowserAndSite } from './browser.mjs';

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
const fresh = mkdtempSync(join(tmpdir(), 'docs-pictures-'));
after(async () => {
  await close();
  rmSync(fresh, { recursive: true, force: true });
});

const FIX = 'run `npm run build && npm run screenshots -- widgets`, look at the pictures and commit them';

test('there is a committed picture of every widget in every variant, and no other', () => {
  assert.deepEqual(readdirSync(PICTURES).sort(), pictureNames().sort(), FIX);
});

test('every committed widget picture matches what the built widgets draw', async () => {
  await takeWidgetPictures(browser, url, fresh);
  const stale = [];
  for (const name of pictureNames()) {
    const why = docsPictureDifference(join(PICTURES, name), readFileSync(join(fresh, name)));
    if (why) stale.push(`${name}: ${why}`);
  }
  assert.deepEqual(stale, [], `${FIX}. The pictures taken now, and the differences, are in ${FAILURES}/docs/.`);
});
