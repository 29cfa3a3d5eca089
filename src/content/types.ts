import type { Topic } from './topics.js';

/** What `<therapy-overview>` says about a topic. Every string is plain text, never HTML. */
export interface OverviewContent {
  title: string;
  /** What the treatment is. */
  whatItIs: string[];
  howItWorksTitle: string;
  howItWorks: string[];
  /** Lead-in sentence for the list of examples. */
  examplesIntro: string;
  examples: string[];
  /** What every kind has in common, after the examples. */
  howItWorksSummary: string;
  aloneOrCombinedTitle: string;
  aloneOrCombined: string[];
}

/** What `<side-effect-card>` says about a topic. */
export interface SideEffectsContent {
  title: string;
  about: string[];
  allergyLabel: string;
  allergyWarning: string;
  askCareTeam: string;
}

/** The drawings `<how-it-works>` knows how to draw. */
export type PictureName = 'blood-vessels' | 'signals';

/** One illustrated step: which drawing, what it shows in words, and its caption. */
export interface PictureStep {
  picture: PictureName;
  /** Says everything the drawing shows, for people who cannot see it. */
  alt: string;
  caption: string;
}

/** What `<how-it-works>` says about a topic. */
export interface PicturesContent {
  title: string;
  intro: string;
  steps: PictureStep[];
}

/** When a topic's text was last reviewed. */
export interface ReviewDate {
  /** The date as ISO `YYYY-MM-DD`, for `<time datetime>`. */
  iso: string;
  /**
   * The same date in words, as a translated string ("November 27, 2026"), rather than formatted
   * with `Intl.DateTimeFormat`: its first use on a page loads the browser's date data, which
   * delays a first visit by about 25 ms. Tests check the words against the ISO date.
   */
  inWords(): string;
}

/** One topic of patient-education content, with the metadata health pages must show. */
export interface TopicContent {
  lastReviewed: ReviewDate;
  /** The topic's name, as a page title. */
  name(): string;
  overview(): OverviewContent;
  pictures(): PicturesContent;
  sideEffects(): SideEffectsContent;
}

/**
 * One widget's content for every topic, keyed by the value of the `topic` attribute. Keyed by
 * `Topic`, so a table that misses a topic does not compile.
 */
export type Topics<Content> = Readonly<Record<Topic, Content>>;

/** What `<cog-disclaimer>` says; the same for every topic. */
export interface DisclaimerContent {
  title: string;
  points: string[];
  /** The emergency sentence, with the phone number placed where the language needs it. */
  emergency(number: string): string;
  credit(organization: string): string;
  publishedBy(publisher: string): string;
  lastReviewed(date: string): string;
}

/** What `<therapy-page>` says around the widgets. */
export interface PageContent {
  onThisPage: string;
  printPage: string;
}
