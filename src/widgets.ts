/**
 * Every widget, by tag name: the one list the package's exports, the size and benchmark scripts,
 * the design tokens and the classes' registry are held to (the registry by its type, the others
 * by tests and scripts that read this module).
 */
export const WIDGET_TAGS = [
  'therapy-overview',
  'how-it-works',
  'side-effect-card',
  'cog-disclaimer',
  'therapy-page',
] as const;

export type WidgetTag = (typeof WIDGET_TAGS)[number];

/**
 * The attribute that marks an ordinary element, usually a `<div>`, as the place for a widget:
 * `<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy"></div>`.
 */
export const PLACEHOLDER_ATTRIBUTE = 'data-therapy-widget';

/**
 * Marks a widget pre-rendered as declarative shadow DOM (src/server/render.ts): it shows its
 * content before the script, so the space-holding sheet leaves it alone.
 */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';
