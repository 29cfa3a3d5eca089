// Visual regression tests: every story, rendered as in the story tests, is compared with its
// picture in test/visual/baselines/ (`npm run test:visual`; `npm run test:visual -- -u` takes new
// pictures). Accessibility is checked by the story tests, so this setup leaves axe out.
import { setProjectAnnotations, type Preview } from '@storybook/web-components-vite';
import { expect, inject } from 'vitest';
import { page } from 'vitest/browser';
import { WIDGET_TAGS } from '../src/widgets.js';
import { installSpeech, voice } from '../test/helpers/speech.js';
import { MISSING_FONT, PINNED_FONT, fontIsInstalled } from '../test/visual/font.mjs';
import { widgetsSettled } from '../test/widgets-settled.mjs';
import * as projectAnnotations from './preview.js';

// Every text in one font: the widgets get it through their font tokens; a story's own page text
// (the hospital page) gets it too.
const pinned = document.createElement('style');
pinned.textContent = `
  ${WIDGET_TAGS.join(', ')} { --therapy-font-family: ${PINNED_FONT}; --therapy-heading-font-family: ${PINNED_FONT}; }
  body, body * { font-family: ${PINNED_FONT} !important; }
`;
document.head.append(pinned);

if (!fontIsInstalled(PINNED_FONT)) {
  throw new Error(MISSING_FONT);
}

// The Listen button shows only where the browser has a voice on the device, which depends on the
// machine: here there is always one for each language, so the stories with `listen` show it.
installSpeech([voice('English', 'en-US', true), voice('Español', 'es-ES', true)]);

/** A story's own allowance for differing pixels, as `parameters: { visual: { allowedMismatchedPixels: 200 } }`. */
interface VisualParameters {
  allowedMismatchedPixels?: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser window's size (vitest.config.ts): the most a picture can show. */
    visualWindow: { width: number; height: number };
  }
}

/** Makes the page as tall as its story, so the picture shows all of it, not only the top 900 px. */
async function fitPageToStory(canvasElement: HTMLElement): Promise<void> {
  const { width, height: most } = inject('visualWindow');
  const height = Math.ceil(canvasElement.getBoundingClientRect().bottom);
  if (height > most) throw new Error(`The story is ${height}px tall; pictures can show ${most}px (vitest.config.ts).`);
  if (height > window.innerHeight) await page.viewport(width, height);
}

const screenshotEachStory: Preview = {
  // Runs after the story has rendered, with its animations paused.
  afterEach: async ({ canvasElement, id, parameters }) => {
    await widgetsSettled(WIDGET_TAGS);
    await fitPageToStory(canvasElement);
    // A locator, not the element: with an element, a failed comparison is retried until it passes.
    await expect.element(page.elementLocator(canvasElement)).toMatchScreenshot(id, {
      comparatorName: 'pixelmatch',
      comparatorOptions: (parameters.visual ?? {}) as VisualParameters,
    });
  },
};

setProjectAnnotations([projectAnnotations, screenshotEachStory]);
