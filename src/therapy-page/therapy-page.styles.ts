import { css } from 'lit';
import { therapyPageTokenStyles } from '../generated/token-styles/therapy-page.js';
import { linkStyles } from '../shared/links.styles.js';

export const therapyPageStyles = css`
  ${therapyPageTokenStyles}
  ${linkStyles}

  :host {
    max-width: var(--_page-max-width);
  }

  /* The page is a frame for the widget cards inside it, not a card itself; its title and links
     are on its own surface colour, so they stay readable whatever is behind the widget. */
  .base {
    border: 0;
    border-radius: 0;
    padding: 0;
  }

  .contents {
    margin: 0 0 1.5em;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--_color-border);
  }

  .contents-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }

  .contents ul {
    margin: 0;
  }

  .print {
    font: inherit;
    font-size: 1em;
    margin-top: 0.5em;
    padding: 0.5em 1em;
    min-height: 44px;
    color: var(--_color-surface);
    background: var(--_color-accent);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .print:hover {
    text-decoration: underline;
  }

  .print:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }

  /* A button's colours: otherwise the text would be drawn in the surface's system colour on a
     plate of that same colour, and vanish. */
  @media (forced-colors: active) {
    .print {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }

  /* Pre-rendered and shown without the script: its links into the widgets and its print button
     need the script, so they wait for it. On screens where scripting is on, they keep their place,
     unseen, so nothing moves when the script shows them, for a few seconds: a script that has not
     come by then may never come. With scripting off (or unknown) and on paper they take no space. */
  :host(:not(:defined)) .contents,
  :host(:not(:defined)) .print {
    display: none;
  }
  @media screen and (scripting: enabled) {
    :host(:not(:defined)) .contents,
    :host(:not(:defined)) .print {
      display: revert;
      visibility: hidden;
      /* As long as therapy-widgets.css holds a widget's space (HOLD_SECONDS, scripts/tokens.mjs). */
      animation: give-back-space 0s 6s forwards;
    }
  }
  @keyframes give-back-space {
    to {
      display: none;
    }
  }

  /* The page may run over several sheets; each card inside still keeps together. */
  @media print {
    .base {
      break-inside: auto;
    }
    .contents,
    .print {
      display: none;
    }
  }
`;
