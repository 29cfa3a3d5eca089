import { PLACEHOLDER_ATTRIBUTE } from './placeholders-on-demand.js';
import { WIDGET_TAGS, designTokens, type DesignToken, type WidgetTag } from './tokens.js';

/**
 * The optional stylesheets shipped next to the bundle, as text: the named themes
 * (`dist/themes/<name>.css`) and the space-holding sheet (`dist/therapy-widgets.css`).
 * `npm run build` writes them; Storybook and tests can use the same text.
 */

export const THEME_ATTRIBUTE = 'data-therapy-theme';

/**
 * Marks a widget pre-rendered as declarative shadow DOM (src/server/render.ts): it shows its
 * content before the script, so the space-holding sheet leaves it alone.
 */
export const PRERENDERED_ATTRIBUTE = 'data-prerendered';

export interface Theme {
  readonly name: string;
  readonly description: string;
  /** Brand token values: a colour as `[light, dark]`, anything else as one value. */
  readonly tokens?: Readonly<Record<string, string | readonly [string, string]>>;
  readonly colorScheme?: 'light' | 'dark';
}

const brandTokens = designTokens.filter((token) => token.brand);

export const themes: readonly Theme[] = [
  {
    name: 'default',
    description: "The widgets' own look; resets brand tokens set further up the page.",
    // `initial` clears a custom property, so the widgets fall back to their defaults.
    tokens: Object.fromEntries(brandTokens.map((token) => [token.name, 'initial'])),
  },
  {
    name: 'meadow',
    description: 'A second brand: green accent, system font with serif headings, rounder and roomier cards.',
    tokens: {
      '--therapy-color-accent': ['#2e6b34', '#8fd19a'],
      '--therapy-font-family': "system-ui, 'Segoe UI', Roboto, sans-serif",
      '--therapy-heading-font-family': "Georgia, 'Times New Roman', serif",
      '--therapy-radius': '1.25em',
      '--therapy-space': '1.5em',
    },
  },
  {
    name: 'dark',
    description: 'The dark appearance, whatever the page or the system prefers. Combines with a brand.',
    colorScheme: 'dark',
  },
];

const selector = (theme: Theme) => `[${THEME_ATTRIBUTE}~='${theme.name}']`;

const indent = (text: string) => text.replace(/^(?=.)/gm, '  ');

function block(rule: string, lines: readonly string[]): string {
  return lines.length ? `${rule} {\n${lines.map((line) => `  ${line}\n`).join('')}}\n` : '';
}

/** The text of `dist/themes/<name>.css`. */
export function themeStylesheet(theme: Theme): string {
  const entries = Object.entries(theme.tokens ?? {});
  const lines = entries.map(([name, value]) =>
    typeof value === 'string' ? `${name}: ${value};` : `${name}: light-dark(${value[0]}, ${value[1]});`,
  );
  if (theme.colorScheme) lines.push(`color-scheme: ${theme.colorScheme};`);
  const lightOnly = entries.flatMap(([name, value]) => (typeof value === 'string' ? [] : [`${name}: ${value[0]};`]));
  return [
    `/* therapy-widgets theme "${theme.name}": ${theme.description}\n` +
      `   Use: <link rel="stylesheet" href="themes/${theme.name}.css"> and ${THEME_ATTRIBUTE}="${theme.name}"\n` +
      `   on <html>, on a container or on a widget. */\n`,
    block(selector(theme), lines),
    lightOnly.length
      ? `@supports not (color: light-dark(#000, #fff)) {\n${indent(block(selector(theme), lightOnly))}}\n`
      : '',
  ].join('');
}

/**
 * How tall each widget's content usually is, in `em` of its font size: at its widest
 * (`--therapy-max-width`) and on a phone (a column about 360px wide). Measured with the English
 * family pack and the disclaimer's "Shared by" line, to a hundredth of an em for the three
 * widgets of the layout-shift test page, since the pack arrives after the first paint and any
 * difference moves the page; a test keeps every one within reach of real heights.
 */
export const reservedHeights: Readonly<Record<WidgetTag, { wide: number; narrow: number }>> = {
  'therapy-overview': { wide: 36.38, narrow: 49.11 },
  'side-effect-card': { wide: 23.56, narrow: 34.86 },
  'cog-disclaimer': { wide: 26.43, narrow: 40.52 },
  'how-it-works': { wide: 24, narrow: 42 },
  'therapy-page': { wide: 140, narrow: 199 },
};

/** Below this viewport width a widget usually fills a phone's column. */
export const NARROW_VIEWPORT = '30em';

const token = (name: string): DesignToken => {
  const found = designTokens.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no design token ${name}`);
  return found;
};
const withDefault = (name: string) => `var(${name}, ${token(name).light})`;

/**
 * The text of `dist/therapy-widgets.css`: until the script has defined the widgets, each holds
 * about the space it will take, hidden, so the page below does not jump when it appears.
 */
export function placeholderStylesheet(): string {
  // A widget element not defined yet, or defined but still busy fetching its pack, or a CMS-safe
  // placeholder div the widget has not been put in yet (its upgrade code loads after the script,
  // so after the first paint). A pre-rendered widget is showing its content already.
  const undefinedWidget = (tags: readonly string[]) =>
    `:where(${tags.join(', ')}):not(:defined):not([hidden]):not([${PRERENDERED_ATTRIBUTE}]),\n` +
    `:where(${tags.join(', ')})[aria-busy="true"]:not([hidden]),\n` +
    `:where(${tags.map((tag) => `[${PLACEHOLDER_ATTRIBUTE}="${tag}" i]`).join(', ')}):empty:not([hidden])`;
  const heights = (size: 'wide' | 'narrow') =>
    WIDGET_TAGS.map((tag) => block(undefinedWidget([tag]), [`min-block-size: ${reservedHeights[tag][size]}em;`])).join(
      '',
    );
  return [
    '/* therapy-widgets: optional. Holds the space of each widget, and of each data-therapy-widget\n' +
      '   placeholder, until the widget is there, so the page does not shift when it appears.\n' +
      '   Load it in <head>. */\n',
    block(undefinedWidget(WIDGET_TAGS), [
      'display: block;',
      `max-width: ${withDefault('--therapy-max-width')};`,
      `margin-block: ${withDefault('--therapy-space-outer')};`,
      `font-size: ${withDefault('--therapy-font-size')};`,
      // Slotted text would otherwise show unstyled for a moment.
      'visibility: hidden;',
    ]),
    heights('wide'),
    `@media (max-width: ${NARROW_VIEWPORT}) {\n${indent(heights('narrow'))}}\n`,
  ].join('');
}
