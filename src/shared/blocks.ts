import { html, nothing, svg, type TemplateResult } from 'lit';
import { pictures } from '../pictures/pictures.js';
import {
  EMERGENCY_NUMBER_TOKEN,
  type Block,
  type CalloutBlock,
  type FigureBlock,
  type Tone,
} from '../content/types.js';
import { heading } from './heading.js';

// Turns a pack's blocks into a widget's content. Every text goes through Lit's text bindings, so
// a pack can never add markup; the only markup a text can ask for is the emergency-number link.

/** What blocks need from the widget that shows them. */
export interface BlockContext {
  /** The level of the section's sub-headings. */
  level: number;
  /** The emergency phone number, already checked. */
  phone: string;
}

// A "(0)" right after the country code (`+44 (0)20 7946 0000`) is the trunk prefix, dialled only
// from inside the country: a number in international format is dialled without it (+44 20…).
const TRUNK_PREFIX_AFTER_COUNTRY_CODE = /^(\+[\s.-]*\d{1,3})[\s.-]*\(0\)/;

/**
 * The `tel:` address of a phone number as people write it: only its digits and `+`, without a
 * "(0)" that follows the country code.
 */
export const phoneHref = (phone: string): string =>
  `tel:${phone.replace(TRUNK_PREFIX_AFTER_COUNTRY_CODE, '$1').replace(/[^\d+]/g, '')}`;

/** The emergency number as a link that phones can call. */
export function phoneLink(phone: string): TemplateResult {
  return html`<a class="phone" part="phone" href=${phoneHref(phone)}>${phone}</a>`;
}

/**
 * A pack's text cut where it says `{emergency-number}`: the phone number goes between each piece
 * and the next. A text without it is one piece.
 */
export const piecesAroundPhone = (text: string): string[] => text.split(EMERGENCY_NUMBER_TOKEN);

/** A text with `{emergency-number}` shown as the phone link. */
export function richText(text: string, phone: string): TemplateResult | string {
  const pieces = piecesAroundPhone(text);
  if (pieces.length === 1) return text;
  return html`${pieces.map((part, index) => (index === 0 ? part : html`${phoneLink(phone)}${part}`))}`;
}

// Each tone's icon, drawn in the tone's colour. Decorative: the visible label says the same.
const icons: Record<Tone, TemplateResult> = {
  info: svg`<path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2.2a7.8 7.8 0 1 1 0 15.6 7.8 7.8 0 0 1 0-15.6ZM10.9 10v7h2.2v-7h-2.2Zm0-3.2V9h2.2V6.8h-2.2Z"/>`,
  caution: svg`<path fill="currentColor" d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2.2a7.8 7.8 0 1 1 0 15.6 7.8 7.8 0 0 1 0-15.6ZM10.9 6.8v6.4h2.2V6.8h-2.2Zm0 8.2v2.2h2.2V15h-2.2Z"/>`,
  urgent: svg`<path fill="currentColor" d="M12 2.5 1.5 21h21L12 2.5Zm0 4.2 7.4 12.8H4.6L12 6.7Zm-1.1 4.1v4.6h2.2v-4.6h-2.2Zm0 5.9v2.2h2.2v-2.2h-2.2Z"/>`,
};

function callout(block: CalloutBlock, phone: string): TemplateResult {
  const text = richText(block.text, phone);
  return html`<div class="callout tone-${block.tone}" part="callout">
    <svg class="callout-icon" part="callout-icon" viewBox="0 0 24 24" aria-hidden="true">${icons[block.tone]}</svg>
    <p class="callout-body">
      <strong class="callout-label" part="callout-label">${block.label}</strong>
      ${block.slot ? html`<slot name=${block.slot}>${text}</slot>` : text}
    </p>
  </div>`;
}

/**
 * Figures in a row, as one list: side by side, not numbered steps (a pack that means steps says so
 * in its words). Each drawing is an image whose name is its text alternative.
 */
function figures(group: FigureBlock[], phone: string): TemplateResult {
  // role="list": Safari stops announcing a list styled without markers unless it is explicit.
  return html`<ul class="figures" part="figures" role="list">
    ${group.map((figure) => {
      const caption = richText(figure.caption, phone);
      return html`<li class="figure" part="figure">
        <figure>
          <svg class="picture" part="picture" viewBox="0 0 240 140" role="img" aria-label=${figure.alt}>
            ${pictures[figure.picture]}
          </svg>
          <figcaption part="caption">
            ${figure.slot ? html`<slot name=${figure.slot}>${caption}</slot>` : caption}
          </figcaption>
        </figure>
      </li>`;
    })}
  </ul>`;
}

/** A paragraph or list; the blocks a slot can replace as a whole. */
function plain(block: Block, phone: string): TemplateResult {
  if (block.type === 'list') {
    return html`<ul class="list" part="list">
      ${block.items.map((item) => html`<li>${richText(item, phone)}</li>`)}
    </ul>`;
  }
  return html`<p>${richText((block as { text: string }).text, phone)}</p>`;
}

/**
 * A run of blocks without headings. Paragraphs and lists in a row that name the same slot are
 * wrapped in it together; figures in a row form one list; callouts and figures put their slot
 * around their own text.
 */
function run(blocks: readonly Block[], phone: string): TemplateResult[] {
  const out: TemplateResult[] = [];
  for (let i = 0; i < blocks.length;) {
    const block = blocks[i];
    if (block.type === 'figure') {
      const group: FigureBlock[] = [];
      while (blocks[i]?.type === 'figure') group.push(blocks[i++] as FigureBlock);
      out.push(figures(group, phone));
    } else if (block.type === 'callout') {
      out.push(callout(block, phone));
      i++;
    } else {
      const slot = 'slot' in block ? block.slot : undefined;
      const together: TemplateResult[] = [];
      do together.push(plain(blocks[i++], phone));
      while (slot && i < blocks.length && (blocks[i] as { slot?: string }).slot === slot && isPlain(blocks[i]));
      out.push(slot ? html`<slot name=${slot}>${together}</slot>` : together[0]);
    }
  }
  return out;
}

const isPlain = (block: Block) => block.type === 'paragraph' || block.type === 'list';

/**
 * A section's blocks. Where there are sub-headings, each one starts a `<section>`, and the blocks
 * before the first heading form one too, so the outline and landmarks follow the text.
 */
export function renderBlocks(blocks: readonly Block[], { level, phone }: BlockContext): TemplateResult {
  if (!blocks.some((block) => block.type === 'heading')) return html`${run(blocks, phone)}`;
  const parts: Block[][] = [[]];
  for (const block of blocks) {
    if (block.type === 'heading') parts.push([block]);
    else parts[parts.length - 1].push(block);
  }
  return html`${parts
    .filter((part) => part.length > 0)
    .map((part, index) => {
      const [first] = part;
      const title =
        first.type === 'heading' ? heading(level, first.text, 'subtitle', first.id ?? `part-${index}`) : nothing;
      return html`<section part="section">
        ${title}${run(first.type === 'heading' ? part.slice(1) : part, phone)}
      </section>`;
    })}`;
}

/** The headings of a section that links can go to: its title, then each sub-heading with an id. */
export function sectionLinks(blocks: readonly Block[]): { id: string; text: string }[] {
  return blocks.flatMap((block) => (block.type === 'heading' && block.id ? [{ id: block.id, text: block.text }] : []));
}
