import { css } from 'lit';

export const therapyPageStyles = css`
  :host {
    max-width: var(--therapy-page-max-width, 50rem);
  }

  /* The page is a frame for the widget cards inside it, not a card itself. */
  .base {
    background: none;
    border: 0;
    border-radius: 0;
    padding: 0;
  }

  .contents {
    margin: 0 0 1.5em;
    padding: 0.75em 1em;
    border-inline-start: 0.25em solid var(--therapy-color-border, #8a99a8);
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
    color: var(--therapy-color-surface, #ffffff);
    background: var(--therapy-color-accent, #005ea5);
    border: 2px solid var(--therapy-color-accent, #005ea5);
    border-radius: var(--therapy-radius, 0.5em);
    cursor: pointer;
  }

  .print:hover {
    text-decoration: underline;
  }

  .print:focus-visible {
    outline: 3px solid var(--therapy-color-focus, #1a5fb4);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .print {
      border-color: ButtonText;
    }
  }

  @media print {
    .contents,
    .print {
      display: none;
    }
  }
`;
