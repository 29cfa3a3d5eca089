import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Pack, Section, SectionWidget } from '../content/types.js';
import { renderBlocks } from './blocks.js';
import { blockStyles } from './blocks.styles.js';
import { heading } from './heading.js';
import { TherapyElement } from './therapy-element.js';

/** The id of a widget's section title: `title` for its first, the pack's id for a later one. */
export function sectionTitleId(section: Section, index: number): string {
  return index === 0 ? 'title' : (section.id ?? `title-${index + 1}`);
}

/**
 * A widget that shows its sections of its topic's pack: each section's title and blocks, in the
 * pack's order. The three section widgets differ only in which sections they show and in their
 * styles. A block the pack gives a `slot` name can be replaced with the page's own words through
 * that slot.
 *
 * @csspart subtitle - Each sub-heading.
 * @csspart section - Each part of the section that starts at a sub-heading, and the part before the first.
 * @csspart list - Each bulleted list.
 * @csspart callout - Each boxed message.
 * @csspart callout-icon - The icon of a boxed message.
 * @csspart callout-label - The visible label of a boxed message, such as "Important:".
 * @csspart figures - A list of drawings.
 * @csspart figure - Each drawing with its caption.
 * @csspart picture - Each drawing.
 * @csspart caption - Each caption.
 * @csspart phone - The emergency phone link, where the text has one.
 */
export abstract class SectionElement extends TherapyElement {
  static override styles = [...TherapyElement.styles, blockStyles];

  static override properties: PropertyDeclarations = {
    ...TherapyElement.properties,
    pageSection: { attribute: 'page-section', type: Number, reflect: true },
  };

  /** Which sections of a pack this widget shows. */
  protected abstract readonly section: SectionWidget;

  /**
   * Set by `<therapy-page>` only: which one of the widget's sections it shows there. The page
   * places one widget per section, in the pack's order, so a widget's later section can come after
   * another widget's. Reflected, so a pre-rendered page says it before the script runs.
   *
   * @internal
   */
  pageSection?: number;

  protected override renderPack(pack: Pack): TemplateResult {
    const sections = pack.sections.filter((section) => section.widget === this.section);
    if (sections.length === 0) {
      this.warnOnce(
        `section:${pack.id}`,
        `the "${pack.id}" pack has no section for this widget; showing a "not available" message.`,
      );
      return this.renderUnavailable();
    }
    // Any other value (it is an attribute, so anything can be written there) shows them all.
    const shown = this.pageSection ?? -1;
    const only = Number.isInteger(shown) && shown >= 0 && shown < sections.length ? shown : undefined;
    return html`${sections.map((section, index) =>
      only === undefined || only === index
        ? html`${heading(this.level, section.title, 'title', sectionTitleId(section, index))}
          ${renderBlocks(section.blocks, { level: this.level + 1, phone: this.phone })}`
        : nothing,
    )}`;
  }
}
