import { sideEffectCardTokenStyles } from '../generated/token-styles/side-effect-card.js';
import { SectionElement } from '../shared/section-element.js';

/**
 * What side effects of a treatment can be like: the `side-effect-card` section of the topic's
 * pack. Its boxed messages have an icon, a visible label and a coloured border, so colour is
 * never the only signal.
 *
 * The slots below are those the targeted-therapy packs name; another topic's pack names its own.
 *
 * @slot about - Replaces the paragraphs about side effects.
 * @slot allergy-warning - Replaces the allergy warning's text; the icon and "Important:" label stay.
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
