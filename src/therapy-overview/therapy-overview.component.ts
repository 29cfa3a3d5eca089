import { therapyOverviewTokenStyles } from '../generated/token-styles/therapy-overview.js';
import { SectionElement } from '../shared/section-element.js';

/**
 * What a treatment is, how it works, and whether it is used alone or with other treatments,
 * in plain words for children with cancer and their families: the `therapy-overview` section of
 * the topic's pack.
 *
 * The targeted-therapy packs name the slots `what-it-is`, `how-it-works` and `alone-or-combined`;
 * each replaces the text of that part (its heading stays).
 *
 * @customElement therapy-overview
 * @summary An overview of a cancer treatment for families.
 */
export class TherapyOverview extends SectionElement {
  static override styles = [...SectionElement.styles, therapyOverviewTokenStyles];

  protected override readonly section = 'therapy-overview';
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-overview': TherapyOverview;
  }
}
