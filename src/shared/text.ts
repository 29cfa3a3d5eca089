import { html, type TemplateResult } from 'lit';

/** Plain-text paragraphs; Lit escapes the text, so content can never inject HTML. */
export function paragraphs(texts: readonly string[]): TemplateResult {
  return html`${texts.map((text) => html`<p>${text}</p>`)}`;
}
