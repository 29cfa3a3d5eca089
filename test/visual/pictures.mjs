// Comparing and storing pictures. The one comparison of two pictures, with the tolerance in
// settings.mjs, used by the visual tests in Firefox and WebKit (web-test-runner.config.mjs here) and
// the checks of the docs' pictures (test/e2e/docs-pictures.test.mjs for the widgets', the editors'
// end-to-end tests for the editor guides'); the Chromium visual tests use Vitest's pixelmatch
// comparator with the same tolerance.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { env } from 'node:process';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { FAILURES, PICTURE_TOLERANCE } from './settings.mjs';

/**
 * Compares the PNG picture `now` with the committed picture `committed`. `matches` says whether they
 * are the same within the tolerance; when they are not, `why` says how they differ and `diff` (when
 * both have the same size) is the committed picture, faded, with the differing pixels in red.
 * @param {Buffer} committed
 * @param {Buffer} now
 * @returns {{ matches: boolean, differing?: number, why?: string, diff?: Buffer }}
 */
export function comparePictures(committed, now) {
  const before = PNG.sync.read(committed);
  const after = PNG.sync.read(now);
  if (before.width !== after.width || before.height !== after.height) {
    return { matches: false, why: `${before.width}×${before.height} px, now ${after.width}×${after.height} px` };
  }
  const { width, height } = after;
  const diff = new PNG({ width, height });
  const { threshold, allowedMismatchedPixels } = PICTURE_TOLERANCE;
  const differing = pixelmatch(before.data, after.data, diff.data, width, height, { threshold });
  if (differing <= allowedMismatchedPixels) return { matches: true, differing };
  return { matches: false, differing, why: `${differing} pixels differ`, diff: PNG.sync.write(diff) };
}

/**
 * The same picture in fewer bytes, for committing: zlib's default strategy (pngjs uses run-length
 * only) and no alpha channel when every pixel is opaque. A third to a half smaller than the
 * browsers' own PNG files.
 * @param {Buffer} picture
 */
export function compactPicture(picture) {
  const png = PNG.sync.read(picture);
  const opaque = png.data.every((value, index) => index % 4 !== 3 || value === 255);
  return PNG.sync.write(png, { deflateStrategy: 0, ...(opaque && { colorType: 2, inputHasAlpha: true }) });
}

/**
 * Writes a picture for the docs to `path`, unless the picture there already shows the same within
 * the tolerance: a browser's PNG bytes can differ between runs where no pixel that shows does, and
 * rewriting the file would then change the repository for nothing.
 * @param {string} path
 * @param {Buffer} picture
 */
function keepPicture(path, picture) {
  if (existsSync(path) && comparePictures(readFileSync(path), picture).matches) return;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, picture);
}

/** Where a docs picture that differs is left, taken now (`actual`) and as differences (`diff`). */
const DOCS_FAILURES = join(FAILURES, 'docs');

/**
 * Why the committed docs picture at `path` differs from `now`, the same picture taken now: "missing",
 * the two sizes or the number of pixels that differ; undefined when they match. Where they differ,
 * leaves `now` and, for pictures of one size, the differences in red, in test/visual/failures/docs/
 * as `<name>-actual.png` and `<name>-diff.png`.
 * @param {string} path
 * @param {Buffer} now
 * @returns {string | undefined}
 */
export function docsPictureDifference(path, now) {
  const { matches, why, diff } = existsSync(path)
    ? comparePictures(readFileSync(path), now)
    : { matches: false, why: 'missing' };
  if (matches) return undefined;
  const leave = (what, picture) =>
    writeFileSync(join(DOCS_FAILURES, basename(path).replace(/\.png$/, `-${what}.png`)), picture);
  mkdirSync(DOCS_FAILURES, { recursive: true });
  leave('actual', now);
  if (diff) leave('diff', diff);
  return why;
}

/** Set by `npm run screenshots` for the end-to-end tests it runs: they write their docs pictures. */
export const TAKE_DOCS_PICTURES = 'TAKE_DOCS_PICTURES';

/**
 * A picture for an editor's guide, `docs/images/<editor>-<name>.png`, which the editor's end-to-end
 * test takes as it checks what the picture shows: compared with the committed picture, failing with
 * what to run to take it again (`npm run screenshots -- <editor>`). When that command runs the test,
 * written there instead, where it shows something else.
 * @param {'ckeditor5' | 'tinymce' | 'wordpress'} editor
 * @param {string} name
 * @param {Buffer} picture
 */
export function matchEditorPicture(editor, name, picture) {
  const path = `docs/images/${editor}-${name}.png`;
  if (env[TAKE_DOCS_PICTURES] === '1') return keepPicture(path, picture);
  const why = docsPictureDifference(path, picture);
  assert.equal(
    why,
    undefined,
    `${path} is not what the test sees now (${why}): run \`npm run build && npm run screenshots -- ${editor}\`, ` +
      `look at the pictures and commit them. The picture taken now, and the differences, are in ${DOCS_FAILURES}/.`,
  );
}
