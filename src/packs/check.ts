import { AUDIENCES, BLOCK_TYPES, PICTURE_NAMES, SECTION_WIDGETS, TONES, type Pack } from './types.js';

// Checks a pack in the browser before any widget shows it, so a malformed pack gives one warning
// that names the problem rather than a broken widget. The rules are schema/pack.schema.json's, in
// a few hundred bytes instead of a schema validator; a test runs both over the same good and bad
// packs and requires the same verdicts. Authors get the full report from `therapy-widgets check`.

/** Why a pack was refused: where (a JSON Pointer such as `/sections/0/blocks/2/text`) and what was expected. */
export class PackProblem extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || '/'}: expected ${expected}`);
  }
}

type Json = Record<string, unknown>;

const NAME = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const VERSION = /^\d+\.\d+\.\d+$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function fail(path: string, expected: string): never {
  throw new PackProblem(path, expected);
}

function object(value: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
  const json = value as Json;
  for (const key of required) if (!(key in json)) fail(`${path}/${key}`, 'a value (it is required)');
  for (const key of Object.keys(json)) {
    if (!required.includes(key) && !optional.includes(key)) fail(`${path}/${key}`, 'no such property');
  }
  return json;
}

function array(value: unknown, path: string, min: number, max: number): unknown[] {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    fail(path, `a list of ${min} to ${max} items`);
  }
  return value;
}

function oneOf(value: unknown, path: string, choices: readonly string[]): void {
  if (!choices.includes(value as string)) fail(path, `one of ${choices.join(', ')}`);
}

function matches(value: unknown, path: string, pattern: RegExp, expected: string): void {
  if (typeof value !== 'string' || value.length > 60 || !pattern.test(value)) fail(path, expected);
}

/** Plain text, as the page shows it: never HTML. Its length counts characters, as JSON Schema does, not UTF-16 units. */
function text(value: unknown, path: string): void {
  const length = typeof value === 'string' ? [...value].length : 0;
  if (typeof value !== 'string' || length < 1 || length > 600) fail(path, 'text of 1 to 600 characters');
  if (/[<>]/.test(value)) fail(path, 'plain text without < or > (a pack cannot hold HTML)');
}

const name = (value: unknown, path: string) =>
  matches(value, path, NAME, 'lower-case words joined by hyphens, like how-it-works');

function block(value: unknown, path: string): void {
  const type = object(
    value,
    path,
    ['type'],
    ['id', 'slot', 'text', 'items', 'tone', 'label', 'picture', 'alt', 'caption'],
  ).type;
  oneOf(type, `${path}/type`, BLOCK_TYPES);
  const slot = type === 'heading' ? [] : ['slot'];
  const fields: Record<string, [readonly string[], readonly string[]]> = {
    heading: [['type', 'text'], ['id']],
    paragraph: [['type', 'text'], slot],
    list: [['type', 'items'], slot],
    callout: [['type', 'tone', 'label', 'text'], slot],
    figure: [['type', 'picture', 'alt', 'caption'], slot],
  };
  const [required, optional] = fields[type as string];
  const json = object(value, path, required, optional);
  for (const key of ['text', 'label', 'alt', 'caption']) if (key in json) text(json[key], `${path}/${key}`);
  if ('id' in json) name(json.id, `${path}/id`);
  if ('slot' in json) name(json.slot, `${path}/slot`);
  if ('tone' in json) oneOf(json.tone, `${path}/tone`, TONES);
  if ('picture' in json) oneOf(json.picture, `${path}/picture`, PICTURE_NAMES);
  if ('items' in json) array(json.items, `${path}/items`, 1, 30).forEach((item, i) => text(item, `${path}/items/${i}`));
}

/**
 * Returns `value` as a pack when it follows the schema; otherwise throws a `PackProblem` naming
 * the first thing wrong.
 */
export function checkPack(value: unknown): Pack {
  const required = ['id', 'language', 'audience', 'name', 'version', 'written', 'credit', 'sections'];
  const pack = object(value, '', required, ['$schema']);
  if ('$schema' in pack && typeof pack.$schema !== 'string') fail('/$schema', 'text');
  name(pack.id, '/id');
  oneOf(pack.language, '/language', ['en', 'es']);
  oneOf(pack.audience, '/audience', AUDIENCES);
  text(pack.name, '/name');
  matches(pack.version, '/version', VERSION, 'a version like 1.0.0');
  matches(pack.written, '/written', DATE, 'a date like 2026-11-27');
  text(pack.credit, '/credit');
  array(pack.sections, '/sections', 1, 3).forEach((value, index) => {
    const path = `/sections/${index}`;
    const section = object(value, path, ['widget', 'title', 'blocks']);
    oneOf(section.widget, `${path}/widget`, SECTION_WIDGETS);
    text(section.title, `${path}/title`);
    array(section.blocks, `${path}/blocks`, 1, 60).forEach((item, i) => block(item, `${path}/blocks/${i}`));
  });
  return pack as unknown as Pack;
}
