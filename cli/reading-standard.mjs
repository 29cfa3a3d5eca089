// The reading level every pack is held to: the library's own packs in its browser tests, and any
// pack `therapy-widgets check` is given, unless its author sets other limits. One definition, so
// the two cannot drift apart. Stated for readers in docs/languages.md. No Node imports: the
// browser tests import it too.
import { fernandezHuerta } from './readability.mjs';

/** The highest Flesch–Kincaid grade of an English text block, by audience. */
export const MAX_GRADE = Object.freeze({ family: 6, child: 3 });

/**
 * The lowest Fernández-Huerta reading ease of all the Spanish one widget shows, by audience.
 * On the formula's scale 80 and above is "easy".
 */
export const MIN_WIDGET_EASE = Object.freeze({ family: 80, child: 85 });

/** The lowest reading ease of each Spanish passage, for every audience: "fairly easy", about US grade 6. */
export const MIN_PASSAGE_EASE = 70;

/**
 * A passage is a text of this many words or more. The formula needs a few words to mean anything,
 * so a shorter text (a heading, a label) counts only with the rest of its widget.
 */
export const PASSAGE_WORDS = 8;

/**
 * Fernández-Huerta reading ease to one decimal, cut rather than rounded, so that a text shown as
 * at a limit is at it.
 * @param {string} text
 * @returns {number}
 */
const easeOf = (text) => Math.floor(fernandezHuerta(text) * 10) / 10;

/**
 * The Spanish one widget shows, measured: the reading ease of all of it together, and each passage
 * that reads below `minPassageEase`, with its place in `texts`.
 * @param {string[]} texts the widget's texts in reading order, each as it is shown on its own: a
 *   heading, paragraph, list item, caption or text alternative, or a callout's label and text
 * @param {number} [minPassageEase]
 * @returns {{ ease: number, hard: { index: number, text: string, ease: number }[] }}
 */
export function spanishEase(texts, minPassageEase = MIN_PASSAGE_EASE) {
  const hard = texts.flatMap((text, index) => {
    if (text.trim().split(/\s+/).length < PASSAGE_WORDS) return [];
    const ease = easeOf(text);
    return ease < minPassageEase ? [{ index, text, ease }] : [];
  });
  return { ease: easeOf(texts.join(' ')), hard };
}
