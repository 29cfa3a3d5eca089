import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/chromium.mjs';
import { FAILURES, PICTURE_TOLERANCE } from './test/visual/settings.mjs';

/** Headless Debian Chromium, with the given browser context options. */
const chromium = (contextOptions = {}) => ({
  enabled: true,
  headless: true,
  provider: playwright({
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    contextOptions,
  }),
  instances: [{ browser: 'chromium' as const }],
});

/**
 * The stories' page size (Storybook's test default), and the browser window around it, as tall as
 * the tallest story may grow: a picture shows only what is inside the window, so the visual setup
 * makes the page as tall as its story, and Vitest would scale the page down to fit a smaller window.
 */
const VIEWPORT = { width: 1200, height: 900 };
const WINDOW = { width: 1200, height: 4000 };

/**
 * Gives a project Vite dependency cache of its own. The Storybook plugin gives every project of one
 * Storybook the same one; as the two projects load different modules (the visual one leaves axe out),
 * each would find the other's cache lacking, bundle again mid-run and reload a test file, failing it.
 * A plugin's `config` result overrides earlier ones, so this one comes after Storybook's.
 */
const ownDependencyCache = (cacheDir: string): Plugin => ({
  name: 'own-dependency-cache',
  config: () => ({ cacheDir }),
});

export default defineConfig({
  test: {
    projects: [
      // Every story runs as a test, with its accessibility check.
      {
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          browser: chromium(),
          setupFiles: ['.storybook/vitest.setup.ts'],
        },
      },
      // Every story is compared with its committed picture (see docs/screenshots.md).
      {
        plugins: [storybookTest({ configDir: '.storybook' }), ownDependencyCache('node_modules/.cache/vitest-visual')],
        test: {
          name: 'visual',
          attachmentsDir: `${FAILURES}/attachments`,
          browser: {
            ...chromium({ viewport: WINDOW, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' }),
            viewport: VIEWPORT,
            expect: {
              toMatchScreenshot: {
                comparatorName: 'pixelmatch',
                comparatorOptions: PICTURE_TOLERANCE,
                resolveScreenshotPath: ({ root, arg, ext }) => resolve(root, 'test/visual/baselines', `${arg}${ext}`),
                resolveDiffPath: ({ root, arg, ext }) => resolve(root, FAILURES, `${arg}${ext}`),
              },
            },
          },
          setupFiles: ['.storybook/vitest.visual.setup.ts'],
          provide: { visualWindow: WINDOW },
        },
      },
    ],
  },
});
