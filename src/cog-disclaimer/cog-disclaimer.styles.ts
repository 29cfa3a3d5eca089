import { css } from 'lit';

export const cogDisclaimerStyles = css`
  .base {
    border-inline-start-color: var(--therapy-color-accent-muted, #5b6b7b);
  }

  .points {
    margin-bottom: 0.75em;
  }

  .emergency {
    font-weight: 700;
  }

  .phone {
    white-space: nowrap;
  }

  .meta {
    margin: 0.25em 0 0;
    font-size: 0.9375em;
    color: var(--therapy-color-text-muted, #3d4b59);
  }

  @media print {
    .meta {
      color: #000;
    }
  }
`;
