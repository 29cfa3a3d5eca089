import { css } from 'lit';

export const howItWorksStyles = css`
  .steps {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    counter-reset: step;
  }

  .step {
    counter-increment: step;
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
    border: 1px solid var(--therapy-color-border, #8a99a8);
    border-radius: calc(var(--therapy-radius, 0.5em) / 2);
    background: var(--therapy-picture-background, #f7f9fb);
  }

  figcaption::before {
    content: counter(step) '. ';
    font-weight: 700;
  }

  .cell {
    fill: var(--therapy-picture-cell, #efe9f7);
    stroke: var(--therapy-picture-cell-edge, #6b4fa0);
    stroke-width: 3;
  }

  .cell-detail {
    fill: var(--therapy-picture-cell-edge, #6b4fa0);
  }

  .vessel {
    fill: none;
    stroke: var(--therapy-picture-vessel, #b3261e);
    stroke-width: 14;
    stroke-linecap: round;
  }

  .vessel-empty {
    stroke-width: 4;
    stroke-dasharray: 2 6;
  }

  .flow {
    fill: var(--therapy-picture-background, #f7f9fb);
  }

  .medicine rect {
    fill: var(--therapy-picture-medicine, #005ea5);
    stroke: var(--therapy-picture-medicine-edge, #003a66);
    stroke-width: 2;
  }

  .medicine path {
    stroke: var(--therapy-picture-background, #f7f9fb);
    stroke-width: 2;
  }

  .signal {
    fill: none;
    stroke: var(--therapy-picture-signal, #a14a00);
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

  @media (forced-colors: active) {
    .picture {
      background: Canvas;
      border-color: CanvasText;
    }
    .cell,
    .flow {
      fill: Canvas;
      stroke: CanvasText;
    }
    .cell-detail,
    .medicine rect {
      fill: CanvasText;
      stroke: CanvasText;
    }
    .vessel,
    .signal {
      stroke: CanvasText;
    }
    .medicine path {
      stroke: Canvas;
    }
  }

  @media print {
    .picture {
      background: none;
      border-color: #000;
    }
    .cell,
    .flow {
      fill: #fff;
      stroke: #000;
    }
    .cell-detail,
    .medicine rect {
      fill: #000;
      stroke: #000;
    }
    .vessel,
    .signal {
      stroke: #000;
    }
    .medicine path {
      stroke: #fff;
    }
    .step {
      break-inside: avoid;
    }
  }
`;
