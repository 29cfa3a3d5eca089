import { existsSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { browsers, CHROMIUM_ONLY, chromiumOnlyNotRun, engineNames } from './test/engines.mjs';
import { fuzzSettingsPlugin } from './test/fuzz-settings.mjs';

// The theming and contrast files (CHROMIUM_ONLY; test/engines.mjs says why) run in Chromium alone,
// as a group; print, forced colours and the strict CSP are checked for the built bundle end to end
// (test/e2e/), also in Chromium.
const launchers = browsers();
const chromium = launchers.filter((launcher) => launcher.name === 'Chromium');

/**
 * Says so at the start when the Chromium-only files are left out (no Chromium in `BROWSERS`). A
 * reporter, so that it speaks only for a configuration that sets those files aside: the visual
 * tests' configuration reuses this one with files of its own.
 */
const chromiumOnlyReporter = {
  start({ config }) {
    const setAside = CHROMIUM_ONLY.every((file) => [config.files].flat().includes(`!${file}`));
    const notice = chromiumOnlyNotRun(engineNames());
    if (setAside && notice) console.log(notice);
  },
};

/**
 * Tests run the widgets from their sources, whose pack registry looks for packs beside itself
 * (`/src/packs/`); the built packs are in dist/packs/ (written by `npm run build`), so serve them there.
 */
const servePacksFromBuild = {
  name: 'serve-packs-from-build',
  async serve(context) {
    // `/slow/<ms>/<path>` serves <path> that many milliseconds late, for a pack on a slow network.
    const slow = /^\/slow\/(\d+)(\/test\/fixtures\/.+\.json)$/.exec(context.path);
    if (slow && !slow[2].includes('..')) {
      await new Promise((resolve) => setTimeout(resolve, Number(slow[1])));
      return { body: readFileSync(`.${slow[2]}`, 'utf8'), type: 'application/json' };
    }
    if (/^\/src\/packs\/.+\.json$/.test(context.path) && !context.path.includes('..')) {
      const file = `dist/packs/${context.path.slice('/src/packs/'.length)}`;
      return existsSync(file) ? { body: readFileSync(file, 'utf8'), type: 'application/json' } : undefined;
    }
    return undefined;
  },
};

export default {
  // test/visual/ has its own configuration (the pictures in Firefox and WebKit, `npm run test:visual`).
  files: ['test/**/*.test.ts', '!test/node/**', '!test/visual/**', ...CHROMIUM_ONLY.map((file) => `!${file}`)],
  groups: chromium.length > 0 ? [{ name: 'chromium-only', files: CHROMIUM_ONLY, browsers: chromium }] : [],
  nodeResolve: true,
  // One page at a time: keyboard tests need the focused tab, and Chromium hangs background tabs
  // that wait for focus (modernweb-dev/web#2403).
  concurrency: 1,
  // Engines run one after another too: two cores cannot run three browsers at once.
  concurrentBrowsers: 1,
  // A test left out is a defect here. `forbidOnly` fails a file with `.only`, which would drop every
  // other test of the file; `forbidPending` makes Mocha fail a pending test (`it.skip`,
  // `this.skip()`, a test with no body), though Web Test Runner still reports it as skipped and
  // exits 0: `npm test` counts every skipped test as a failure, and ESLint refuses `.only` and `.skip`.
  testFramework: { config: { timeout: 10000, forbidOnly: true, forbidPending: true } },
  reporters: [defaultReporter(), chromiumOnlyReporter],
  // Lit's development build (used in tests for its extra checks) announces itself on every page.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [servePacksFromBuild, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), fuzzSettingsPlugin()],
  // Chromium, Firefox and WebKit; `BROWSERS=firefox` (or a comma-separated list) runs fewer.
  browsers: launchers,
};
