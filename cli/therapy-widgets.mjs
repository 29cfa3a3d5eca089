#!/usr/bin/env node
// The command authors run on their content packs and translation files before publishing them,
// and the one that prints a widget pre-rendered, for pages that should show it before, or without,
// any script.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  placeholderProblems,
  readXliff,
  schemaProblems,
  textsOf,
  translatedPack,
  translationProblems,
} from './packs.mjs';
import { fleschKincaidGrade, wordsOf } from './readability.mjs';
import { MAX_GRADE, MIN_PASSAGE_EASE, MIN_WIDGET_EASE, PASSAGE_WORDS, spanishEase } from './reading-standard.mjs';
import { runFallback } from './fallback.mjs';
import { runRender } from './render.mjs';
import { runBuild, runExtract } from './translate.mjs';
import { parseCommand } from './widget-command.mjs';

const USAGE = `Usage: therapy-widgets check [options] <pack .json and .xlf files…>

Checks content packs against the schema, their reading level, their translations, and
(with --source) wording copied from the original text.

Options:
  --max-grade <n>     highest Flesch–Kincaid grade of an English text block of 5 words or
                      more (default ${MAX_GRADE.family} for family packs, ${MAX_GRADE.child} for child packs)
  --min-ease <n>      lowest Fernández-Huerta reading ease of all the Spanish one widget shows
                      (default ${MIN_WIDGET_EASE.family} for family packs, ${MIN_WIDGET_EASE.child} for child packs)
  --min-passage-ease <n>
                      lowest reading ease of each Spanish text of ${PASSAGE_WORDS} words or more
                      (default ${MIN_PASSAGE_EASE})
  --familiar <words>  comma-separated names the reader hears from their care team, scored as
                      one short word (the pack's own name and credit always are); repeatable
  --source <file>     a plain-text file of the original wording: reports every run of six or
                      more words copied from it
  --json              print the results as JSON
  --help              show this text

A translation file <id>.<audience>.<language>.xlf, or a translated pack, is checked against
its English pack, which must be among the files.

Exit codes: 0 no problems, 1 problems found, 2 usage error or unreadable file.

Also:
  therapy-widgets extract <packs…>  writes the XLIFF files translators open (extract --help)
  therapy-widgets build <packs…>    writes the packs a page fetches, translations included (build --help)
  therapy-widgets render <widget>   prints a widget pre-rendered (render --help)
  therapy-widgets fallback <widget> prints its CMS-safe placeholder holding its text (fallback --help)`;

/**
 * The grade formula needs a few words to mean anything: a shorter English text (a heading, a
 * title) is not scored on its own.
 */
const MIN_WORDS = 5;

/** How many words in a row, copied from the source, count as copying. */
const COPIED_RUN = 6;

/**
 * @typedef {{ check: string, path: string, message: string }} Problem
 * @typedef {{ file: string, problems: Problem[], pack?: any, xliff?: import('./packs.mjs').XliffFile }} Checked
 */

class UsageError extends Error {}

/**
 * @param {string[]} argv
 */
function options(argv) {
  const parsed = parseCommand(argv, {
    'max-grade': { type: 'string' },
    'min-ease': { type: 'string' },
    'min-passage-ease': { type: 'string' },
    familiar: { type: 'string', multiple: true, default: [] },
    source: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (parsed.error !== undefined) throw new UsageError(parsed.error);
  const { values, positionals } = parsed;
  if (values.help) return { help: true };
  const [command, ...files] = positionals;
  if (command !== 'check') throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  if (files.length === 0) throw new UsageError('No files to check.');
  const number = (/** @type {string | undefined} */ value, /** @type {string} */ name) => {
    if (value === undefined) return undefined;
    const parsedNumber = Number(value);
    if (value.trim() === '' || !Number.isFinite(parsedNumber)) throw new UsageError(`--${name} needs a number.`);
    return parsedNumber;
  };
  return {
    help: false,
    files,
    json: values.json,
    maxGrade: number(values['max-grade'], 'max-grade'),
    minEase: number(values['min-ease'], 'min-ease'),
    minPassageEase: number(values['min-passage-ease'], 'min-passage-ease'),
    familiar: values.familiar
      .flatMap((list) => list.split(','))
      .map((term) => term.trim())
      .filter(Boolean),
    source: values.source,
  };
}

/**
 * @param {string} file
 */
function read(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${file}: ${/** @type {NodeJS.ErrnoException} */ (error).code ?? error}`);
  }
}

/**
 * Reads one file and checks what can be checked without the others.
 * @param {string} file
 * @returns {Promise<Checked>}
 */
async function load(file) {
  const text = read(file);
  if (file.endsWith('.json')) {
    let pack;
    try {
      pack = JSON.parse(text);
    } catch (error) {
      return { file, problems: [{ check: 'JSON', path: '', message: /** @type {Error} */ (error).message }] };
    }
    const problems = schemaProblems(pack).map(({ path, expected, found }) => ({
      check: 'schema',
      path,
      message: `expected ${expected}${found === undefined ? '' : `, found ${found}`}`,
    }));
    return problems.length > 0 ? { file, problems } : { file, problems, pack };
  }
  if (file.endsWith('.xlf') || file.endsWith('.xliff')) {
    try {
      return { file, problems: [], xliff: await readXliff(text) };
    } catch (error) {
      const message = /** @type {Error} */ (error).message.split('\n')[0];
      return { file, problems: [{ check: 'XLIFF', path: '', message: `not readable XLIFF 1.2: ${message}` }] };
    }
  }
  throw new UsageError(`${file}: a pack (.json) or a translation file (.xlf) was expected.`);
}

/**
 * @param {any} pack
 */
const packKey = (pack) => `${pack.id}/${pack.audience}`;

/**
 * The English pack an XLIFF file translates, by its name (<id>.<audience>.<language>.xlf) or,
 * failing that, by the English file it names.
 * @param {Checked} checked
 * @param {Map<string, any>} english
 */
function englishFor(checked, english) {
  const named = /^(.+)\.([a-z]+)\.([a-z]{2})\.xlf$/.exec(basename(checked.file));
  const key = named ? `${named[1]}/${named[2]}` : checked.xliff?.original.replace(/\.en\.json$/, '');
  return key === undefined ? undefined : english.get(key);
}

/**
 * Texts a translated pack is missing, or has too many of, compared with its English pack; and
 * any difference in everything that is not text.
 * @param {any} english
 * @param {any} translated
 * @returns {Problem[]}
 */
function packTranslationProblems(english, translated) {
  /** @type {Problem[]} */
  const problems = [];
  const theirs = new Map(textsOf(translated).map(({ pointer, text }) => [pointer, text]));
  const ours = textsOf(english);
  for (const { pointer, text } of ours) {
    const translation = theirs.get(pointer);
    if (translation === undefined) problems.push({ check: 'translation', path: pointer, message: 'missing' });
    else {
      problems.push(
        ...placeholderProblems(pointer, text, translation).map(({ unit, message }) => ({
          check: 'translation',
          path: unit,
          message,
        })),
      );
    }
  }
  const known = new Set(ours.map(({ pointer }) => pointer));
  for (const pointer of theirs.keys()) {
    if (!known.has(pointer)) problems.push({ check: 'translation', path: pointer, message: 'not in the English pack' });
  }
  const difference = firstDifference(skeleton(english), skeleton(translated), '');
  if (difference !== undefined && problems.length === 0) {
    problems.push({
      check: 'translation',
      path: difference,
      message: 'differs from the English pack (only texts may)',
    });
  }
  return problems;
}

/**
 * A pack without its texts and language: what every translation shares with the English.
 * @param {any} pack
 */
function skeleton(pack) {
  const copy = structuredClone(pack);
  delete copy.$schema;
  delete copy.language;
  for (const { pointer } of textsOf(pack)) {
    const keys = pointer.slice(1).split('/');
    const last = /** @type {string} */ (keys.pop());
    keys.reduce((parent, key) => parent[key], copy)[last] = null;
  }
  return copy;
}

/**
 * @param {unknown} a
 * @param {unknown} b
 * @param {string} path
 * @returns {string | undefined}
 */
function firstDifference(a, b, path) {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return a === b ? undefined : path || '/';
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference(
      /** @type {Record<string, unknown>} */ (a)[key],
      /** @type {Record<string, unknown>} */ (b)[key],
      `${path}/${key}`,
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * @param {string} text
 * @param {string[]} familiar
 * @param {string} stand
 */
function withFamiliarTerms(text, familiar, stand) {
  const escaped = familiar.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // A placeholder such as {emergency-number} is shown as a phone number, not read as words.
  return text.replace(new RegExp([...escaped, '\\{[a-z0-9-]+\\}'].join('|'), 'gi'), stand);
}

const round = (/** @type {number} */ value) => Math.round(value * 10) / 10;

const listed = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/**
 * The texts a reader meets one at a time, each with its JSON Pointer: names and credits are not
 * prose and are left out, and a callout's label is read as the start of its text ("Important: …").
 * @param {any} pack
 * @returns {(import('./packs.mjs').PackText & { section: number })[]}
 */
function shownTexts(pack) {
  const texts = textsOf(pack).filter(({ kind }) => kind !== 'name' && kind !== 'credit');
  return texts.flatMap((text, index) => {
    if (text.kind === 'callout label') return [];
    const shown = text.kind === 'callout' ? `${texts[index - 1].text} ${text.text}` : text.text;
    return [{ ...text, text: shown, section: /** @type {number} */ (text.section) }];
  });
}

/**
 * English: every text block at or below the grade. Spanish: each widget's texts together at or
 * above the widget's reading ease, and every passage at or above the passage's. The limits are the
 * library's own (reading-standard.mjs) unless the author sets others.
 * @param {any} pack
 * @param {{ maxGrade?: number, minEase?: number, minPassageEase?: number, familiar: string[] }} settings
 * @returns {Problem[]}
 */
function readingProblems(pack, settings) {
  /** @type {Problem[]} */
  const problems = [];
  const audience = /** @type {'family' | 'child'} */ (pack.audience);
  const familiar = [pack.name, pack.credit, ...settings.familiar];
  const texts = shownTexts(pack);
  if (pack.language === 'en') {
    const maxGrade = settings.maxGrade ?? MAX_GRADE[audience];
    for (const { pointer, text } of texts) {
      if (wordsOf(text).length < MIN_WORDS) continue;
      const grade = round(fleschKincaidGrade(withFamiliarTerms(text, familiar, 'it')));
      if (grade > maxGrade) {
        problems.push({
          check: 'reading level',
          path: pointer,
          message: `grade ${grade} is above ${maxGrade}: "${text}"`,
        });
      }
    }
  }
  if (pack.language === 'es') {
    const minEase = settings.minEase ?? MIN_WIDGET_EASE[audience];
    const minPassageEase = settings.minPassageEase ?? MIN_PASSAGE_EASE;
    /** @type {{ at: number, problem: Problem }[]} */
    const hardPassages = [];
    // A widget shows all its sections: they are read, and scored, together.
    const widgets = [...new Set(pack.sections.map((/** @type {any} */ section) => section.widget))];
    for (const widget of widgets) {
      const sections = pack.sections.flatMap((/** @type {any} */ section, /** @type {number} */ index) =>
        section.widget === widget ? [index] : [],
      );
      const shown = texts.filter(({ section }) => sections.includes(section));
      const { ease, hard } = spanishEase(
        shown.map(({ text }) => withFamiliarTerms(text, familiar, 'esto')),
        minPassageEase,
      );
      if (ease < minEase) {
        const together = sections.length > 1 ? `, sections ${listed.format(sections.map(String))} together` : '';
        problems.push({
          check: 'reading level',
          path: `/sections/${sections[0]}`,
          message: `reading ease ${ease} is below ${minEase} (the ${widget} widget${together})`,
        });
      }
      for (const { index, ease: passageEase } of hard) {
        hardPassages.push({
          at: texts.indexOf(shown[index]),
          problem: {
            check: 'reading level',
            path: shown[index].pointer,
            message: `reading ease ${passageEase} is below ${minPassageEase}: "${shown[index].text}"`,
          },
        });
      }
    }
    // Passages in the order they are in the pack, after the widgets.
    problems.push(...hardPassages.sort((a, b) => a.at - b.at).map(({ problem }) => problem));
  }
  return problems;
}

/**
 * Words for comparing wording: lower case, without punctuation, with their line numbers.
 * @param {string} text
 */
function comparableWords(text) {
  return text.split('\n').flatMap((line, index) =>
    (line.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).map((word) => ({
      word: word.replace(/[’']/g, ''),
      line: index + 1,
    })),
  );
}

/**
 * The original wording as every run of COPIED_RUN words in it, with the line each starts on.
 * @param {string} text
 * @returns {Map<string, number>}
 */
function sourceRuns(text) {
  const words = comparableWords(text);
  const runs = new Map();
  for (let i = 0; i + COPIED_RUN <= words.length; i++) {
    const run = words
      .slice(i, i + COPIED_RUN)
      .map(({ word }) => word)
      .join(' ');
    if (!runs.has(run)) runs.set(run, words[i].line);
  }
  return runs;
}

/**
 * Every stretch of a pack's texts made of runs copied from the source.
 * @param {any} pack
 * @param {Map<string, number>} runs
 * @param {string} sourceName
 * @returns {Problem[]}
 */
function copiedProblems(pack, runs, sourceName) {
  /** @type {Problem[]} */
  const problems = [];
  for (const { pointer, text } of textsOf(pack)) {
    const words = comparableWords(text).map(({ word }) => word);
    const copied = words.map(() => false);
    /** @type {number | undefined} */
    let firstLine;
    for (let i = 0; i + COPIED_RUN <= words.length; i++) {
      const line = runs.get(words.slice(i, i + COPIED_RUN).join(' '));
      if (line === undefined) continue;
      firstLine ??= line;
      copied.fill(true, i, i + COPIED_RUN);
    }
    for (let start = 0; start < words.length; start++) {
      if (!copied[start]) continue;
      let end = start;
      while (end < words.length && copied[end]) end++;
      const run = words.slice(start, end).join(' ');
      const line = runs.get(words.slice(start, start + COPIED_RUN).join(' ')) ?? firstLine;
      problems.push({
        check: 'copied wording',
        path: pointer,
        message: `${end - start} words in a row from ${sourceName} line ${line}: "${run}"`,
      });
      start = end;
    }
  }
  return problems;
}

/**
 * Checks the files and returns what was found in each.
 * @param {ReturnType<typeof options> & { files: string[] }} settings
 * @param {(line: string) => void} progress
 * @returns {Promise<Checked[]>}
 */
async function check(settings, progress) {
  const source = settings.source === undefined ? undefined : sourceRuns(read(settings.source));
  const results = [];
  for (const [index, file] of settings.files.entries()) {
    if (settings.files.length > 1) progress(`checking ${index + 1}/${settings.files.length}: ${file}`);
    results.push(await load(file));
  }
  const english = new Map(
    results.filter(({ pack }) => pack?.language === 'en').map(({ pack }) => [packKey(pack), pack]),
  );
  for (const checked of results) {
    let pack = checked.pack;
    if (checked.xliff) {
      const original = englishFor(checked, english);
      if (!original) {
        throw new UsageError(`${checked.file}: give the English pack it was made from too.`);
      }
      const language = checked.xliff.targetLanguage ?? '';
      const untranslated = translationProblems(original, checked.xliff, language);
      checked.problems.push(
        ...untranslated.map(({ unit, message }) => ({ check: 'translation', path: unit, message })),
      );
      if (untranslated.length === 0) {
        pack = translatedPack(original, checked.xliff, language);
        checked.problems.push(
          ...schemaProblems(pack).map(({ path, expected }) => ({
            check: 'schema',
            path,
            message: `the translation must be ${expected}`,
          })),
        );
      } else {
        pack = undefined;
      }
    } else if (pack && pack.language !== 'en') {
      const original = english.get(packKey(pack));
      if (original) checked.problems.push(...packTranslationProblems(original, pack));
    }
    if (!pack || checked.problems.some((problem) => problem.check === 'schema')) continue;
    checked.problems.push(...readingProblems(pack, settings));
    if (source) checked.problems.push(...copiedProblems(pack, source, basename(settings.source ?? '')));
  }
  return results;
}

/**
 * @param {Checked[]} results
 */
function report(results) {
  const count = (/** @type {number} */ n, /** @type {string} */ noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const lines = [];
  for (const { file, problems } of results) {
    lines.push(`${problems.length === 0 ? 'ok  ' : 'FAIL'} ${file}`);
    for (const { check, path, message } of problems) lines.push(`       ${path || '/'}  ${check}: ${message}`);
  }
  const total = results.reduce((sum, { problems }) => sum + problems.length, 0);
  const failing = results.filter(({ problems }) => problems.length > 0).length;
  const found = total === 0 ? 'no problems' : `${count(total, 'problem')} in ${count(failing, 'file')}`;
  lines.push(`\nChecked ${count(results.length, 'file')}: ${found}.`);
  return lines.join('\n');
}

/**
 * Runs the command with its arguments; resolves to the exit code.
 * @param {string[]} argv
 * @returns {Promise<number>}
 */
async function main(argv) {
  if (argv[0] === 'render') return runRender(argv.slice(1));
  if (argv[0] === 'fallback') return runFallback(argv.slice(1));
  if (argv[0] === 'extract') return runExtract(argv.slice(1));
  if (argv[0] === 'build') return runBuild(argv.slice(1));
  try {
    const settings = options(argv);
    if (settings.help || !settings.files) {
      console.log(USAGE);
      return 0;
    }
    const results = await check(settings, (line) => process.stderr.write(`${line}\n`));
    const total = results.reduce((sum, { problems }) => sum + problems.length, 0);
    if (settings.json) {
      const files = results.map(({ file, problems }) => ({ file, problems }));
      console.log(JSON.stringify({ ok: total === 0, problems: total, files }, null, 2));
    } else {
      console.log(report(results));
    }
    return total === 0 ? 0 : 1;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`therapy-widgets: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
