// What the picture comparisons share: the visual regression tests (vitest.config.ts for Chromium,
// web-test-runner.config.mjs here for Firefox and WebKit) and the check of the docs' pictures
// (test/e2e/docs-pictures.test.mjs).

/**
 * How different two pictures may be and still match: pixels whose colours differ by less than the
 * threshold, and anti-aliased pixels at the edges of shapes and letters, do not count, and a few
 * stray pixels are allowed; a changed word, colour, border or spacing is far more.
 */
export const PICTURE_TOLERANCE = { threshold: 0.1, allowedMismatchedPixels: 20 };

/** Where a failed comparison leaves the picture taken now and the differences (git ignores it). */
export const FAILURES = 'test/visual/failures';

/** Where the committed pictures are: the stories' (Chromium) here, each other engine's in a folder of its own. */
export const BASELINES = 'test/visual/baselines';

/** The engines of the visual tests: every story in Chromium (Vitest), widget pictures in the others (Web Test Runner). */
export const VISUAL_ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * The pictures in Firefox and WebKit (widgets.test.ts), each named `<widget>-<variant>.png`: the
 * whole topic page, which holds every widget, in English on a light page; then each variant in the
 * widgets it changes the most: Spanish (longer words, the date in Spanish), the children's texts,
 * the dark colours and the narrow layout. Print is left out: only Chromium can show a page as
 * printed here. Under 1 MB of pictures an engine.
 */
export const ENGINE_PICTURES = {
  'therapy-page': ['light'],
  'therapy-overview': ['320px'],
  'how-it-works': ['child', '320px'],
  'side-effect-card': ['spanish', 'child', 'dark', '320px'],
  'cog-disclaimer': ['spanish', 'dark'],
};
