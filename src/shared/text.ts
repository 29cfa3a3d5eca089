import { html, type TemplateResult } from 'lit';

// A private-use character marks where a value goes in a translated sentence.
const MARK = '\uE000';

/**
 * A translated sentence cut where its value goes: the text before and after it. Undefined when a
 * translation dropped the placeholder, so the value can only be written as text.
 */
export function sentenceAround(sentence: (value: string) => string): [before: string, after: string] | undefined {
  const parts = sentence(MARK).split(MARK);
  return parts.length === 2 ? [parts[0], parts[1]] : undefined;
}

/**
 * Places rendered markup (a link, a date) inside a translated sentence at the spot the
 * translation chose for it. Sentences stay plain strings for translators; the markup stays here.
 */
export function sentenceWith(
  sentence: (value: string) => string,
  markup: TemplateResult,
  plain: string,
): TemplateResult | string {
  const parts = sentenceAround(sentence);
  // A translation that dropped the placeholder still reads right with the value as text.
  if (!parts) return sentence(plain);
  return html`${parts[0]}${markup}${parts[1]}`;
}
