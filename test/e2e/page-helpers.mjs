// Helpers for end-to-end tests of fixture pages under test/e2e/pages/.

import { WIDGET_TAGS } from '../manifest.mjs';
import { widgetsSettled } from '../widgets-settled.mjs';

export const TAGS = ['therapy-overview', 'side-effect-card', 'cog-disclaimer'];

/** Waits until every widget on the page has rendered its heading. */
export async function waitForWidgets(page) {
  await page.waitForFunction(
    (tags) => {
      const widgets = [...document.querySelectorAll(tags.join(', '))];
      return (
        widgets.length > 0 && widgets.every((widget) => widget.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6'))
      );
    },
    TAGS,
    { timeout: 5000 },
  );
}

/** Collects what must never happen on a page: errors thrown, console errors, failed requests. */
export function watchProblems(page) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`thrown: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
  );
  return problems;
}

/**
 * Serves the project, but answers the browser's automatic /favicon.ico request with "no content",
 * so it does not count as a failed request of the page under test.
 */
export async function ignoreFavicon(context) {
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
}

/** Waits until every widget on the page, nested ones too, has rendered its content and fonts have loaded. */
export async function waitForAllWidgets(page) {
  await page.evaluate(widgetsSettled, WIDGET_TAGS);
}

/**
 * A stand-in for the browser's speech synthesis with an English and a Spanish voice on the device,
 * as script source to run before the bundle loads: Debian's Chromium has no voices, so without it
 * no Listen button appears. It records what it is asked to say in `speechSynthesis.spoken`.
 */
export const STAND_IN_SPEECH = `
class Utterance extends EventTarget {
  constructor(text) { super(); this.text = text; this.lang = ''; this.voice = null; }
}
const voices = [
  { name: 'English', lang: 'en-US', localService: true, default: true, voiceURI: 'en' },
  { name: 'Spanish', lang: 'es-US', localService: true, default: false, voiceURI: 'es' },
];
const speech = Object.assign(new EventTarget(), {
  spoken: [], paused: false, speaking: false, pending: false,
  getVoices: () => voices,
  speak(utterance) { this.spoken.push([utterance.lang, utterance.voice.name, utterance.text]); },
  cancel() {}, pause() {}, resume() {},
});
Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
window.SpeechSynthesisUtterance = Utterance;
`;
