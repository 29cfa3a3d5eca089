import { css } from 'lit';

// Links, only in the widgets whose content has them (the token table gives those widgets the link
// and focus colours). A module of their own, so the other widgets do not carry them.
export const linkStyles = css`
  a {
    color: var(--_color-link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
    border-radius: calc(var(--_radius) / 4);
  }
`;
