import { html, literal, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const headingTags: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/**
 * A real `<h1>`–`<h6>` element. Levels below 6 do not exist in HTML, so deeper sub-headings
 * stay at `<h6>`. `section` names the heading for `focusSection()`; `tabindex="-1"` lets links
 * move focus to it without adding it to the tab order.
 */
export function heading(level: number, text: string, part: string, section: string = part): TemplateResult {
  const tag = headingTags[Math.min(Math.max(level, 1), 6) - 1];
  // `tag` is a static literal from the list above, which lit's static html allows as a tag name.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${tag} part=${part} class=${part} id=${section} tabindex="-1">${text}</${tag}>`;
}
