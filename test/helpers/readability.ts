// The formulas, and the reading level the content is held to, live in plain modules that the
// `therapy-widgets check` command uses too.
export {
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  sentenceCount,
  spanishSyllables,
  wordsOf,
} from '../../cli/readability.mjs';
export {
  MAX_GRADE,
  MIN_PASSAGE_EASE,
  MIN_WIDGET_EASE,
  PASSAGE_WORDS,
  spanishEase,
} from '../../cli/reading-standard.mjs';
