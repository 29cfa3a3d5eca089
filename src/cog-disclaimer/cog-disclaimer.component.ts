import { html, nothing, type TemplateResult } from 'lit';
import type { Pack } from '../content/types.js';
import { phoneLink } from '../shared/blocks.js';
import { dateInWords, DisclaimerElement } from '../shared/disclaimer-element.js';
import { heading } from '../shared/heading.js';
import { sentenceWith } from '../shared/text.js';
import { TherapyElement } from '../shared/therapy-element.js';
import { disclaimerWords } from '../shared/words.js';
import { cogDisclaimerStyles } from './cog-disclaimer.styles.js';

/**
 * The medical disclaimer, the emergency number, the credit line, the version of the text and when
 * it was written, and, only when the page states one, the publisher's own review. Place it
 * wherever the other widgets are used.
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
 * @csspart written - The line with the text's version and the date it was written.
 * @csspart reviewed - The publisher's review line, shown only when `reviewed` is set.
 */
export class CogDisclaimer extends DisclaimerElement {
  static override styles = [...TherapyElement.styles, cogDisclaimerStyles];

  protected override renderPack(pack: Pack): TemplateResult {
    return this.renderDisclaimer(pack);
  }

  /** Safety text matters most: without its pack the disclaimer still shows, without the text's dates. */
  protected override renderUnavailable(): TemplateResult {
    return this.renderDisclaimer(undefined);
  }

  private renderDisclaimer(pack: Pack | undefined): TemplateResult {
    const words = disclaimerWords(this.reader);
    const credit = this.lines.organization || pack?.credit;
    const line = (part: string, text: unknown) => html`<p class="meta" part=${part}>${text}</p>`;
    const date = (iso: string, sentence: (date: string) => string) => {
      const shown = dateInWords(iso);
      return sentenceWith(sentence, html`<time datetime=${iso}>${shown}</time>`, shown);
    };
    const reviewer = this.lines.reviewedBy;
    return html`
      ${heading(this.level, words.title, 'title')}
      <slot name="notice">
        <ul class="points" part="points">
          ${words.points.map((point) => html`<li>${point}</li>`)}
          <li class="emergency" part="emergency">
            ${sentenceWith(words.emergency, phoneLink(this.phone), this.phone)}
          </li>
        </ul>
      </slot>
      ${credit ? html`<slot name="credit">${line('credit', words.credit(credit))}</slot>` : nothing}
      ${this.lines.publisher ? line('publisher', words.publishedBy(this.lines.publisher)) : nothing}
      ${this.lines.copyright ? line('copyright', this.lines.copyright) : nothing}
      ${
        pack
          ? line(
              'written',
              date(pack.written, (shown) => words.written(pack.version, shown)),
            )
          : nothing
      }
      ${
        this.reviewDate
          ? line(
              'reviewed',
              date(this.reviewDate, (shown) => (reviewer ? words.reviewedBy(shown, reviewer) : words.reviewed(shown))),
            )
          : nothing
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cog-disclaimer': CogDisclaimer;
  }
}
