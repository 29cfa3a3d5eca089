// Shared set-up for end-to-end tests: Debian's Chromium driven by playwright-core, and the
// demo site served as static files on localhost.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

// The flags keep Chromium from reaching for the network at start-up.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/** Serves the built demo site (dist-site/, written by `npm run build`) for the duration of a test file. */
export { startServer };
