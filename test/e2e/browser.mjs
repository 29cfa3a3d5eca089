// Shared set-up for end-to-end tests: Debian's Chromium driven by playwright-core, and the
// demo site served as static files on localhost.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export { CHROMIUM_ARGS };

export function launchChromium(options = {}) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    ...options,
  });
}

/** Serves the built demo site (dist-site/, written by `npm run build`) for the duration of a test file. */
export { startServer };

/**
 * Serves `serverOptions.root` (default: the built demo site) and launches Chromium, for one test
 * file: `const { browser, url, close } = await openBrowserAndSite(); after(close);`
 */
export async function openBrowserAndSite(serverOptions = {}) {
  const { server, url } = await startServer(serverOptions);
  const browser = await launchChromium();
  return {
    browser,
    url,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

export { WIDGET_TAGS } from '../manifest.mjs';
