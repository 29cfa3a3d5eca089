// Turning English packs into the files translators open and the files pages fetch:
// `therapy-widgets extract` writes an XLIFF file per pack and language, keeping the translations of
// unchanged texts; `therapy-widgets build` checks each pack and writes it, with every translation
// made from its XLIFF file, where a page's pack folder expects them. The project's own packs go
// through the same functions (scripts/extract-packs.mjs, scripts/build-packs.mjs).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  currentTargets,
  readXliff,
  schemaProblems,
  textsOf,
  translatedPack,
  translationProblems,
  writeXliff,
} from './packs.mjs';
import { parseCommand } from './widget-command.mjs';

/** A translation file's name: `<id>.<audience>.<language>.xlf`. */
export const xliffName = (pack, language) => `${pack.id}.${pack.audience}.${language}.xlf`;

/**
 * Writes or refreshes the translation file of an English pack for each language, in `folder`.
 * @param {any} english the English pack
 * @param {{ folder: string, languages: string[] }} options
 * @returns {Promise<{ file: string, texts: number, kept: number }[]>}
 */
export async function extractPack(english, { folder, languages }) {
  mkdirSync(folder, { recursive: true });
  const written = [];
  for (const language of languages) {
    const file = join(folder, xliffName(english, language));
    const kept = existsSync(file) ? currentTargets(english, await readXliff(readFileSync(file, 'utf8'))) : new Map();
    writeFileSync(file, await writeXliff(english, language, kept));
    written.push({ file, texts: textsOf(english).length, kept: kept.size });
  }
  return written;
}

/**
 * What keeps a pack from being an English pack to translate: its schema errors and its language,
 * each naming `file` and the place.
 * @param {string} file
 * @param {any} pack
 * @returns {string[]}
 */
export function englishPackProblems(file, pack) {
  const problems = schemaProblems(pack).map((p) => `${file} ${p.path || '/'}: expected ${p.expected}`);
  if (pack?.language !== 'en') problems.push(`${file}: an English pack ("language": "en") was expected`);
  return problems;
}

/**
 * Checks an English pack and writes it, minified and without `$schema`, to
 * `<out>/<id>/<audience>.en.json`, then each language's pack made from its translation file in
 * `xliff`. Nothing of a pack with a problem is written; every problem is returned, naming the
 * file (and the unit).
 * @param {string} file the English pack's file, named in problems
 * @param {any} pack the English pack, as read from `file`
 * @param {{ xliff: string, out: string, languages: string[], extractCommand: string }} options
 * @returns {Promise<{ built: string[], problems: string[] }>}
 */
export async function buildPack(file, pack, { xliff, out, languages, extractCommand }) {
  const invalid = englishPackProblems(file, pack);
  if (invalid.length > 0) return { built: [], problems: invalid };
  // The schema link is for the author's editor; pages do not need it.
  const english = { ...pack };
  delete english.$schema;
  const written = new Map([['en', english]]);
  const problems = [];
  for (const language of languages) {
    const source = join(xliff, xliffName(english, language));
    if (!existsSync(source)) {
      problems.push(`${source}: missing; make it with ${extractCommand}, then translate it`);
      continue;
    }
    const units = await readXliff(readFileSync(source, 'utf8'));
    const untranslated = translationProblems(english, units, language);
    if (untranslated.length > 0) {
      problems.push(...untranslated.map((p) => `${source}${p.unit ? ` unit ${p.unit}` : ''}: ${p.message}`));
      continue;
    }
    const translated = translatedPack(english, units, language);
    const wrong = schemaProblems(translated);
    if (wrong.length > 0) {
      problems.push(...wrong.map((p) => `${source} unit ${p.path}: the translation must be ${p.expected}`));
      continue;
    }
    written.set(language, translated);
  }
  if (problems.length > 0) return { built: [], problems };
  const folder = join(out, english.id);
  mkdirSync(folder, { recursive: true });
  const built = [];
  for (const [language, languagePack] of written) {
    const target = join(folder, `${english.audience}.${language}.json`);
    writeFileSync(target, JSON.stringify(languagePack));
    built.push(target);
  }
  return { built, problems };
}

/** The languages the widgets are translated into, which a pack is translated into by default. */
async function widgetLanguages() {
  const { targetLocales } = await import(new URL('../dist/generated/locale-codes.js', import.meta.url).href);
  return [...targetLocales];
}

const LANGUAGES_HELP = `  --languages <list>  comma-separated languages to translate into (default: the widgets' own
                      languages besides English: es)`;

export const EXTRACT_USAGE = `Usage: therapy-widgets extract [options] <English pack .json files…>

Writes the file a translator opens for each pack and language, <id>.<audience>.<language>.xlf
(XLIFF 1.2, one unit per text, {emergency-number} as a locked inline tag). Run it again after
changing the English: translations of unchanged texts are kept, changed texts lose theirs.

Options:
  --xliff <folder>    where the translation files go (default: beside each pack)
${LANGUAGES_HELP}
  --help              show this text

Exit codes: 0 written, 1 a pack that is not valid, 2 usage error or unreadable file.`;

export const BUILD_USAGE = `Usage: therapy-widgets build [options] <English pack .json files…>

Checks each English pack and writes it, with each translation made from its XLIFF file, into
<out>/<id>/<audience>.<language>.json: the folder a page names for its own topic. Nothing of a
pack is written while it or a translation has a problem (missing, untranslated, out of date, a
placeholder lost or added); each is reported.

Options:
  --xliff <folder>    where the translation files are (default: beside each pack)
  --out <folder>      where the packs go (default: packs)
${LANGUAGES_HELP}
  --help              show this text

Exit codes: 0 built, 1 problems found, 2 usage error or unreadable file.`;

/**
 * Reads the arguments shared by both commands; a number is the exit code of a usage error or help.
 * @param {string} name
 * @param {string} usage
 * @param {string[]} argv
 * @param {import('node:util').ParseArgsConfig['options']} options
 */
async function readArguments(name, usage, argv, options) {
  const refuse = (/** @type {string} */ message) => {
    console.error(`therapy-widgets ${name}: ${message}\n\n${usage}`);
    return 2;
  };
  const parsed = parseCommand(argv, { xliff: { type: 'string' }, languages: { type: 'string' }, ...options });
  if (parsed.error !== undefined) return refuse(parsed.error);
  if (parsed.values.help) {
    console.log(usage);
    return 0;
  }
  if (parsed.positionals.length === 0) return refuse('Name the English packs (.json files).');
  const spoken = await widgetLanguages();
  const asked = (parsed.values.languages ?? '')
    .split(',')
    .map((language) => language.trim())
    .filter(Boolean);
  const languages = asked.length > 0 ? asked : spoken;
  const unknown = languages.filter((language) => !spoken.includes(language));
  if (unknown.length > 0)
    return refuse(`The widgets do not speak ${unknown.join(', ')}; they speak en, ${spoken.join(', ')}.`);
  const packs = [];
  for (const file of parsed.positionals) {
    try {
      packs.push({ file, pack: JSON.parse(readFileSync(file, 'utf8')) });
    } catch (error) {
      return refuse(`Cannot read ${file}: ${/** @type {Error} */ (error).message}`);
    }
  }
  return {
    packs,
    values: parsed.values,
    languages,
    xliffFor: (/** @type {string} */ file) => parsed.values.xliff ?? dirname(file),
  };
}

/**
 * `therapy-widgets extract`; resolves to the exit code.
 * @param {string[]} argv
 */
export async function runExtract(argv) {
  const asked = await readArguments('extract', EXTRACT_USAGE, argv, {});
  if (typeof asked === 'number') return asked;
  let invalid = 0;
  for (const { file, pack } of asked.packs) {
    const problems = englishPackProblems(file, pack);
    if (problems.length > 0) {
      invalid++;
      console.error(`Not extracted:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
      continue;
    }
    for (const written of await extractPack(pack, { folder: asked.xliffFor(file), languages: asked.languages })) {
      const todo = written.texts - written.kept;
      console.log(`${written.file}: ${written.texts} texts, ${todo === 0 ? 'all translated' : `${todo} to translate`}`);
    }
  }
  return invalid > 0 ? 1 : 0;
}

/**
 * `therapy-widgets build`; resolves to the exit code.
 * @param {string[]} argv
 */
export async function runBuild(argv) {
  const asked = await readArguments('build', BUILD_USAGE, argv, { out: { type: 'string', default: 'packs' } });
  if (typeof asked === 'number') return asked;
  const problems = [];
  for (const { file, pack } of asked.packs) {
    const result = await buildPack(file, pack, {
      xliff: asked.xliffFor(file),
      out: asked.values.out,
      languages: asked.languages,
      extractCommand: 'therapy-widgets extract',
    });
    for (const built of result.built) console.log(`built ${built}`);
    problems.push(...result.problems);
  }
  if (problems.length > 0) console.error(`Not built:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  return problems.length > 0 ? 1 : 0;
}
