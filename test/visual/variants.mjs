// The variants a widget is pictured in, shared by the docs' pictures (scripts/screenshots.mjs, every
// widget in every variant, in Chromium) and the visual tests in Firefox and WebKit
// (test/visual/widgets.test.ts, a few of them): a picture is named `<widget>-<variant>.png`.

/**
 * What the page around the widget says (`lang`, a theme from dist/themes/), the widget's own
 * attributes, and how the browser shows the page (colour scheme, media, width in CSS pixels).
 */
export const VARIANTS = [
  { name: 'light', colorScheme: 'light' },
  { name: 'dark', colorScheme: 'light', theme: 'dark' },
  { name: 'spanish', lang: 'es' },
  { name: 'child', attributes: 'audience="child"' },
  { name: 'print', media: 'print' },
  { name: '320px', width: 320 },
];

/** The page's width in CSS pixels, where a variant does not set one. */
export const PAGE_WIDTH = 800;

/** Page around the widget kept in its picture, in pixels, so its border and shadow show whole. */
export const MARGIN = 12;
