// Content packs on the Node side: checking a pack against the published schema, listing its
// texts, and turning a pack and its XLIFF translation file into a translated pack. The pack build
// (scripts/build-packs.mjs), the extraction (scripts/extract-packs.mjs) and the
// `therapy-widgets check` command all use these, so they agree on every rule.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { jsToXliff12, xliff12ToJs } from 'xliff';

/**
 * @typedef {{ path: string, expected: string, found?: string }} SchemaProblem
 * @typedef {{ pointer: string, text: string, section?: number, kind: string }} PackText
 * @typedef {{ source: string, target?: string }} XliffUnit
 * @typedef {{ sourceLanguage: string, targetLanguage?: string, original: string, units: Map<string, XliffUnit> }} XliffFile
 * @typedef {{ unit: string, message: string }} TranslationProblem
 */

/** The published JSON Schema every pack is written against. */
export const SCHEMA = JSON.parse(readFileSync(new URL('../schema/pack.schema.json', import.meta.url), 'utf8'));

const validate = new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(SCHEMA);

/** A placeholder inside a text, such as {emergency-number}, which every translation keeps as it is. */
const PLACEHOLDER = /\{([a-z][a-z0-9-]*)\}/g;

/**
 * The placeholders in a text, sorted, so two texts can be compared.
 * @param {string} text
 * @returns {string[]}
 */
export function placeholdersOf(text) {
  return [...text.matchAll(PLACEHOLDER)].map(([token]) => token).sort();
}

const escapePointer = (/** @type {string} */ key) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The plain-words description of what a schema keyword wanted.
 * @param {import('ajv').ErrorObject} error
 * @returns {string}
 */
function expectation(error) {
  const params = /** @type {Record<string, any>} */ (error.params);
  const rule = error.schemaPath;
  switch (error.keyword) {
    case 'required':
      return 'a value (it is required)';
    case 'additionalProperties':
      return 'no property of this name here (check its spelling, or remove it)';
    case 'type':
      return (
        /** @type {Record<string, string>} */ ({
          string: 'text',
          object: 'an object',
          array: 'a list',
          number: 'a number',
        })[params.type] ?? params.type
      );
    case 'enum':
      return `one of ${params.allowedValues.join(', ')}`;
    case 'const':
      return `"${params.allowedValue}"`;
    case 'minLength':
    case 'maxLength':
      return rule.startsWith('#/$defs/text/')
        ? 'text of 1 to 600 characters'
        : `text of at most ${params.limit} characters`;
    case 'minItems':
    case 'maxItems':
      return `a list of ${error.parentSchema?.minItems ?? 0} to ${error.parentSchema?.maxItems} items`;
    case 'pattern':
      if (rule.startsWith('#/$defs/text/')) return 'plain text without < or > (a pack cannot hold HTML)';
      if (rule.startsWith('#/properties/version/')) return 'a version like 1.0.0';
      if (rule.startsWith('#/properties/written/')) return 'a date like 2026-11-27 (year-month-day)';
      return 'lower-case words joined by hyphens, like how-it-works';
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Checks a pack against schema/pack.schema.json and describes every problem in plain words, each
 * with the JSON Pointer of the value it is about.
 * @param {unknown} pack
 * @returns {SchemaProblem[]}
 */
export function schemaProblems(pack) {
  if (validate(pack)) return [];
  const problems = /** @type {SchemaProblem[]} */ ([]);
  for (const error of validate.errors ?? []) {
    // "if" only says which "then" applied; the "then" errors say what is wrong.
    if (error.keyword === 'if') continue;
    const params = /** @type {Record<string, any>} */ (error.params);
    let path = error.instancePath;
    if (error.keyword === 'required') path += `/${escapePointer(params.missingProperty)}`;
    if (error.keyword === 'additionalProperties') path += `/${escapePointer(params.additionalProperty)}`;
    /** @type {SchemaProblem} */
    const problem = { path, expected: expectation(error) };
    if (error.keyword !== 'required' && error.keyword !== 'additionalProperties') {
      problem.found = describeValue(error.data);
    }
    if (!problems.some((known) => known.path === problem.path && known.expected === problem.expected)) {
      problems.push(problem);
    }
  }
  return problems;
}

/**
 * A short rendering of a value for a message.
 * @param {unknown} value
 */
function describeValue(value) {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'an object';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

/**
 * Every text of a pack with its JSON Pointer, in reading order. Ids, names of pictures, slots and
 * the like are not texts: they stay the same in every language.
 * @param {import('../src/content/types.js').Pack} pack
 * @returns {PackText[]}
 */
export function textsOf(pack) {
  /** @type {PackText[]} */
  const texts = [
    { pointer: '/name', text: pack.name, kind: 'name' },
    { pointer: '/credit', text: pack.credit, kind: 'credit' },
  ];
  pack.sections.forEach((section, index) => {
    const at = `/sections/${index}`;
    texts.push({ pointer: `${at}/title`, text: section.title, section: index, kind: 'title' });
    section.blocks.forEach((block, b) => {
      const path = `${at}/blocks/${b}`;
      const add = (/** @type {string} */ key, /** @type {string} */ kind) =>
        texts.push({ pointer: `${path}/${key}`, text: /** @type {any} */ (block)[key], section: index, kind });
      if (block.type === 'heading') add('text', 'heading');
      if (block.type === 'paragraph') add('text', 'paragraph');
      if (block.type === 'list') {
        block.items.forEach((item, i) =>
          texts.push({ pointer: `${path}/items/${i}`, text: item, section: index, kind: 'list item' }),
        );
      }
      if (block.type === 'callout') {
        add('label', 'callout label');
        add('text', 'callout');
      }
      if (block.type === 'figure') {
        add('alt', 'text alternative of a drawing');
        add('caption', 'caption');
      }
    });
  });
  return texts;
}

/**
 * Sets the value at a JSON Pointer that already exists in `target`.
 * @param {any} target
 * @param {string} pointer
 * @param {unknown} value
 */
function setAt(target, pointer, value) {
  const keys = pointer
    .slice(1)
    .split('/')
    .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = /** @type {string} */ (keys.pop());
  let parent = target;
  for (const key of keys) parent = parent[key];
  parent[last] = value;
}

/** Whitespace is not part of the wording: XLIFF files are indented, and tools may wrap lines. */
const tidy = (/** @type {string} */ text) => text.replace(/\s+/g, ' ').trim();

// A placeholder in XLIFF is an inline <x/> element, which translation tools show as a locked tag.
/**
 * @param {string} text
 * @returns {string | Array<string | object>}
 */
function toXliffValue(text) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ Standalone: { id: match[1], 'equiv-text': match[0] } });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts;
}

/**
 * The text of an XLIFF source or target as the xliff library reads it, placeholders back as {name}.
 * @param {unknown} value
 * @returns {string}
 */
function fromXliffValue(value) {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(fromXliffValue).join('');
  const [inline] = Object.values(/** @type {Record<string, any>} */ (value));
  if (inline?.id) return `{${inline.id}}`;
  return fromXliffValue(inline?.contents);
}

/**
 * Reads an XLIFF 1.2 file: its languages and its units by id.
 * @param {string} xml
 * @returns {Promise<XliffFile>}
 */
export async function readXliff(xml) {
  const parsed = await xliff12ToJs(xml);
  const [original = '', resources = {}] = Object.entries(parsed.resources ?? {})[0] ?? [];
  /** @type {Map<string, XliffUnit>} */
  const units = new Map();
  for (const [id, unit] of Object.entries(/** @type {Record<string, any>} */ (resources))) {
    units.set(id, {
      source: tidy(fromXliffValue(unit.source)),
      ...(unit.target === undefined ? {} : { target: tidy(fromXliffValue(unit.target)) }),
    });
  }
  return { sourceLanguage: parsed.sourceLanguage, targetLanguage: parsed.targetLanguage, original, units };
}

/**
 * Writes the XLIFF 1.2 file for translating an English pack into `language`, one unit per text,
 * its id the text's JSON Pointer. `targets` holds the translations to keep, by unit id.
 * @param {import('../src/content/types.js').Pack} english
 * @param {string} language
 * @param {Map<string, string>} targets
 * @returns {Promise<string>}
 */
export async function writeXliff(english, language, targets) {
  /** @type {Record<string, object>} */
  const units = {};
  for (const { pointer, text, kind } of textsOf(english)) {
    const target = targets.get(pointer);
    units[pointer] = {
      source: toXliffValue(text),
      ...(target === undefined ? {} : { target: toXliffValue(target) }),
      note: placeholdersOf(text).length > 0 ? `${kind}; keep ${placeholdersOf(text).join(', ')} as it is` : kind,
    };
  }
  const resources = { [`${english.id}/${english.audience}.en.json`]: units };
  const xml = await jsToXliff12({ sourceLanguage: 'en', targetLanguage: language, resources });
  // The library leaves out the XML declaration, which some translation tools look for.
  return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}

/**
 * Translations from an XLIFF file that are still current: their source is the English text as it
 * is now. Used to refresh a file without losing work.
 * @param {import('../src/content/types.js').Pack} english
 * @param {XliffFile} xliff
 * @returns {Map<string, string>}
 */
export function currentTargets(english, xliff) {
  const kept = new Map();
  for (const { pointer, text } of textsOf(english)) {
    const unit = xliff.units.get(pointer);
    if (unit?.target && unit.source === tidy(text)) kept.set(pointer, unit.target);
  }
  return kept;
}

/**
 * What keeps an XLIFF file from giving a complete, faithful translation of the English pack.
 * @param {import('../src/content/types.js').Pack} english
 * @param {XliffFile} xliff
 * @param {string} language the language the file should translate into
 * @returns {TranslationProblem[]}
 */
export function translationProblems(english, xliff, language) {
  /** @type {TranslationProblem[]} */
  const problems = [];
  if (xliff.sourceLanguage !== 'en') {
    problems.push({ unit: '', message: `source-language is "${xliff.sourceLanguage}", expected "en"` });
  }
  if (xliff.targetLanguage !== language) {
    problems.push({ unit: '', message: `target-language is "${xliff.targetLanguage}", expected "${language}"` });
  }
  const texts = textsOf(english);
  for (const { pointer, text } of texts) {
    const unit = xliff.units.get(pointer);
    if (!unit) {
      problems.push({
        unit: pointer,
        message: 'missing: the English pack has this text (extract the translation file again)',
      });
      continue;
    }
    if (unit.source !== tidy(text)) {
      problems.push({
        unit: pointer,
        message: `out of date: the English is now "${tidy(text)}", the file translates "${unit.source}"`,
      });
      continue;
    }
    if (unit.target === undefined) {
      problems.push({ unit: pointer, message: 'not translated yet (no target)' });
      continue;
    }
    if (unit.target === '') {
      problems.push({ unit: pointer, message: 'the translation is empty' });
      continue;
    }
    problems.push(...placeholderProblems(pointer, text, unit.target));
  }
  const known = new Set(texts.map((text) => text.pointer));
  for (const id of xliff.units.keys()) {
    if (!known.has(id))
      problems.push({ unit: id, message: 'not a text of the English pack (extract the translation file again)' });
  }
  return problems;
}

/**
 * A translation must keep every placeholder of the English text, and add none.
 * @param {string} pointer
 * @param {string} english
 * @param {string} translated
 * @returns {TranslationProblem[]}
 */
export function placeholderProblems(pointer, english, translated) {
  const wanted = placeholdersOf(english);
  const found = placeholdersOf(translated);
  const problems = [];
  for (const token of new Set([...wanted, ...found])) {
    const difference = found.filter((t) => t === token).length - wanted.filter((t) => t === token).length;
    if (difference < 0) problems.push({ unit: pointer, message: `the translation dropped the placeholder ${token}` });
    if (difference > 0) problems.push({ unit: pointer, message: `the translation added the placeholder ${token}` });
  }
  return problems;
}

/**
 * The translated pack: the English pack with its texts replaced by the file's targets. Call it
 * only when translationProblems() found nothing.
 * @param {import('../src/content/types.js').Pack} english
 * @param {XliffFile} xliff
 * @param {string} language
 * @returns {import('../src/content/types.js').Pack}
 */
export function translatedPack(english, xliff, language) {
  const pack = structuredClone(english);
  delete (/** @type {any} */ (pack).$schema);
  pack.language = language;
  for (const { pointer } of textsOf(english)) setAt(pack, pointer, xliff.units.get(pointer)?.target);
  return pack;
}
