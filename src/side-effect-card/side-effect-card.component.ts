import { sideEffectCardTokenStyles } from '../generated/token-styles/side-effect-card.js';
import { SectionElement } from '../shared/section-element.js';

/**
 * What side effects of a treatment can be like: the `side-effect-card` section of the topic's
 * pack. Its boxed messages have an icon, a visible label and a coloured border, so colour is
 * never the only signal.
 *
 * The targeted-therapy packs name the slots `about` (the paragraphs about side effects) and
 * `allergy-warning` (the allergy message's text; its icon and label stay).
 *
 * @customElement side-effect-card
 * @summary Side effects of a cancer treatment, for families.
 */
export class SideEffectCard extends SectionElement {
  static override styles = [...SectionElement.styles, sideEffectCardTokenStyles];

  protected override readonly section = 'side-effect-card';
}

declare global {
  interface HTMLElementTagNameMap {
    'side-effect-card': SideEffectCard;
  }
}
