import { TONES, type Tone } from './tokens.js';

// What each design token is for, shown in the custom elements manifest and the README. Build
// tools read it; the widgets do not, so the bundle does not carry it.

const toneUse: Record<Tone, string> = {
  info: 'an info callout',
  caution: 'a caution callout',
  urgent: 'an urgent callout (the allergy warning)',
};

export const tokenDescriptions: Readonly<Record<string, string>> = {
  '--therapy-color-accent':
    "Brand colour: the thick bar at the card's start edge, and links and the focus ring unless they are set. Needs 4.5:1 against the surface.",
  '--therapy-font-family': "Font of all text; by default the page's font.",
  '--therapy-heading-font-family': 'Font of the headings.',
  '--therapy-radius': 'Corner radius of the card; the callout and focus ring use a fraction of it.',
  '--therapy-space': 'Padding inside the card; the space around callouts and sections follows it.',
  '--therapy-color-text': 'Text colour.',
  '--therapy-color-text-muted': 'Colour of secondary lines (credit, date).',
  '--therapy-color-heading': 'Heading colour.',
  '--therapy-color-surface': 'Card background.',
  '--therapy-color-border': 'Card border.',
  '--therapy-color-accent-muted': 'The start-edge bar of the disclaimer card, quieter than the accent.',
  '--therapy-color-link': 'Link colour.',
  '--therapy-color-focus': 'Focus ring colour.',
  ...Object.fromEntries(
    TONES.flatMap((tone) => [
      [`--therapy-color-${tone}`, `Border and icon of ${toneUse[tone]}.`],
      [`--therapy-color-${tone}-surface`, `Background of ${toneUse[tone]}.`],
      [`--therapy-color-${tone}-text`, `Text of ${toneUse[tone]}.`],
    ]),
  ),
  '--therapy-picture-background': 'Background of the drawings.',
  '--therapy-picture-cell': 'Fill of the cancer cell in the drawings.',
  '--therapy-picture-cell-edge': 'Outline and details of the cancer cell.',
  '--therapy-picture-vessel': 'The blood vessel.',
  '--therapy-picture-signal': 'The signals.',
  '--therapy-picture-medicine': 'The medicine; by default the accent colour.',
  '--therapy-font-size':
    "Size of the body text; headings scale with it. Never below 16px, whatever the page's root size.",
  '--therapy-space-outer': 'Space above and below the card.',
  '--therapy-max-width': 'Widest the card grows.',
  '--therapy-page-max-width': 'Widest the whole page grows.',
};
