import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { page } from '../content/page.js';
import { disclaimer } from '../content/disclaimer.js';
import { wholeTopics } from '../content/topics.js';
import type { TopicContent } from '../content/types.js';
// The widgets the page is made of (their classes; registering them is therapy-page.ts's job).
import '../cog-disclaimer/cog-disclaimer.component.js';
import '../how-it-works/how-it-works.component.js';
import { EMERGENCY_NUMBER, ORGANIZATION } from '../shared/disclaimer-options.js';
import { heading } from '../shared/heading.js';
import '../side-effect-card/side-effect-card.component.js';
import '../therapy-overview/therapy-overview.component.js';
import { TherapyElement } from '../shared/therapy-element.js';
import { therapyPageStyles } from './therapy-page.styles.js';

/** An "on this page" link: the widget, its section (see `focusSection()`), and the link text. */
type Section = [widget: string, section: string, text: string];

/**
 * A whole topic on one page: a title, an "on this page" list of links, the overview, how it
 * works in pictures, side effects, the disclaimer with the last-reviewed date, and a print
 * button. It is made of the other widgets, with their headings one level below its own.
 *
 * @customElement therapy-page
 * @summary The whole topic as one element, made of the other widgets.
 *
 * @slot intro - Your own words under the title, for example how your hospital uses this treatment.
 *
 * @csspart contents - The "on this page" box.
 * @csspart print-button - The print button.
 */
export class TherapyPage extends TherapyElement<TopicContent> {
  static override styles = [...TherapyElement.styles, therapyPageStyles];

  // The same declarations as <cog-disclaimer>'s, written out: the manifest generator reads only
  // literal property declarations.
  static override properties: PropertyDeclarations = {
    emergencyNumber: { attribute: 'emergency-number', reflect: true },
    organization: { reflect: true },
    publisher: { reflect: true },
    copyright: { reflect: true },
  };

  /** Passed to `<cog-disclaimer>`: the local emergency number. */
  emergencyNumber?: string;

  /** Passed to `<cog-disclaimer>`: who the content is based on. */
  organization?: string;

  /** Passed to `<cog-disclaimer>`: the hospital that shares this content. */
  publisher?: string;

  /** Passed to `<cog-disclaimer>`: a copyright line. */
  copyright?: string;

  // Checked here, so a bad value is reported once, naming <therapy-page>.
  private phone = EMERGENCY_NUMBER.fallback;
  private credit = ORGANIZATION.fallback;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('emergencyNumber')) this.phone = this.checkAttribute(EMERGENCY_NUMBER, this.emergencyNumber);
    if (changed.has('organization')) this.credit = this.checkAttribute(ORGANIZATION, this.organization);
  }

  protected override readonly topics = wholeTopics;

  protected override renderTopic(content: TopicContent): TemplateResult {
    const overview = content.overview();
    const text = page();
    const sections: Section[] = [
      ['therapy-overview', 'title', overview.title],
      ['therapy-overview', 'how-it-works', overview.howItWorksTitle],
      ['therapy-overview', 'alone-or-combined', overview.aloneOrCombinedTitle],
      ['how-it-works', 'title', content.pictures().title],
      ['side-effect-card', 'title', content.sideEffects().title],
      ['cog-disclaimer', 'title', disclaimer().title],
    ];
    // Below <h6> there are no levels left; the widgets then stay at <h6> too.
    const level = Math.min(this.level + 1, 6);
    return html`
      ${heading(this.level, content.name(), 'title')}
      <slot name="intro"></slot>
      <nav class="contents" part="contents" aria-labelledby="contents-title">
        <p class="contents-title" id="contents-title">${text.onThisPage}</p>
        <ul>
          ${sections.map(
            ([widget, section, text]) =>
              html`<li>
                <a href="#${widget}-${section}" @click=${(event: Event) => this.goTo(event, widget, section)}
                  >${text}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      <therapy-overview id="therapy-overview" .topic=${this.topic} .headingLevel=${level}></therapy-overview>
      <how-it-works id="how-it-works" .topic=${this.topic} .headingLevel=${level}></how-it-works>
      <side-effect-card id="side-effect-card" .topic=${this.topic} .headingLevel=${level}></side-effect-card>
      <cog-disclaimer
        id="cog-disclaimer"
        .topic=${this.topic}
        .headingLevel=${level}
        .emergencyNumber=${this.phone}
        .organization=${this.credit}
        .publisher=${this.publisher}
        .copyright=${this.copyright}
      ></cog-disclaimer>
      <button class="print" part="print-button" type="button" @click=${() => window.print()}>${text.printPage}</button>
    `;
  }

  /** The sections live in the widgets' shadow roots, out of reach of plain #links. */
  private goTo(event: Event, widget: string, section: string): void {
    const target = this.shadowRoot?.getElementById(widget) as TherapyElement | null;
    if (target?.focusSection(section)) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-page': TherapyPage;
  }
}
