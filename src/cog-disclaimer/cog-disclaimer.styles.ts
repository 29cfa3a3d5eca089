import { css } from 'lit';
import { cogDisclaimerTokenStyles } from '../generated/token-styles/cog-disclaimer.js';
import { linkStyles } from '../shared/links.styles.js';

export const cogDisclaimerStyles = css`
  ${cogDisclaimerTokenStyles}
  ${linkStyles}

  .base {
    border-inline-start-color: var(--_color-accent-muted);
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

  /* The credit and dates: set apart by colour, at the body's size (never under 16px). */
  .meta {
    margin: 0.25em 0 0;
    color: var(--_color-text-muted);
  }
`;
