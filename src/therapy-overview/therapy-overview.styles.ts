import { css } from 'lit';

export const therapyOverviewStyles = css`
  .examples {
    margin-block: 0.5em 0.75em;
  }
`;
