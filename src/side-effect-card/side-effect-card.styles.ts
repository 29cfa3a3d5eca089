import { css } from 'lit';

export const sideEffectCardStyles = css`
  .callout {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    margin: 1em 0;
    padding: 0.875em 1em;
    background: var(--therapy-color-urgent-surface, #fdf0ef);
    color: var(--therapy-color-urgent-text, #1b2631);
    border: 1px solid var(--therapy-color-urgent, #b42318);
    border-inline-start-width: 0.375em;
    border-radius: calc(var(--therapy-radius, 0.5em) / 2);
  }

  .callout-icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin-top: 0.05em;
    color: var(--therapy-color-urgent, #b42318);
  }

  .callout-body {
    min-width: 0;
  }

  .callout-label {
    font-weight: 700;
  }

  @media (forced-colors: active) {
    .callout-icon {
      color: CanvasText;
    }
  }

  @media print {
    .callout {
      background: none;
      color: #000;
      border-color: #000;
    }
    .callout-icon {
      color: #000;
    }
  }
`;
