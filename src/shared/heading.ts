import type { TemplateResult } from 'lit';
import { templatesByName } from './named-element.js';

// Lit cannot bind a tag name, so each level has its own template, made from one list of strings.
const headingTemplate = templatesByName((tag: `h${number}`) => [
  `<${tag} part=`,
  ' class=',
  ' id=',
  ' tabindex="-1">',
  `</${tag}>`,
]);

/** A heading level HTML has: 1 to 6; deeper sub-headings stay at 6. */
export const headingLevel = (level: number): number => Math.min(Math.max(level, 1), 6);

/**
 * A real `<h1>`–`<h6>` element. Levels below 6 do not exist in HTML, so deeper sub-headings
 * stay at `<h6>`. `section` names the heading for `focusSection()`; `tabindex="-1"` lets links
 * move focus to it without adding it to the tab order.
 */
export function heading(level: number, text: string, part: string, section: string = part): TemplateResult {
  return headingTemplate(`h${headingLevel(level)}`, part, part, section, text);
}
