import { html, type TemplateResult } from 'lit';

// A private-use character marks where a value goes in a translated sentence.
const MARK = '\uE000';

/**
 * Places rendered markup (a link, a date) inside a translated sentence at the spot the
 * translation chose for it. Sentences stay plain strings for translators; the markup stays here.
 */
export function sentenceWith(
  sentence: (value: string) => string,
  markup: TemplateResult,
  plain: string,
): TemplateResult | string {
  const parts = sentence(MARK).split(MARK);
  // A translation that dropped the placeholder still reads right with the value as text.
  if (parts.length !== 2) return sentence(plain);
  return html`${parts[0]}${markup}${parts[1]}`;
}
