// Reading-level formulas for English and Spanish. Pure functions with no imports, so the
// `therapy-widgets check` command and the browser tests share one implementation.

/**
 * Flesch–Kincaid grade level (Kincaid et al., 1975):
 *   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * Syllables are counted by spelling rules, checked against dictionary counts in
 * readability.test.ts.
 * @param {string} text
 * @returns {number}
 */
export function fleschKincaidGrade(text) {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const sentences = Math.max(1, sentenceCount(text));
  const syllables = words.reduce((sum, word) => sum + englishSyllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}

/**
 * The words of a text: runs of letters, with inner apostrophes and hyphens.
 * @param {string} text
 * @returns {string[]}
 */
export function wordsOf(text) {
  return text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
}

/**
 * Sentences end with . ! ? or a colon that leads into a list; a block without one is one sentence.
 * @param {string} text
 * @returns {number}
 */
export function sentenceCount(text) {
  return text.split(/[.!?:]+(?=\s|$)/).filter((part) => /\p{L}/u.test(part)).length;
}

// Vowel pairs that are usually two syllables in English ("ra-di-a-tion", "vi-o-lent", "re-act").
const SPLIT_PAIRS = /(?:ia|io|iu|eo|ua|uo|ea(?=ct|l\b|tiv))/g;

/**
 * English syllables by spelling rules.
 * @param {string} rawWord
 * @returns {number}
 */
export function englishSyllables(rawWord) {
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

/**
 * Fernández-Huerta reading ease (1959), Flesch's formula fitted to Spanish:
 *   206.84 − 60 × (syllables / words) − 1.02 × (words / sentences)
 * Scale: 90–100 very easy, 80–90 easy, 70–80 fairly easy (about US grade 6), 60–70 standard.
 * @param {string} text
 * @returns {number}
 */
export function fernandezHuerta(text) {
  const words = wordsOf(text);
  if (words.length === 0) return 100;
  const sentences = Math.max(1, sentenceCount(text.replace(/[¿¡]/g, '')));
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  return 206.84 - 60 * (syllables / words.length) - 1.02 * (words.length / sentences);
}

const STRONG = 'aeoáéíóú';
const VOWELS = 'aeiouáéíóúü';

/**
 * Spanish syllables by vowel nuclei: two weak vowels (i, u, ü) or a weak and a strong vowel
 * share one syllable (a diphthong); two strong vowels, or an accented í/ú beside another vowel,
 * are two (a hiatus). The u of "que", "qui", "gue", "gui" is silent; a final y is a vowel.
 * @param {string} rawWord
 * @returns {number}
 */
export function spanishSyllables(rawWord) {
  const word = rawWord
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    .replace(/([qg])u(?=[eéií])/g, '$1')
    .replace(/y$/, 'i');
  let count = 0;
  let previous = '';
  for (const letter of word) {
    if (!VOWELS.includes(letter)) {
      previous = '';
      continue;
    }
    const hiatus =
      previous !== '' &&
      ((STRONG.includes(previous) && STRONG.includes(letter) && !'íú'.includes(previous + letter)) ||
        'íú'.includes(letter) ||
        'íú'.includes(previous));
    if (previous === '' || hiatus) count += 1;
    previous = letter;
  }
  return Math.max(1, count);
}
