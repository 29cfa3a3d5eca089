import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { disclaimer } from '../content/disclaimer.js';
import { reviewDates } from '../content/topics.js';
import type { DisclaimerContent, ReviewDate } from '../content/types.js';
import { EMERGENCY_NUMBER, ORGANIZATION } from '../shared/disclaimer-options.js';
import { heading } from '../shared/heading.js';
import { TherapyElement } from '../shared/therapy-element.js';
import { sentenceWith } from '../shared/text.js';
import { cogDisclaimerStyles } from './cog-disclaimer.styles.js';

/**
 * The medical disclaimer, the emergency number, the credit line and the date the content was last
 * reviewed. Place it wherever the other widgets are used.
 *
 * @customElement cog-disclaimer
 * @summary The disclaimer and credit for this health information.
 *
 * @slot notice - Replaces the list of disclaimer points (the emergency sentence included).
 * @slot credit - Replaces the credit line, for example with the wording of a licence.
 *
 * @csspart points - The list of disclaimer points.
 * @csspart emergency - The emergency sentence.
 * @csspart phone - The emergency phone link.
 * @csspart credit - The "based on information from" line.
 * @csspart publisher - The "shared by" line.
 * @csspart copyright - The copyright line.
 * @csspart reviewed - The "last reviewed" line.
 */
export class CogDisclaimer extends TherapyElement<ReviewDate> {
  static override styles = [...TherapyElement.styles, cogDisclaimerStyles];

  static override properties: PropertyDeclarations = {
    emergencyNumber: { attribute: 'emergency-number', reflect: true },
    organization: { reflect: true },
    publisher: { reflect: true },
    copyright: { reflect: true },
  };

  /**
   * The local emergency phone number shown in the emergency sentence, for example `999` or `112`.
   * Digits, spaces, `+`, `-`, `.` and brackets only; anything else falls back to 911 with a warning.
   */
  emergencyNumber: string = '911';

  /** Who the content is based on, named in the credit line "Based on information from …". */
  organization: string = "Children's Oncology Group";

  /** The hospital or site that shares this content; shown as "Shared by …" when set. */
  publisher?: string;

  /** A copyright line, for a hospital that licenses the original text; shown as written. */
  copyright?: string;

  private phone = EMERGENCY_NUMBER.fallback;
  private credit = ORGANIZATION.fallback;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('emergencyNumber')) this.phone = this.checkAttribute(EMERGENCY_NUMBER, this.emergencyNumber);
    if (changed.has('organization')) this.credit = this.checkAttribute(ORGANIZATION, this.organization);
  }

  protected override readonly topics = reviewDates;

  protected override renderTopic(lastReviewed: ReviewDate): TemplateResult {
    return this.renderDisclaimer(lastReviewed);
  }

  /** Safety text matters most: an unknown topic still shows the disclaimer, without a date. */
  protected override renderUnknownTopic(): TemplateResult {
    return this.renderDisclaimer(undefined);
  }

  private renderDisclaimer(lastReviewed: ReviewDate | undefined): TemplateResult {
    const text = disclaimer();
    const phoneLink = html`<a class="phone" part="phone" href="tel:${this.phone.replace(/[^\d+]/g, '')}"
      >${this.phone}</a
    >`;
    return html`
      ${heading(this.level, text.title, 'title')}
      <slot name="notice">
        <ul class="points" part="points">
          ${text.points.map((point) => html`<li>${point}</li>`)}
          <li class="emergency" part="emergency">${sentenceWith(text.emergency, phoneLink, this.phone)}</li>
        </ul>
      </slot>
      <slot name="credit"><p class="meta" part="credit">${text.credit(this.credit)}</p></slot>
      ${
        this.publisher?.trim()
          ? html`<p class="meta" part="publisher">${text.publishedBy(this.publisher.trim())}</p>`
          : nothing
      }
      ${this.copyright?.trim() ? html`<p class="meta" part="copyright">${this.copyright.trim()}</p>` : nothing}
      ${lastReviewed ? this.renderReviewed(text, lastReviewed) : nothing}
    `;
  }

  private renderReviewed(text: DisclaimerContent, { iso, inWords }: ReviewDate): TemplateResult {
    const shown = inWords();
    const sentence = sentenceWith(text.lastReviewed, html`<time datetime=${iso}>${shown}</time>`, shown);
    return html`<p class="meta" part="reviewed">${sentence}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cog-disclaimer': CogDisclaimer;
  }
}
