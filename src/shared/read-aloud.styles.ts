import { css } from 'lit';

/**
 * The read-aloud buttons' styles, in every widget, since any widget may read aloud; the
 * code that reads (read-aloud.ts) is loaded only by widgets with `listen`. */
export const readAloudStyles = css`
  .listen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 0.75em;
  }

  .listen button {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 44px;
    padding: 0.375em 0.875em;
    font: inherit;
    font-size: 1em;
    color: var(--_color-accent);
    background: var(--_color-surface);
    border: 2px solid var(--_color-accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .listen button:hover {
    text-decoration: underline;
  }

  .listen button:focus-visible {
    outline: 3px solid var(--_color-accent);
    outline-offset: 2px;
  }

  .listen svg {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: currentColor;
  }

  @media (forced-colors: active) {
    .listen button {
      color: ButtonText;
      border-color: ButtonText;
    }
  }

  @media print {
    .listen {
      display: none;
    }
  }
`;
