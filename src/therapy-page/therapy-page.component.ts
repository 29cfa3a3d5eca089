import { html, type TemplateResult } from 'lit';
import type { Pack } from '../content/types.js';
import type { CogDisclaimer } from '../cog-disclaimer/cog-disclaimer.component.js';
import { sectionLinks } from '../shared/blocks.js';
import { DisclaimerElement } from '../shared/disclaimer-element.js';
import { heading } from '../shared/heading.js';
import { SectionElement, sectionShownInPage, sectionTitleId } from '../shared/section-element.js';
import { TherapyElement } from '../shared/therapy-element.js';
import { disclaimerWords, pageWords } from '../shared/words.js';
import { therapyPageStyles } from './therapy-page.styles.js';

/** An "on this page" link: the widget, its section (see `focusSection()`), and the link text. */
// The id of the widget element in the page, the id of a heading inside it, and its text.
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

  private readonly widgets = new Map<string, TherapyElement>();

  protected override renderPack(pack: Pack): TemplateResult {
    const words = pageWords();
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
      ${placed.map(({ section, index, id }) => this.widget(section.widget, pack, id, index))}
      ${Object.assign(this.widget('cog-disclaimer', pack, 'cog-disclaimer'), {
        organization: this.organization,
        publisher: this.publisher,
        copyright: this.copyright,
        reviewed: this.reviewDate || undefined,
        reviewedBy: this.reviewDate ? this.reviewedBy : undefined,
      })}
      <button class="print" part="print-button" type="button" @click=${() => window.print()}>${words.printPage}</button>
    `;
  }

  /**
   * The widget that shows a section of the page's pack, made once and kept. (Lit cannot
   * bind a tag name; one element per widget also keeps each widget's state across renders.)
   */
  private widget(tag: string, pack: Pack, id: string, section?: number): TherapyElement & Partial<CogDisclaimer> {
    let widget = this.widgets.get(id);
    if (widget?.localName !== tag) {
      widget = this.ownerDocument.createElement(tag) as TherapyElement;
      widget.id = id;
      this.widgets.set(id, widget);
    }
    if (section !== undefined && widget instanceof SectionElement) sectionShownInPage.set(widget, section);
    // The pack's own topic and audience: the page's settings after checking, so a bad value is
    // reported once, by the page. Below <h6> there are no levels left; the widgets stay at <h6>.
    return Object.assign(widget, {
      topic: pack.id,
      audience: pack.audience,
      headingLevel: Math.min(this.level + 1, 6),
      emergencyNumber: this.phone,
    });
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
