/**
 * Flesch–Kincaid grade level (Kincaid et al., 1975):
 *   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * Syllables are counted by spelling rules, checked against dictionary counts in
 * readability.test.ts.
 */
export function fleschKincaidGrade(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const sentences = Math.max(1, sentenceCount(text));
  const syllables = words.reduce((sum, word) => sum + englishSyllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}

export function wordsOf(text: string): string[] {
  return text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
}

/** Sentences end with . ! ? or a colon that leads into a list; a block without one is one sentence. */
export function sentenceCount(text: string): number {
  return text.split(/[.!?:]+(?=\s|$)/).filter((part) => /\p{L}/u.test(part)).length;
}

// Vowel pairs that are usually two syllables in English ("ra-di-a-tion", "vi-o-lent", "re-act").
const SPLIT_PAIRS = /(?:ia|io|iu|eo|ua|uo|ea(?=ct|l\b|tiv))/g;

export function englishSyllables(rawWord: string): number {
  const parts = rawWord.toLowerCase().split(/[-’']/);
  if (parts.length > 1) return parts.reduce((sum, part) => sum + (part ? englishSyllables(part) : 0), 0);
  let word = rawWord.toLowerCase().replace(/[^a-z]/g, '');
  if (!word) return 0;
  if (word.length <= 2) return 1;
  // Silent endings: "make", "tubes", "blocked"; but "little", "wanted" and "uses" keep theirs.
  if (/[^aeiouy]e$/.test(word) && !/[^aeiouy]le$/.test(word)) word = word.slice(0, -1);
  else if (/[^aeiouytd]ed$/.test(word)) word = word.slice(0, -2);
  else if (/[^aeiouy]es$/.test(word) && !/(?:[sxz]|ch|sh|[cg])es$/.test(word)) word = word.slice(0, -2);
  // "tion", "sion", "cian" and "cious" are one syllable each.
  const cleaned = word.replace(/[tsc]i(?=[oa])/g, 's');
  const groups = (cleaned.match(/[aeiouy]+/g) ?? []).length;
  const splits = (cleaned.match(SPLIT_PAIRS) ?? []).length;
  return Math.max(1, groups + splits);
}
