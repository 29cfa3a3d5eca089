import { html, type TemplateResult } from 'lit';
import type { Pack, Section, SectionWidget } from '../content/types.js';
import { renderBlocks } from './blocks.js';
import { blockStyles } from './blocks.styles.js';
import { heading } from './heading.js';
import { TherapyElement } from './therapy-element.js';

/**
 * A widget that shows one section of its topic's pack: the section's title and blocks. The three
 * section widgets differ only in which section they show and in their styles. A block the pack
 * gives a `slot` name can be replaced with the page's own words through that slot.
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

  /** Which section of a pack this widget shows. */
  protected abstract readonly section: SectionWidget;

  /** The section this widget shows, from the pack. */
  protected sectionOf(pack: Pack): Section | undefined {
    return pack.sections.find((section) => section.widget === this.section);
  }

  protected override renderPack(pack: Pack): TemplateResult {
    const section = this.sectionOf(pack);
    if (!section) {
      this.warnOnce(
        `section:${pack.id}`,
        `the "${pack.id}" pack has no section for this widget; showing a "not available" message.`,
      );
      return this.renderUnavailable();
    }
    return html`${heading(this.level, section.title, 'title')}
    ${renderBlocks(section.blocks, { level: this.level + 1, phone: this.phone })}`;
  }
}
