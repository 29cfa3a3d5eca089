// The shape of a content pack: one topic, in one language, for one audience. This mirrors
// schema/pack.schema.json, the published schema authors write against; a test checks that the
// schema and the checker in check.ts accept and refuse the same packs.

/** Who a pack is written for. */
export type Audience = 'family' | 'child';

export const AUDIENCES: readonly Audience[] = ['family', 'child'];
export const DEFAULT_AUDIENCE: Audience = 'family';

/** The widgets that show a section of a pack; `<therapy-page>` shows every section. */
export type SectionWidget = 'therapy-overview' | 'how-it-works' | 'side-effect-card';

export const SECTION_WIDGETS: readonly SectionWidget[] = ['therapy-overview', 'how-it-works', 'side-effect-card'];

/** The drawings in the library's set. */
export type PictureName = 'blood-vessels' | 'signals';

export const PICTURE_NAMES: readonly PictureName[] = ['blood-vessels', 'signals'];

/** A callout's tone; each has its own colours, icon and visible label. */
export type Tone = 'info' | 'caution' | 'urgent';

export const TONES: readonly Tone[] = ['info', 'caution', 'urgent'];

/** A sub-heading, one level below the section's title; it starts a new part of the section. */
export interface HeadingBlock {
  type: 'heading';
  /** A name for links to it ("On this page", `focusSection()`). */
  id?: string;
  text: string;
}

export interface ParagraphBlock {
  type: 'paragraph';
  slot?: string;
  text: string;
}

export interface ListBlock {
  type: 'list';
  slot?: string;
  items: string[];
}

/** A boxed message with a visible label and an icon; a slot replaces its text only. */
export interface CalloutBlock {
  type: 'callout';
  tone: Tone;
  label: string;
  slot?: string;
  text: string;
}

/** A drawing with its text alternative and caption; a slot replaces the caption only. */
export interface FigureBlock {
  type: 'figure';
  picture: PictureName;
  alt: string;
  slot?: string;
  caption: string;
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | CalloutBlock | FigureBlock;

export type BlockType = Block['type'];

export const BLOCK_TYPES: readonly BlockType[] = ['heading', 'paragraph', 'list', 'callout', 'figure'];

export interface Section {
  widget: SectionWidget;
  /**
   * A name for links to the section's title. A widget's first section is always `title`; a later
   * section of the same widget is named by this id (`title-2`, `title-3`… without one).
   */
  id?: string;
  title: string;
  blocks: Block[];
}

/** One topic, in one language, for one audience. Every text is plain text, never HTML. */
export interface Pack {
  id: string;
  language: string;
  audience: Audience;
  /** The topic's name, the title of the whole page. */
  name: string;
  /** The version of this text (`1.0.0`). */
  version: string;
  /** When this text was written or last changed, `YYYY-MM-DD`. */
  written: string;
  /** The organisation the facts come from. */
  credit: string;
  sections: Section[];
}

/** The text that stands for the page's emergency number inside a pack's text. */
export const EMERGENCY_NUMBER_TOKEN = '{emergency-number}';
