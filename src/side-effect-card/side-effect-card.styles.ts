import { css } from 'lit';
import { sideEffectCardTokenStyles } from '../generated/token-styles/side-effect-card.js';

// The callout reads only its tone's semantic properties (`--_tone*`); the template picks the tone.
export const sideEffectCardStyles = css`
  ${sideEffectCardTokenStyles}

  .callout {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    margin: calc(var(--_space) * 0.8) 0;
    padding: calc(var(--_space) * 0.7) calc(var(--_space) * 0.8);
    background: var(--_tone-surface);
    color: var(--_tone-text);
    border: 1px solid var(--_tone);
    border-inline-start-width: 0.375em;
    border-radius: calc(var(--_radius) / 2);
  }

  .callout-icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    margin-top: 0.05em;
    color: var(--_tone);
  }

  .callout-body {
    min-width: 0;
    margin: 0;
  }

  .callout-label {
    font-weight: 700;
  }

  /* In a narrow container the icon sits above the text, which keeps the full width. */
  @container (max-width: 28em) {
    .callout {
      flex-direction: column;
      gap: 0.375em;
    }
    .callout-icon {
      width: 1.25em;
      height: 1.25em;
    }
  }

  /* On paper the box stays (it marks the warning), with an even border instead of a bar. */
  @media print {
    .callout {
      border-width: 2px;
      break-inside: avoid;
    }
  }
`;
