/**
 * The design tokens: every colour, font, radius and space the widgets use, with its default.
 * This table is the only place defaults are written. Generated from it at build time: the
 * widgets' token CSS (scripts/build-tokens.mjs writes src/generated/token-styles/), the theme
 * files in `dist/themes/`, the space-holding stylesheet, the custom elements manifest and the
 * README's token table. No widget imports this module, so none carries the table. What each
 * token is for: token-docs.ts.
 *
 * A value that names another token (`'--therapy-color-text'`) means "the value of that token".
 */

import type { WidgetTag } from '../widgets.js';

export { WIDGET_TAGS, type WidgetTag } from '../widgets.js';

/** The widgets that show a pack's blocks, and so read the tones and the pictures' colours. */
const BLOCK_WIDGETS: readonly WidgetTag[] = ['therapy-overview', 'how-it-works', 'side-effect-card'];

export interface DesignToken {
  readonly name: `--therapy-${string}`;
  /** Default in the light appearance (or in both, for non-colours). */
  readonly light: string;
  /** Default under `color-scheme: dark`; colours only. */
  readonly dark?: string;
  /** Used when printing: black on white, no coloured fills. Ignores the page's value on purpose. */
  readonly print?: string;
  /** Used in forced-colours mode (Windows High Contrast): a system colour. */
  readonly forced?: string;
  /** One of the five tokens a hospital sets to match its brand. */
  readonly brand?: boolean;
  /**
   * The widgets that read it; absent means every widget (its CSS goes in the base styles). Only
   * these widgets' CSS declares it, and a test holds the list to what their styles read. An empty
   * list: no widget yet, and no CSS.
   */
  readonly widgets?: readonly WidgetTag[];
}

/** The tones a callout can take; each maps onto three semantic colour tokens. */
export const TONES = ['info', 'caution', 'urgent'] as const;
export type Tone = (typeof TONES)[number];

// Print is dark on white whatever the page's scheme; white, not transparent, so the card stays
// white even when a dark page is printed with its backgrounds.
const PRINT_INK = '#000';
const PRINT_PAPER = '#fff';

function tone(
  name: Tone,
  light: { edge: string; surface: string },
  dark: { edge: string; surface: string },
): DesignToken[] {
  return [
    {
      name: `--therapy-color-${name}`,
      light: light.edge,
      dark: dark.edge,
      print: PRINT_INK,
      forced: 'CanvasText',
      widgets: BLOCK_WIDGETS,
    },
    {
      name: `--therapy-color-${name}-surface`,
      light: light.surface,
      dark: dark.surface,
      print: PRINT_PAPER,
      forced: 'Canvas',
      widgets: BLOCK_WIDGETS,
    },
    {
      name: `--therapy-color-${name}-text`,
      light: '--therapy-color-text',
      widgets: BLOCK_WIDGETS,
    },
  ];
}

function picture(part: string, values: Omit<DesignToken, 'name' | 'widgets'>): DesignToken[] {
  return [{ name: `--therapy-picture-${part}`, ...values, widgets: BLOCK_WIDGETS }];
}

export const designTokens: readonly DesignToken[] = [
  // The five a hospital sets to match its brand.
  {
    name: '--therapy-color-accent',
    light: '#005ea5',
    dark: '#7dbbf2',
    print: PRINT_INK,
    forced: 'CanvasText',
    brand: true,
  },
  {
    name: '--therapy-font-family',
    light: 'inherit',
    brand: true,
  },
  {
    name: '--therapy-heading-font-family',
    light: '--therapy-font-family',
    brand: true,
  },
  {
    name: '--therapy-radius',
    light: '0.5em',
    brand: true,
  },
  {
    name: '--therapy-space',
    light: '1.25em',
    brand: true,
  },

  // Colours of the card and its text.
  {
    name: '--therapy-color-text',
    light: '#1b2631',
    dark: '#e6edf3',
    print: PRINT_INK,
    forced: 'CanvasText',
  },
  {
    name: '--therapy-color-text-muted',
    light: '#3d4b59',
    dark: '#b4c2cf',
    print: PRINT_INK,
    forced: 'CanvasText',
    widgets: ['cog-disclaimer'],
  },
  {
    name: '--therapy-color-heading',
    light: '--therapy-color-text',
  },
  {
    name: '--therapy-color-surface',
    light: '#ffffff',
    dark: '#17212b',
    print: PRINT_PAPER,
    forced: 'Canvas',
  },
  {
    name: '--therapy-color-border',
    light: '#77889a',
    dark: '#71849a',
    print: PRINT_INK,
    forced: 'CanvasText',
  },
  {
    name: '--therapy-color-accent-muted',
    light: '#5b6b7b',
    dark: '#9aabbb',
    print: PRINT_INK,
    forced: 'CanvasText',
    widgets: ['cog-disclaimer'],
  },
  {
    name: '--therapy-color-link',
    light: '--therapy-color-accent',
    print: PRINT_INK,
    forced: 'LinkText',
  },
  {
    name: '--therapy-color-focus',
    light: '--therapy-color-accent',
    forced: 'Highlight',
  },

  // Tones of callouts: information, a caution, and something urgent.
  ...tone('info', { edge: '#1f5f99', surface: '#eef5fb' }, { edge: '#7dbbf2', surface: '#0f2a40' }),
  ...tone('caution', { edge: '#8a5a00', surface: '#fff6e0' }, { edge: '#f2c14e', surface: '#33280c' }),
  ...tone('urgent', { edge: '#b42318', surface: '#fdf0ef' }, { edge: '#ff8a80', surface: '#3b1714' }),

  // The library's drawings, in any widget's figures: every part at least 3:1 against the picture's background.
  ...picture('background', { light: '#f7f9fb', dark: '#0f1821', print: PRINT_PAPER, forced: 'Canvas' }),
  ...picture('cell', { light: '#efe9f7', dark: '#2a2140', print: PRINT_PAPER, forced: 'Canvas' }),
  ...picture('cell-edge', { light: '#6b4fa0', dark: '#c3a8f0', print: PRINT_INK, forced: 'CanvasText' }),
  ...picture('vessel', { light: '#b3261e', dark: '#ff8a80', print: PRINT_INK, forced: 'CanvasText' }),
  ...picture('signal', { light: '#a14a00', dark: '#f2a65a', print: PRINT_INK, forced: 'CanvasText' }),
  ...picture('medicine', { light: '--therapy-color-accent', print: PRINT_INK, forced: 'CanvasText' }),

  // Type and space.
  {
    name: '--therapy-font-size',
    light: 'max(1rem, 16px)',
  },
  {
    name: '--therapy-space-outer',
    light: '1.5em',
  },
  {
    name: '--therapy-max-width',
    light: '46em',
  },
  {
    name: '--therapy-page-max-width',
    light: '50em',
    widgets: ['therapy-page'],
  },
];

/** The CSS custom property a widget's styles read for a token: private, set on the host. */
export function privateName(token: string): string {
  return token.replace(/^--therapy-/, '--_');
}

/** A token's value as CSS: another token's name becomes a reference to its private property. */
export function cssValue(value: string): string {
  return value.startsWith('--therapy-') ? `var(${privateName(value)})` : value;
}

/** Whether a widget reads a token. */
export function readsToken(token: DesignToken, tag: WidgetTag): boolean {
  return token.widgets === undefined || token.widgets.includes(tag);
}
