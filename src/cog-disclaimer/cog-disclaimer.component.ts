import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { disclaimer } from '../content/disclaimer.js';
import type { TopicContent } from '../content/types.js';
import { heading } from '../shared/heading.js';
import { TherapyElement } from '../shared/therapy-element.js';
import { cogDisclaimerStyles } from './cog-disclaimer.styles.js';

export const DEFAULT_EMERGENCY_NUMBER = '911';
export const DEFAULT_ORGANIZATION = "Children's Oncology Group";

// Digits with the separators people write in phone numbers; at least one digit.
const PHONE_NUMBER = /^\+?[\d\s().-]{1,30}$/;

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
export class CogDisclaimer extends TherapyElement {
  static override styles = [...TherapyElement.styles, cogDisclaimerStyles];

  /**
   * The local emergency phone number shown in the emergency sentence, for example `999` or `112`.
   * Digits, spaces, `+`, `-`, `.` and brackets only; anything else falls back to 911 with a warning.
   */
  @property({ attribute: 'emergency-number', reflect: true })
  emergencyNumber: string = '911';

  /** Who the content is based on, named in the credit line "Based on information from …". */
  @property({ reflect: true })
  organization: string = "Children's Oncology Group";

  /** The hospital or site that shares this content; shown as "Shared by …" when set. */
  @property({ reflect: true })
  publisher?: string;

  /** A copyright line, for a hospital that licenses the original text; shown as written. */
  @property({ reflect: true })
  copyright?: string;

  private phone = DEFAULT_EMERGENCY_NUMBER;
  private credit = DEFAULT_ORGANIZATION;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('emergencyNumber')) this.phone = this.checkEmergencyNumber();
    if (changed.has('organization')) this.credit = this.checkOrganization();
  }

  protected override renderTopic(content: TopicContent): TemplateResult {
    return this.renderDisclaimer(content.lastReviewed);
  }

  /** Safety text matters most: an unknown topic still shows the disclaimer, without a date. */
  protected override renderUnknownTopic(): TemplateResult {
    return this.renderDisclaimer(undefined);
  }

  private renderDisclaimer(lastReviewed: string | undefined): TemplateResult {
    const text = disclaimer();
    const phoneLink = html`<a class="phone" part="phone" href="tel:${this.phone.replace(/[^\d+]/g, '')}"
      >${this.phone}</a
    >`;
    return html`
      ${heading(this.level, text.title, 'title')}
      <slot name="notice">
        <ul class="points" part="points">
          ${text.points.map((point) => html`<li>${point}</li>`)}
          <li class="emergency" part="emergency">${text.emergency(phoneLink)}</li>
        </ul>
      </slot>
      <slot name="credit"><p class="meta" part="credit">${text.credit(this.credit)}</p></slot>
      ${
        this.publisher?.trim()
          ? html`<p class="meta" part="publisher">${text.publishedBy(this.publisher.trim())}</p>`
          : nothing
      }
      ${this.copyright?.trim() ? html`<p class="meta" part="copyright">${this.copyright.trim()}</p>` : nothing}
      ${
        lastReviewed
          ? html`<p class="meta" part="reviewed">${text.lastReviewed(this.renderDate(lastReviewed))}</p>`
          : nothing
      }
    `;
  }

  private renderDate(isoDate: string): TemplateResult {
    const date = new Date(`${isoDate}T00:00:00Z`);
    const shown = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    return html`<time datetime=${isoDate}>${shown}</time>`;
  }

  private checkEmergencyNumber(): string {
    const value = this.emergencyNumber;
    if (value === null || value === undefined) return DEFAULT_EMERGENCY_NUMBER;
    const trimmed = String(value).trim();
    if (PHONE_NUMBER.test(trimmed) && /\d/.test(trimmed)) return trimmed;
    this.warnAttribute('emergency-number', value, `showing ${DEFAULT_EMERGENCY_NUMBER}. Use digits only, like 911`);
    return DEFAULT_EMERGENCY_NUMBER;
  }

  private checkOrganization(): string {
    const value = this.organization;
    if (value === null || value === undefined) return DEFAULT_ORGANIZATION;
    const trimmed = String(value).trim();
    if (trimmed) return trimmed;
    this.warnAttribute('organization', value, `showing "${DEFAULT_ORGANIZATION}"`);
    return DEFAULT_ORGANIZATION;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cog-disclaimer': CogDisclaimer;
  }
}
