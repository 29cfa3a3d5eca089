import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './test/engines.mjs';
import { fuzzSettingsPlugin } from './test/fuzz-settings.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // One page at a time: keyboard tests need the focused tab, and Chromium hangs background tabs
  // that wait for focus (modernweb-dev/web#2403).
  concurrency: 1,
  // Engines run one after another too: two cores cannot run three browsers at once.
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  // Lit's development build (used in tests for its extra checks) announces itself on every page.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), fuzzSettingsPlugin()],
  // Chromium, Firefox and WebKit; `BROWSERS=firefox` (or a comma-separated list) runs fewer.
  browsers: browsers(),
};
