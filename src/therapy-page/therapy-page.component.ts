import { html, type TemplateResult } from 'lit';
import type { Pack, SectionWidget } from '../content/types.js';
// The widgets its template is made of (registered with it by therapy-page.ts).
import '../cog-disclaimer/cog-disclaimer.component.js';
import '../how-it-works/how-it-works.component.js';
import '../side-effect-card/side-effect-card.component.js';
import '../therapy-overview/therapy-overview.component.js';
import { sectionLinks } from '../shared/blocks.js';
import { DisclaimerElement } from '../shared/disclaimer-element.js';
import { heading } from '../shared/heading.js';
import { templatesByName } from '../shared/named-element.js';
import { sectionTitleId } from '../shared/section-element.js';
import { TherapyElement } from '../shared/therapy-element.js';
import { disclaimerWords, pageWords } from '../shared/words.js';
import { therapyPageStyles } from './therapy-page.styles.js';

// The widget of each section, with the page's settings after checking, so a bad value is reported
// once, by the page, and below <h6>, where there are no levels left, the widgets stay at <h6>.
// Being written in the template, the widgets can be pre-rendered and hydrated with the page (their
// properties reflect, so the pre-rendered HTML has them as attributes). A widget with several
// sections appears once per section, each showing its own (`pageSection`).
const sectionWidget = templatesByName((tag: SectionWidget) => [
  `<${tag} id=`,
  ' .pageSection=',
  ' .topic=',
  ' .audience=',
  ' .headingLevel=',
  ' .emergencyNumber=',
  `></${tag}>`,
]);

/** An "on this page" link: the widget element's id, its section (see `focusSection()`), and the link text. */
type Link = [element: string, section: string, text: string];

/**
 * A whole topic on one page: a title, an "on this page" list of links, every section of the
 * topic's pack in order, each shown by its widget, the disclaimer, and a print button. Its
 * widgets' headings are one level below its own.
 *
 * @customElement therapy-page
 * @summary The whole topic as one element, made of the other widgets.
 *
 * @slot intro - Your own words under the title, for example how your hospital uses this treatment.
 *
 * @csspart contents - The "on this page" box.
 * @csspart print-button - The print button.
 */
export class TherapyPage extends DisclaimerElement {
  static override styles = [...TherapyElement.styles, therapyPageStyles];

  protected override renderPack(pack: Pack): TemplateResult {
    const words = pageWords();
    const level = Math.min(this.level + 1, 6);
    // One widget per section, in the pack's order; a widget's later sections get their own.
    const counts = new Map<string, number>();
    const placed = pack.sections.map((section) => {
      const index = counts.get(section.widget) ?? 0;
      counts.set(section.widget, index + 1);
      const id = index === 0 ? section.widget : `${section.widget}-${index + 1}`;
      return { section, index, id };
    });
    const links: Link[] = [
      ...placed.flatMap(({ section, index, id }): Link[] => [
        [id, sectionTitleId(section, index), section.title],
        ...sectionLinks(section.blocks).map(({ id: sub, text }): Link => [id, sub, text]),
      ]),
      ['cog-disclaimer', 'title', disclaimerWords(pack.audience).title],
    ];
    return html`
      ${heading(this.level, pack.name, 'title')}
      <slot name="intro"></slot>
      <nav class="contents" part="contents" aria-labelledby="contents-title">
        <p class="contents-title" id="contents-title">${words.onThisPage}</p>
        <ul>
          ${links.map(
            ([widget, section, text]) =>
              html`<li>
                <a href="#${widget}-${section}" @click=${(event: Event) => this.goTo(event, widget, section)}
                  >${text}</a
                >
              </li>`,
          )}
        </ul>
      </nav>
      ${placed.map(({ section, index, id }) =>
        sectionWidget(section.widget, id, index, pack.id, pack.audience, level, this.phone),
      )}
      <cog-disclaimer
        id="cog-disclaimer"
        .topic=${pack.id}
        .audience=${pack.audience}
        .headingLevel=${level}
        .emergencyNumber=${this.phone}
        .organization=${this.lines.organization || undefined}
        .publisher=${this.lines.publisher || undefined}
        .copyright=${this.lines.copyright || undefined}
        .reviewed=${this.reviewDate || undefined}
        .reviewedBy=${(this.reviewDate && this.lines.reviewedBy) || undefined}
      ></cog-disclaimer>
      <button class="print" part="print-button" type="button" @click=${() => window.print()}>${words.printPage}</button>
    `;
  }

  /**
   * An "on this page" link opened in a new tab, bookmarked or shared: the page's address ends
   * with its #fragment, which the browser cannot find in the shadow roots. Goes there once the
   * widgets inside are shown.
   */
  protected override firstUpdated(): void {
    super.firstUpdated();
    const link = [...this.renderRoot.querySelectorAll('a')].find((a) => location.hash && a.hash === location.hash);
    if (link) {
      void Promise.all(
        [...this.renderRoot.querySelectorAll('*')].map((child) => (child as TherapyElement).updateComplete),
      ).then(() => link.click());
    }
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
