import { readFile } from 'node:fs/promises';
import { checkPack, PackProblem } from '../content/check.js';
import { isTopicName, topicName } from '../content/registry.js';
import { AUDIENCES, DEFAULT_AUDIENCE, type Audience, type Block, type Pack, type Section } from '../content/types.js';
import { escapeHtml, listHtml, placeholderHolding, type WidgetSettings } from '../editors/settings.js';
import { packFolders } from './pack-folders.js';
import type { WidgetSettings as ServerSettings } from './render.js';
import { phoneHref, piecesAroundPhone } from '../shared/blocks.js';
import { dateInWords, DISCLAIMER_LINES, REVIEWED, reviewDateProblem } from '../shared/disclaimer-element.js';
import { EMERGENCY_NUMBER } from '../shared/emergency-number.js';
import { headingLevel } from '../shared/heading.js';
import {
  loadLocale,
  renderInLocale,
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  supportedLocale,
  type Locale,
} from '../shared/localization.js';
import { sentenceAround } from '../shared/text.js';
import { DEFAULT_HEADING_LEVEL, DEFAULT_TOPIC } from '../shared/therapy-element.js';
import { disclaimerWords, loadDisclaimerWords } from '../shared/words.js';
import { WIDGET_TAGS, type WidgetTag } from '../widgets.js';

// The widgets' text as plain, semantic HTML for the inside of a CMS-safe placeholder: what readers
// see without JavaScript, and what the script replaces with the widget. Made from the same packs,
// the same interface words and the same rules as the widgets, as elements every HTML filter keeps
// (headings, paragraphs, lists, <strong>, tel: links): no classes, styles, ids or custom elements.
// The editor plugins keep exactly these in a placeholder (../editors/fallback-text.ts): a new
// element or attribute here needs adding there too, or they drop the text.

/** A widget's settings for its fallback text; what is left out takes the widget's default. */
export interface FallbackOptions extends ServerSettings {
  /** The widget's tag name, such as `side-effect-card`. */
  widget: string;
  /**
   * A folder of your own packs, `<folder>/<topic>/<audience>.<language>.json`: a topic found there is
   * read from there, any other from the package's own.
   */
  packFolder?: string | URL;
  /** A pack to use instead of reading one, such as a hospital's own topic. It is checked first. */
  pack?: unknown;
}

/** A setting the fallback cannot be made with; the message says which and why. */
export class FallbackError extends Error {
  override name = 'FallbackError';
}

/** The settings after checking, as the widget would use them. */
interface Checked {
  widget: WidgetTag;
  topic: string;
  locale: Locale;
  audience: Audience;
  level: number;
  phone: string;
  organization: string;
  publisher: string;
  copyright: string;
  reviewed: string;
  reviewedBy: string;
}

/**
 * The fallback text of a widget: its heading, paragraphs, lists, boxed messages as a paragraph
 * with a visible label, and, for the disclaimer, its points with the emergency number as a
 * `tel:` link and the credit. Throws a `FallbackError` for settings the widget would not accept.
 */
export async function renderFallback(options: FallbackOptions): Promise<string> {
  const settings = check(options);
  const [pack] = await Promise.all([
    options.pack === undefined ? readPack(settings, options.packFolder) : acceptPack(options.pack, settings),
    loadLocale(settings.locale),
    loadDisclaimerWords(settings.audience, settings.locale),
  ]);
  const late = settings.reviewed && reviewDateProblem(settings.reviewed, pack.written);
  if (late) {
    throw new FallbackError(`reviewed "${settings.reviewed}" ${late}: give the date your team reviewed this text.`);
  }
  return renderInLocale(settings.locale, () => widgetHtml(pack, settings));
}

/**
 * The CMS-safe placeholder holding the widget's fallback text: what an editor pastes. The
 * placeholder carries the settings (and always `lang`, the language of the text inside it).
 */
export async function renderPlaceholder(options: FallbackOptions): Promise<string> {
  const fallback = await renderFallback(options);
  const settings = check(options);
  const written: WidgetSettings = {
    widget: settings.widget,
    topic: settings.topic,
    lang: settings.locale,
    audience: settings.audience === DEFAULT_AUDIENCE ? '' : settings.audience,
    headingLevel: String(settings.level),
    // The Listen button reads the text aloud and adds nothing to it: the same text either way.
    listen: Boolean(options.listen),
    emergencyNumber: settings.phone === EMERGENCY_NUMBER.fallback ? '' : settings.phone,
    organization: settings.organization,
    publisher: settings.publisher,
    copyright: settings.copyright,
    reviewed: settings.reviewed,
    reviewedBy: settings.reviewed ? settings.reviewedBy : '',
  };
  return placeholderHolding(written, fallback);
}

/** Checks every setting with the widgets' own rules; a value a widget would replace is refused. */
function check(options: FallbackOptions): Checked {
  const widget = WIDGET_TAGS.find((tag) => tag === String(options.widget).trim().toLowerCase());
  if (!widget) throw new FallbackError(`"${options.widget}" is not a widget. Widgets: ${WIDGET_TAGS.join(', ')}.`);
  const topic = topicName(options.topic ?? DEFAULT_TOPIC);
  if (!isTopicName(topic)) throw new FallbackError(`"${options.topic}" is not a topic name, like targeted-therapy.`);
  const locale = supportedLocale(options.lang ?? SOURCE_LOCALE);
  if (!locale) {
    throw new FallbackError(`"${options.lang}" is not a language of the widgets: ${SUPPORTED_LOCALES.join(', ')}.`);
  }
  const audience = AUDIENCES.find((name) => name === (options.audience ?? DEFAULT_AUDIENCE).trim().toLowerCase());
  if (!audience) throw new FallbackError(`"${options.audience}" is not an audience: ${AUDIENCES.join(' or ')}.`);
  const level = Number(options.headingLevel ?? DEFAULT_HEADING_LEVEL);
  if (!Number.isInteger(level) || level < 1 || level > 6) {
    throw new FallbackError(`heading level "${options.headingLevel}" is not a whole number from 1 to 6.`);
  }
  const byRule = (rule: typeof EMERGENCY_NUMBER, value: string | undefined) => {
    if (value === undefined || value.trim() === '') return rule.fallback;
    const parsed = rule.parse(value);
    // The rule's advice, without what the widget would show instead.
    const advice = rule.consequence.replace(/^[^.]*\.\s*/, '');
    if (parsed === undefined) throw new FallbackError(`${rule.attribute} "${value}" is not valid. ${advice}.`);
    return parsed;
  };
  return {
    widget,
    topic,
    locale,
    audience,
    level,
    phone: byRule(EMERGENCY_NUMBER, options.emergencyNumber),
    reviewed: byRule(REVIEWED, options.reviewed),
    organization: byRule(DISCLAIMER_LINES.organization, options.organization),
    publisher: byRule(DISCLAIMER_LINES.publisher, options.publisher),
    copyright: byRule(DISCLAIMER_LINES.copyright, options.copyright),
    reviewedBy: byRule(DISCLAIMER_LINES.reviewedBy, options.reviewedBy),
  };
}

/** The pack the settings ask for: from `folder` if it has one, else the package's own. */
async function readPack(settings: Checked, folder?: string | URL): Promise<Pack> {
  const name = `${settings.topic}/${settings.audience}.${settings.locale}.json`;
  let problem: unknown;
  for (const base of packFolders(folder)) {
    try {
      return acceptPack(JSON.parse(await readFile(new URL(name, base), 'utf8')), settings);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      problem ??= error;
    }
  }
  throw new FallbackError(`no pack for ${settings.topic} (${settings.audience}, ${settings.locale}): ${problem}`);
}

/** A pack checked as the widgets check it, and the one the settings ask for. */
function acceptPack(value: unknown, settings: Checked): Pack {
  try {
    const pack = checkPack(value);
    const expected = { id: settings.topic, audience: settings.audience, language: settings.locale };
    for (const field of ['id', 'audience', 'language'] as const) {
      if (pack[field] !== expected[field]) throw new PackProblem(`/${field}`, `"${expected[field]}"`);
    }
    return pack;
  } catch (error) {
    throw new FallbackError(`the pack is not valid (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function widgetHtml(pack: Pack, settings: Checked): string {
  const { widget, level } = settings;
  if (widget === 'cog-disclaimer') return disclaimerHtml(pack, settings, level);
  if (widget === 'therapy-page') {
    // As <therapy-page> does: its title, then each section and the disclaimer one level below.
    const below = Math.min(level + 1, 6);
    return [
      headingHtml(level, pack.name),
      ...pack.sections.map((section) => sectionHtml(section, below, settings.phone)),
      disclaimerHtml(pack, settings, below),
    ].join('\n');
  }
  // Every section the widget shows, in the pack's order, each with its own title.
  const sections = pack.sections.filter((candidate) => candidate.widget === widget);
  if (sections.length === 0) throw new FallbackError(`the "${pack.id}" pack has no section for <${widget}>.`);
  return sections.map((section) => sectionHtml(section, level, settings.phone)).join('\n');
}

const headingHtml = (level: number, text: string): string => {
  const tag = `h${headingLevel(level)}`;
  return `<${tag}>${escapeHtml(text)}</${tag}>`;
};

const phoneLinkHtml = (phone: string): string => `<a href="${escapeHtml(phoneHref(phone))}">${escapeHtml(phone)}</a>`;

/** A pack's text with `{emergency-number}` as the phone link, as the widgets show it. */
const textHtml = (text: string, phone: string): string =>
  piecesAroundPhone(text).map(escapeHtml).join(phoneLinkHtml(phone));

function sectionHtml(section: Section, level: number, phone: string): string {
  return [headingHtml(level, section.title), ...blocksHtml(section.blocks, level + 1, phone)].join('\n');
}

function blocksHtml(blocks: readonly Block[], level: number, phone: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < blocks.length;) {
    const block = blocks[i];
    if (block.type === 'figure') {
      // Figures in a row form one list, as in the widget; without the drawings, their captions.
      const captions: string[] = [];
      for (; blocks[i]?.type === 'figure'; i++) captions.push(textHtml((blocks[i] as typeof block).caption, phone));
      out.push(listHtml(captions));
      continue;
    }
    i++;
    if (block.type === 'heading') out.push(headingHtml(level, block.text));
    else if (block.type === 'list') out.push(listHtml(block.items.map((item) => textHtml(item, phone))));
    else if (block.type === 'callout') {
      // The box's visible label starts the paragraph, so its tone is said in words, not colour.
      out.push(`<p><strong>${escapeHtml(block.label)}</strong> ${textHtml(block.text, phone)}</p>`);
    } else out.push(`<p>${textHtml(block.text, phone)}</p>`);
  }
  return out;
}

/** A translated sentence with a value placed where the translation puts it, as HTML. */
function sentenceHtml(sentence: (value: string) => string, valueHtml: string, plain: string): string {
  const around = sentenceAround(sentence);
  return around ? `${escapeHtml(around[0])}${valueHtml}${escapeHtml(around[1])}` : escapeHtml(sentence(plain));
}

/** The disclaimer, as <cog-disclaimer> shows it: title, points, emergency sentence, credit, dates. */
function disclaimerHtml(pack: Pack, settings: Checked, level: number): string {
  const words = disclaimerWords(settings.audience);
  const credit = settings.organization || pack.credit;
  const paragraph = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const reviewedWhen = dateInWords(settings.reviewed || pack.written);
  return [
    headingHtml(level, words.title),
    listHtml([
      ...words.points.map(escapeHtml),
      sentenceHtml(words.emergency, phoneLinkHtml(settings.phone), settings.phone),
    ]),
    paragraph(words.credit(credit)),
    settings.publisher && paragraph(words.publishedBy(settings.publisher)),
    settings.copyright && paragraph(settings.copyright),
    paragraph(words.written(pack.version, dateInWords(pack.written))),
    settings.reviewed &&
      paragraph(
        settings.reviewedBy ? words.reviewedBy(reviewedWhen, settings.reviewedBy) : words.reviewed(reviewedWhen),
      ),
  ]
    .filter(Boolean)
    .join('\n');
}
