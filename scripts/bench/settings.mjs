// What every benchmark case shares: how many times it measures, and the statistics it reports.
import { pathToFileURL } from 'node:url';

/** Rounds per case: `ROUNDS=n` (default 21: first visits on a small machine need them). */
export const ROUNDS = Number(process.env.ROUNDS ?? 21);
export const CARDS = 1000;
export const MEMORY_ROUNDS = 20;
export const LIGHTHOUSE_RUNS = 3;
/**
 * The round trip of case 1's first visits over a slower network: added by Chromium to every
 * request (CDP network emulation), as long as Lighthouse's simulated mobile network takes.
 */
export const LATENCY = 150;
// Case 1's widgets: together, the whole topic, in the order <therapy-page> shows it: every widget
// of the one list (src/widgets.ts, built) but the page itself, which is made of them.
const { WIDGET_TAGS } = await import(pathToFileURL('dist/widgets.js').href);
export const TAGS = WIDGET_TAGS.filter((tag) => tag !== 'therapy-page');

/** The q-quantile of `values`, interpolated between the nearest ranks. */
export const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  return sorted[below] + (sorted[Math.min(below + 1, sorted.length - 1)] - sorted[below]) * (position - below);
};
export const median = (values) => quantile(values, 0.5);
/** Median with the middle half of the samples, to show how steady a measure was. */
export const spread = (values) => ({
  median: median(values),
  low: quantile(values, 0.25),
  high: quantile(values, 0.75),
});

export const pause = (milliseconds) => new Promise((done) => setTimeout(done, milliseconds));
