import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';

// Debian's Chromium; the flags keep it from reaching for the network at start-up.
const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // One page at a time: keyboard tests need the focused tab, and Chromium hangs background tabs
  // that wait for focus (modernweb-dev/web#2403).
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Lit's development build (used in tests for its extra checks) announces itself on every page.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: chromiumFlags,
      },
    }),
  ],
};
