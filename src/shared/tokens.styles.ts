import { unsafeCSS } from 'lit';
import { TONES, cssValue, designTokens, privateName, type DesignToken } from './tokens.js';

// Each token is resolved once, on the host, into a private property (`--therapy-color-text` into
// `--_color-text`): the page's value if it set one, else the default. The widgets' CSS reads only
// the private properties, so print and forced-colours mode can swap a whole palette here.

function declarations(value: (token: DesignToken) => string | undefined): string {
  return designTokens
    .flatMap((token) => {
      const resolved = value(token);
      return resolved === undefined ? [] : [`${privateName(token.name)}: ${resolved};`];
    })
    .join('\n');
}

const fromPage = (token: DesignToken, fallback: string) => `var(${token.name}, ${fallback})`;

// Colours with a dark default follow the `color-scheme` the page (or a container) sets.
const defaults = declarations((token) =>
  fromPage(token, token.dark ? `light-dark(${cssValue(token.light)}, ${cssValue(token.dark)})` : cssValue(token.light)),
);

// Browsers without light-dark() (before 2024) get the light appearance.
const lightOnly = declarations((token) => (token.dark ? fromPage(token, cssValue(token.light)) : undefined));

const print = declarations((token) => token.print);
const forced = declarations((token) => token.forced);

// A tone maps onto three semantic properties that a callout reads: `--_tone`, `--_tone-surface`
// and `--_tone-text`. `class="tone-urgent"` picks the urgent tokens.
const tones = TONES.map(
  (tone) => `.tone-${tone} {
    --_tone: var(--_color-${tone});
    --_tone-surface: var(--_color-${tone}-surface);
    --_tone-text: var(--_color-${tone}-text);
  }`,
).join('\n');

// Built as text, not with the css tag, because whole blocks of declarations are generated.
export const tokenStyles = unsafeCSS(`
  :host {
    ${defaults}
  }

  @supports not (color: light-dark(#000, #fff)) {
    :host {
      ${lightOnly}
    }
  }

  @media print {
    :host {
      ${print}
    }
  }

  @media (forced-colors: active) {
    :host {
      ${forced}
    }
  }

  ${tones}
`);
