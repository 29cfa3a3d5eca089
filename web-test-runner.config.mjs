import { existsSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './test/engines.mjs';
import { fuzzSettingsPlugin } from './test/fuzz-settings.mjs';

// Colour-scheme emulation reaches the test runner only through Chromium's DevTools protocol, so
// the theming and contrast files run in Chromium alone; print, forced colours and the strict
// CSP are checked for the built bundle end to end (test/e2e/), also in Chromium.
const CHROMIUM_ONLY = ['test/theming.test.ts', 'test/contrast.test.ts'];

const launchers = browsers();
const chromium = launchers.filter((launcher) => launcher.name === 'Chromium');

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
  testFramework: { config: { timeout: 10000 } },
  // Lit's development build (used in tests for its extra checks) announces itself on every page.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [servePacksFromBuild, esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), fuzzSettingsPlugin()],
  // Chromium, Firefox and WebKit; `BROWSERS=firefox` (or a comma-separated list) runs fewer.
  browsers: launchers,
};
