import { css } from 'lit';
import { sharedTokenStyles } from '../generated/token-styles/shared.js';
import { readAloudStyles } from './read-aloud.styles.js';

/**
 * Styles every widget shares. Every colour, font, radius and space comes from a design token
 * (see tokens.ts), read through its private `--_*` property; the tokens every widget reads are
 * declared here, the others in the styles of the widgets that read them. Sizes use `em` of the widget's own
 * font size, so a page's odd root font size cannot shrink the text or the card.
 */
export const baseStyles = css`
  ${sharedTokenStyles}
  ${readAloudStyles}

  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--_max-width);
    margin-block: var(--_space-outer);
    /* Children adapt to the widget's width, not the viewport's (a sidebar, a column). */
    container-type: inline-size;
    /* A size container has no width of its own to offer a float, inline-block or flex row;
       this is what it asks for there instead of collapsing to nothing, and a flex row may not
       squeeze it below that unless the row itself is narrower. */
    contain-intrinsic-inline-size: 20em;
    min-inline-size: min(20em, 100%);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
  }

  :host([hidden]) {
    display: none;
  }

  /* Set, not inherited: a page's "* { box-sizing: content-box }" reaches the host element. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .base {
    /* Text settings live inside, not on the host: a page rule such as "* { … }" reaches the
       host element and would win there, then be inherited by everything in the card. */
    line-height: 1.55;
    color: var(--_color-text);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    font-style: normal;
    font-weight: normal;
    overflow-wrap: anywhere;
    writing-mode: horizontal-tb;
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-inline-start: 0.375em solid var(--_color-accent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  .title,
  .subtitle {
    margin: 0 0 0.5em;
    font-family: var(--_heading-font-family);
    line-height: 1.25;
    color: var(--_color-heading);
  }

  .title {
    font-size: 1.375em;
  }

  .subtitle {
    margin-top: var(--_space);
    font-size: 1.125em;
  }

  p,
  ul {
    margin: 0 0 0.75em;
    font-size: 1em;
  }

  ul {
    padding-inline-start: 1.5em;
  }

  li + li {
    margin-top: 0.375em;
  }

  .base > :last-child,
  section > :last-child {
    margin-bottom: 0;
  }

  .fallback {
    margin: 0;
    font-style: italic;
  }

  /* A narrow container (a sidebar, a phone): less padding, a thinner bar, a smaller title. */
  @container (max-width: 28em) {
    .base {
      border-inline-start-width: 0.25em;
      padding: calc(var(--_space) * 0.6);
    }
    .title {
      font-size: 1.25em;
    }
    ul {
      padding-inline-start: 1.125em;
    }
  }

  /* A handout: dark on white (the print tokens), every border thin, no card split over pages. */
  @media print {
    :host {
      max-width: none;
    }
    .base {
      border-width: 1px;
      break-inside: avoid;
    }
  }
`;
