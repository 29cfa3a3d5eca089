// Comparing and storing pictures. The one comparison of two pictures, with the tolerance in
// settings.mjs, used by the visual tests in Firefox and WebKit (web-test-runner.config.mjs here) and
// the check of the docs' pictures (test/e2e/docs-pictures.test.mjs); the Chromium visual tests use
// Vitest's pixelmatch comparator with the same tolerance.
import { readFile, writeFile } from 'node:fs/promises';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { PICTURE_TOLERANCE } from './settings.mjs';

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
 * rewriting the file would then change the repository for nothing. Resolves to whether it wrote.
 * @param {string | URL} path
 * @param {Buffer} picture
 */
export async function keepPicture(path, picture) {
  const committed = await readFile(path).catch(() => undefined);
  if (committed && comparePictures(committed, picture).matches) return false;
  await writeFile(path, picture);
  return true;
}
