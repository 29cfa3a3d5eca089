import { html, svg, type TemplateResult } from 'lit';
import { sideEffectTopics } from '../content/topics.js';
import type { SideEffectsContent } from '../content/types.js';
import { heading } from '../shared/heading.js';
import { TherapyElement } from '../shared/therapy-element.js';
import { paragraphs } from '../shared/text.js';
import { sideEffectCardStyles } from './side-effect-card.styles.js';

// A warning sign drawn in the tone's colour; decorative, since the visible label says the same.
const warningIcon = svg`<path fill="currentColor" d="M12 2.5 1.5 21h21L12 2.5Zm0 4.2 7.4 12.8H4.6L12 6.7Zm-1.1 4.1v4.6h2.2v-4.6h-2.2Zm0 5.9v2.2h2.2v-2.2h-2.2Z"/>`;

/**
 * What side effects of a treatment can be like, with rare allergic reactions called out by an
 * icon, a visible "Important" label and a coloured border, so colour is never the only signal.
 *
 * @customElement side-effect-card
 * @summary Side effects of a cancer treatment, for families.
 *
 * @slot about - Replaces the paragraphs about side effects.
 * @slot allergy-warning - Replaces the allergy warning text; the icon and "Important:" label stay.
 *
 * @csspart callout - The box around the allergy warning.
 * @csspart callout-icon - The warning icon.
 * @csspart callout-label - The "Important:" label.
 */
export class SideEffectCard extends TherapyElement<() => SideEffectsContent> {
  static override styles = [...TherapyElement.styles, sideEffectCardStyles];

  protected override readonly topics = sideEffectTopics;

  protected override renderTopic(sideEffects: () => SideEffectsContent): TemplateResult {
    const text = sideEffects();
    return html`
      ${heading(this.level, text.title, 'title')}
      <slot name="about">${paragraphs(text.about)}</slot>
      <div class="callout tone-urgent" part="callout">
        <svg class="callout-icon" part="callout-icon" viewBox="0 0 24 24" aria-hidden="true">${warningIcon}</svg>
        <p class="callout-body">
          <strong class="callout-label" part="callout-label">${text.allergyLabel}</strong>
          <slot name="allergy-warning">${text.allergyWarning}</slot>
        </p>
      </div>
      <p>${text.askCareTeam}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'side-effect-card': SideEffectCard;
  }
}
