import { html, type TemplateResult } from 'lit';
import { pictureTopics } from '../content/topics.js';
import type { PicturesContent } from '../content/types.js';
import { heading } from '../shared/heading.js';
import { TherapyElement } from '../shared/therapy-element.js';
import { howItWorksStyles } from './how-it-works.styles.js';
import { pictures } from './pictures.js';

/**
 * How a treatment works, as a numbered list of simple drawings with a short caption each.
 * Every drawing has a text alternative that says what it shows; any motion is a few seconds
 * long and only plays for people who have not asked for reduced motion.
 *
 * @customElement how-it-works
 * @summary An illustrated explainer of how a treatment works.
 *
 * @slot intro - Replaces the sentence before the pictures.
 * @slot caption-1 - Replaces the caption of the first picture.
 * @slot caption-2 - Replaces the caption of the second picture.
 *
 * @csspart intro - The sentence before the pictures.
 * @csspart steps - The numbered list of pictures.
 * @csspart step - Each picture with its caption.
 * @csspart picture - Each drawing.
 * @csspart caption - Each caption.
 */
export class HowItWorks extends TherapyElement<() => PicturesContent> {
  static override styles = [...TherapyElement.styles, howItWorksStyles];

  protected override readonly topics = pictureTopics;

  protected override renderTopic(content: () => PicturesContent): TemplateResult {
    const text = content();
    // role="list": Safari stops announcing a list styled without markers unless it is explicit.
    return html`
      ${heading(this.level, text.title, 'title')}
      <slot name="intro"><p part="intro">${text.intro}</p></slot>
      <ol class="steps" part="steps" role="list">
        ${text.steps.map(
          (step, index) => html`
            <li class="step" part="step">
              <figure>
                <svg class="picture" part="picture" viewBox="0 0 240 140" role="img" aria-label=${step.alt}>
                  ${pictures[step.picture]}
                </svg>
                <figcaption part="caption">
                  <span class="number">${index + 1}.</span>
                  <slot name="caption-${index + 1}">${step.caption}</slot>
                </figcaption>
              </figure>
            </li>
          `,
        )}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'how-it-works': HowItWorks;
  }
}
