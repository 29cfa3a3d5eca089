import { html, type TemplateResult } from 'lit';

type Heading = (part: string, section: string, text: string) => TemplateResult;

// One template per level. Lit cannot bind a tag name, and its static-html variant costs every
// page more than these six short templates do.
const headings: readonly Heading[] = [
  (part, section, text) => html`<h1 part=${part} class=${part} id=${section} tabindex="-1">${text}</h1>`,
  (part, section, text) => html`<h2 part=${part} class=${part} id=${section} tabindex="-1">${text}</h2>`,
  (part, section, text) => html`<h3 part=${part} class=${part} id=${section} tabindex="-1">${text}</h3>`,
  (part, section, text) => html`<h4 part=${part} class=${part} id=${section} tabindex="-1">${text}</h4>`,
  (part, section, text) => html`<h5 part=${part} class=${part} id=${section} tabindex="-1">${text}</h5>`,
  (part, section, text) => html`<h6 part=${part} class=${part} id=${section} tabindex="-1">${text}</h6>`,
];

/** A heading level HTML has: 1 to 6; deeper sub-headings stay at 6. */
export const headingLevel = (level: number): number => Math.min(Math.max(level, 1), 6);

/**
 * A real `<h1>`–`<h6>` element. Levels below 6 do not exist in HTML, so deeper sub-headings
 * stay at `<h6>`. `section` names the heading for `focusSection()`; `tabindex="-1"` lets links
 * move focus to it without adding it to the tab order.
 */
export function heading(level: number, text: string, part: string, section: string = part): TemplateResult {
  return headings[headingLevel(level) - 1](part, section, text);
}
