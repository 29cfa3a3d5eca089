import * as targetedTherapy from './targeted-therapy.js';
import type {
  OverviewContent,
  PicturesContent,
  ReviewDate,
  SideEffectsContent,
  TopicContent,
  Topics,
} from './types.js';

// Every topic the widgets can show, keyed by the value of their `topic` attribute. There is one
// table per widget, so a bundle with one widget carries only that widget's text. A new topic is
// a new content file added to each table (the type checker lists any table that misses it); no
// widget code changes.

/** The topics there is content for. */
export const TOPICS = ['targeted-therapy'] as const;
export type Topic = (typeof TOPICS)[number];

export const DEFAULT_TOPIC: Topic = 'targeted-therapy';

/** What `<therapy-overview>` says about each topic. */
export const overviewTopics: Topics<() => OverviewContent> = {
  'targeted-therapy': targetedTherapy.overview,
};

/** What `<how-it-works>` shows for each topic. */
export const pictureTopics: Topics<() => PicturesContent> = {
  'targeted-therapy': targetedTherapy.pictures,
};

/** What `<side-effect-card>` says about each topic. */
export const sideEffectTopics: Topics<() => SideEffectsContent> = {
  'targeted-therapy': targetedTherapy.sideEffects,
};

/** The date each topic's text was last reviewed, which `<cog-disclaimer>` shows. */
export const reviewDates: Topics<ReviewDate> = {
  'targeted-therapy': targetedTherapy.lastReviewed,
};

/** Each whole topic, for `<therapy-page>`, which shows every part of it. */
export const wholeTopics: Topics<TopicContent> = {
  'targeted-therapy': {
    lastReviewed: targetedTherapy.lastReviewed,
    name: targetedTherapy.name,
    overview: targetedTherapy.overview,
    pictures: targetedTherapy.pictures,
    sideEffects: targetedTherapy.sideEffects,
  },
};

/** Looks up a topic in a widget's table, forgiving stray spaces and capitals an editor may type. */
export function findTopic<Content>(topics: Topics<Content>, name: string): Content | undefined {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(topics, key) ? topics[key as Topic] : undefined;
}
