import { css } from 'lit';
import { therapyOverviewTokenStyles } from '../generated/token-styles/therapy-overview.js';

export const therapyOverviewStyles = css`
  ${therapyOverviewTokenStyles}

  .examples {
    margin-block: 0.5em 0.75em;
  }
`;
