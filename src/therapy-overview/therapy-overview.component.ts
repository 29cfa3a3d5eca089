import { html, type TemplateResult } from 'lit';
import { overviewTopics } from '../content/topics.js';
import type { OverviewContent } from '../content/types.js';
import { heading } from '../shared/heading.js';
import { TherapyElement } from '../shared/therapy-element.js';
import { paragraphs } from '../shared/text.js';
import { therapyOverviewStyles } from './therapy-overview.styles.js';

/**
 * What a treatment is, how it works, and whether it is used alone or with other treatments,
 * in plain words for children with cancer and their families.
 *
 * @customElement therapy-overview
 * @summary An overview of a cancer treatment for families.
 *
 * @slot what-it-is - Replaces the opening paragraphs (what the treatment is).
 * @slot how-it-works - Replaces the text under "How does it work?"; the heading stays.
 * @slot alone-or-combined - Replaces the text under "Is it used with other treatments?"; the heading stays.
 *
 * @csspart subtitle - Each sub-heading.
 * @csspart section - Each section (what it is, how it works, alone or combined).
 * @csspart examples - The list of the ways the treatment works.
 */
export class TherapyOverview extends TherapyElement<() => OverviewContent> {
  static override styles = [...TherapyElement.styles, therapyOverviewStyles];

  protected override readonly topics = overviewTopics;

  protected override renderTopic(overview: () => OverviewContent): TemplateResult {
    const text = overview();
    const sub = this.level + 1;
    return html`
      ${heading(this.level, text.title, 'title')}
      <section part="section">
        <slot name="what-it-is">${paragraphs(text.whatItIs)}</slot>
      </section>
      <section part="section">
        ${heading(sub, text.howItWorksTitle, 'subtitle', 'how-it-works')}
        <slot name="how-it-works">
          ${paragraphs(text.howItWorks)}
          <p>${text.examplesIntro}</p>
          <ul class="examples" part="examples">
            ${text.examples.map((example) => html`<li>${example}</li>`)}
          </ul>
          <p>${text.howItWorksSummary}</p>
        </slot>
      </section>
      <section part="section">
        ${heading(sub, text.aloneOrCombinedTitle, 'subtitle', 'alone-or-combined')}
        <slot name="alone-or-combined">${paragraphs(text.aloneOrCombined)}</slot>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-overview': TherapyOverview;
  }
}
