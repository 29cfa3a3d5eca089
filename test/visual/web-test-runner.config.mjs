// The visual regression tests in Firefox and WebKit (docs/screenshots.md): widgets.test.ts takes a
// picture of each widget in a few states with @web/test-runner-visual-regression and compares it
// with test/visual/baselines/<engine>/<picture>.png. Run by `npm run test:visual`
// (scripts/test-visual.mjs), which passes --update-visual-baseline for `-u`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import base from '../../web-test-runner.config.mjs';
import { browsers, engineNames } from '../engines.mjs';
import { compactPicture, comparePictures } from './pictures.mjs';
import { BASELINES, FAILURES, PICTURE_TOLERANCE, VISUAL_ENGINES } from './settings.mjs';

const ENGINES = VISUAL_ENGINES.filter((engine) => engine !== 'chromium');
const engines = engineNames(process.env.BROWSERS ?? ENGINES.join(','));
const others = engines.filter((engine) => !ENGINES.includes(engine));
if (others.length > 0) throw new Error(`No widget pictures in ${others.join(', ')}: use ${ENGINES.join(', ')}.`);

/** A picture's folder: the engine's name as BROWSERS spells it ("Firefox" → "firefox"). */
const folder = (browser) => browser.toLowerCase();

/** Writes a picture, making its folder. */
function save({ filePath, content }) {
  mkdirSync(dirname(filePath), { recursive: true });
  writeFileSync(filePath, content);
}

export default {
  ...base,
  files: ['test/visual/*.test.ts'],
  groups: [],
  // Set up for pictures: no motion (how-it-works' drawings move otherwise), steady drawing.
  browsers: browsers(engines.join(','), { pictures: true }),
  plugins: [
    ...base.plugins,
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: '.',
      getBaselineName: ({ browser, name }) => join(BASELINES, folder(browser), name),
      getFailedName: ({ browser, name }) => join(FAILURES, folder(browser), `${name}-actual`),
      getDiffName: ({ browser, name }) => join(FAILURES, folder(browser), `${name}-diff`),
      getImageDiff: ({ baselineImage, image }) => {
        const { differing, why, diff } = comparePictures(baselineImage, image);
        // No count means the sizes differ: the plugin then fails with `error` as its message.
        return differing === undefined
          ? { error: `The picture changed size: ${why}.`, diffPercentage: -1, diffPixels: -1 }
          : { error: '', diffImage: diff, diffPercentage: -1, diffPixels: differing };
      },
      failureThresholdType: 'pixel',
      failureThreshold: PICTURE_TOLERANCE.allowedMismatchedPixels,
      // With -u, a picture that still matches is left as it is, so only real changes show in git.
      saveBaseline: ({ filePath, content }) => {
        if (existsSync(filePath) && comparePictures(readFileSync(filePath), content).matches) return;
        save({ filePath, content: compactPicture(content) });
      },
      saveFailed: save,
      // There is no picture of the differences when the sizes differ.
      saveDiff: (picture) => (picture.content ? save(picture) : undefined),
    }),
  ],
};
