import { css } from 'lit';
import { linkStyles } from './links.styles.js';

// How a pack's blocks look, in every widget that shows a section: lists, callouts (which read only
// their tone's semantic properties, `--_tone*`; the template picks the tone), figures and the
// library's drawings, and the emergency-number link a text may hold.
export const blockStyles = css`
  ${linkStyles}

  .list {
    margin-block: 0.5em 0.75em;
  }

  .phone {
    white-space: nowrap;
  }

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

  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .figure {
    margin: 0;
  }

  figure {
    margin: 0;
  }

  .picture {
    display: block;
    width: 100%;
    max-width: 20em;
    height: auto;
    margin-bottom: 0.5em;
    border: 1px solid var(--_color-border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_picture-background);
  }

  .cell {
    fill: var(--_picture-cell);
    stroke: var(--_picture-cell-edge);
    stroke-width: 3;
  }

  .cell-detail {
    fill: var(--_picture-cell-edge);
  }

  .vessel {
    fill: none;
    stroke: var(--_picture-vessel);
    stroke-width: 14;
    stroke-linecap: round;
  }

  .vessel-empty {
    stroke-width: 4;
    stroke-dasharray: 2 6;
  }

  .flow {
    fill: var(--_picture-background);
  }

  .medicine rect {
    fill: var(--_picture-medicine);
    stroke: var(--_color-text);
    stroke-width: 2;
  }

  .medicine path {
    stroke: var(--_picture-background);
    stroke-width: 2;
  }

  .signal {
    fill: none;
    stroke: var(--_picture-signal);
    stroke-width: 5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* Blood and signals drift toward the medicine and stop there: a few seconds, then still
     (never more than five seconds of motion), and only for people who have not asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    .flow {
      animation: flow 2s ease-in 2;
    }
    .flow-later {
      animation-delay: 1s;
      animation-iteration-count: 1;
    }
    .signal {
      animation: signal 2s ease-in 2;
    }
    .signal-later {
      animation-delay: 0.5s;
    }
  }

  @keyframes flow {
    to {
      transform: translateX(72px);
    }
  }

  @keyframes signal {
    to {
      transform: translateX(40px);
    }
  }

  /* Colours for print and forced colours come from the tokens; here only the layout. */
  @media print {
    .figure {
      break-inside: avoid;
    }
  }
`;
