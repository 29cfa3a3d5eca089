import { targetedTherapy } from './targeted-therapy.js';
import type { TopicContent } from './types.js';

/**
 * Every topic the widgets can show, keyed by the value of their `topic` attribute.
 * A new topic is a new content file added here; no widget code changes.
 */
export const topics: Readonly<Record<string, TopicContent>> = {
  'targeted-therapy': targetedTherapy,
};

export const DEFAULT_TOPIC = 'targeted-therapy';

/** Looks up a topic, forgiving stray spaces and capitals an editor may type. */
export function findTopic(name: string): TopicContent | undefined {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(topics, key) ? topics[key] : undefined;
}
