import { css } from 'lit';

/**
 * Styles every widget shares. Colours, fonts and spacing come from `--therapy-*` custom
 * properties so a hospital can match its brand; the fallbacks look finished on a plain page.
 * Sizes use `em` from the host so a page's odd root font size cannot shrink the text.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    max-width: var(--therapy-max-width, 46rem);
    margin-block: var(--therapy-space-outer, 1.5em);
    font-family: var(--therapy-font-family, inherit);
    font-size: var(--therapy-font-size, max(1rem, 16px));
    line-height: 1.55;
    color: var(--therapy-color-text, #1b2631);
    text-align: start;
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .base {
    background: var(--therapy-color-surface, #ffffff);
    border: 1px solid var(--therapy-color-border, #8a99a8);
    border-inline-start: 0.375em solid var(--therapy-color-accent, #005ea5);
    border-radius: var(--therapy-radius, 0.5em);
    padding: var(--therapy-space, 1.25em);
  }

  .title,
  .subtitle {
    margin: 0 0 0.5em;
    font-family: var(--therapy-heading-font-family, inherit);
    line-height: 1.25;
    color: var(--therapy-color-heading, var(--therapy-color-text, #1b2631));
  }

  .title {
    font-size: 1.375em;
  }

  .subtitle {
    margin-top: 1.25em;
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

  a {
    color: var(--therapy-color-link, #004b87);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:focus-visible {
    outline: 3px solid var(--therapy-color-focus, #1a5fb4);
    outline-offset: 2px;
    border-radius: 2px;
  }

  .fallback {
    margin: 0;
    font-style: italic;
  }

  @media print {
    :host {
      color: #000;
      max-width: none;
    }
    .base {
      background: none;
      border: 1px solid #000;
      break-inside: avoid;
    }
    a {
      color: #000;
    }
  }
`;
