import { css } from 'lit';
import { howItWorksTokenStyles } from '../generated/token-styles/how-it-works.js';

export const howItWorksStyles = css`
  ${howItWorksTokenStyles}

  .steps {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .step {
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

  /* The step's number is text, not a CSS counter: Chromium keeps the style of a counter in a
     cache that holds on to its shadow root, and with it a removed widget and all around it. */
  .number {
    font-weight: 700;
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
    .step {
      break-inside: avoid;
    }
  }
`;
