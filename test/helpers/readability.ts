// The formulas live in one plain module that the `therapy-widgets check` command uses too.
export {
  englishSyllables,
  fernandezHuerta,
  fleschKincaidGrade,
  sentenceCount,
  spanishSyllables,
  wordsOf,
} from '../../cli/readability.mjs';
