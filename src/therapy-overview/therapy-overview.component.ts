import { therapyOverviewTokenStyles } from '../generated/token-styles/therapy-overview.js';
import { SectionElement } from '../shared/section-element.js';

/**
 * What a treatment is, how it works, and whether it is used alone or with other treatments,
 * in plain words for children with cancer and their families: the `therapy-overview` sections of
 * the topic's pack, each with its own title. In `<therapy-page>`, the drawings of
 * `<how-it-works>` come between them.
 *
 * The slots below are those the targeted-therapy packs name; another topic's pack names its own.
 *
 * @slot what-it-is - Replaces the opening paragraphs (what the treatment is).
 * @slot alone-or-combined - Replaces the text under "Is it used with other treatments?"; the title stays.
 * @slot how-it-works - Replaces the text under "How does it work?"; the heading stays.
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
