import { howItWorksTokenStyles } from '../generated/token-styles/how-it-works.js';
import { SectionElement } from '../shared/section-element.js';

/**
 * How a treatment works, in simple drawings with a short caption each: the `how-it-works`
 * section of the topic's pack. Every drawing has a text alternative that says what it shows; any
 * motion is a few seconds long and only plays for people who have not asked for reduced motion.
 *
 * The slots below are those the targeted-therapy packs name; another topic's pack names its own.
 *
 * @slot intro - Replaces the sentence before the drawings.
 * @slot caption-1 - Replaces the caption of the first drawing.
 * @slot caption-2 - Replaces the caption of the second drawing.
 *
 * @customElement how-it-works
 * @summary An illustrated explainer of how a treatment works.
 */
export class HowItWorks extends SectionElement {
  static override styles = [...SectionElement.styles, howItWorksTokenStyles];

  protected override readonly section = 'how-it-works';
}

declare global {
  interface HTMLElementTagNameMap {
    'how-it-works': HowItWorks;
  }
}
