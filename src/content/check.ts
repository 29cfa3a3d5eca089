import { AUDIENCES, BLOCK_TYPES, PICTURE_NAMES, SECTION_WIDGETS, TONES, type Pack } from './types.js';

// Checks a pack in the browser before any widget shows it, so a malformed pack gives one warning
// that names the problem rather than a broken widget. The rules are schema/pack.schema.json's,
// written as a few small rules instead of a schema validator; a test runs both over the same good
// and bad packs and requires the same verdicts. Authors get the full report from
// `therapy-widgets check`.

/** Why a pack was refused: where (a JSON Pointer such as `/sections/0/blocks/2/text`) and what was expected. */
export class PackProblem extends Error {
  constructor(
    readonly path: string,
    readonly expected: string,
  ) {
    super(`${path || '/'}: expected ${expected}`);
  }
}

/** A rule checks one value at a path, and throws a PackProblem if it does not hold. */
type Rule = (value: unknown, path: string) => void;

const rule =
  (holds: (value: unknown) => boolean, expected: string): Rule =>
  (value, path) => {
    if (!holds(value)) throw new PackProblem(path, expected);
  };

const matching = (pattern: RegExp, expected: string) =>
  rule((value) => typeof value === 'string' && value.length <= 60 && pattern.test(value), expected);

const oneOf = (choices: readonly string[]) =>
  rule((value) => choices.includes(value as string), `one of ${choices.join(', ')}`);

/** Plain text, as the page shows it: never HTML. Its length counts characters, as JSON Schema does, not UTF-16 units. */
const text = rule(
  (value) => typeof value === 'string' && value.length > 0 && [...value].length <= 600 && !/[<>]/.test(value),
  'plain text of 1 to 600 characters, without < or > (a pack cannot hold HTML)',
);

const name = matching(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens, like how-it-works');

const list =
  (min: number, max: number, item: Rule): Rule =>
  (value, path) => {
    rule((v) => Array.isArray(v) && v.length >= min && v.length <= max, `a list of ${min} to ${max} items`)(
      value,
      path,
    );
    (value as unknown[]).forEach((entry, index) => item(entry, `${path}/${index}`));
  };

const object = rule((value) => typeof value === 'object' && value !== null && !Array.isArray(value), 'an object');

/** An object with exactly these properties; a name ending in `?` may be left out. */
const shape =
  (fields: Record<string, Rule>): Rule =>
  (value, path) => {
    object(value, path);
    const json = value as Record<string, unknown>;
    for (const key of Object.keys(json)) {
      if (!(key in fields) && !(`${key}?` in fields)) throw new PackProblem(`${path}/${key}`, 'no such property');
    }
    for (const [field, check] of Object.entries(fields)) {
      const key = field.replace('?', '');
      if (key in json) check(json[key], `${path}/${key}`);
      else if (key === field) throw new PackProblem(`${path}/${key}`, 'a value (it is required)');
    }
  };

const any: Rule = () => undefined;

const blocks: Record<string, Rule> = {
  heading: shape({ type: any, 'id?': name, text }),
  paragraph: shape({ type: any, 'slot?': name, text }),
  list: shape({ type: any, 'slot?': name, items: list(1, 30, text) }),
  callout: shape({ type: any, tone: oneOf(TONES), label: text, 'slot?': name, text }),
  figure: shape({ type: any, picture: oneOf(PICTURE_NAMES), alt: text, 'slot?': name, caption: text }),
};

const block: Rule = (value, path) => {
  object(value, path);
  const { type } = value as { type?: string };
  oneOf(BLOCK_TYPES)(type, `${path}/type`);
  blocks[type as string](value, path);
};

const pack = shape({
  '$schema?': rule((value) => typeof value === 'string', 'text'),
  id: name,
  language: oneOf(['en', 'es']),
  audience: oneOf(AUDIENCES),
  name: text,
  version: matching(/^\d+\.\d+\.\d+$/, 'a version like 1.0.0'),
  written: matching(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date like 2026-11-27'),
  credit: text,
  sections: list(
    1,
    12,
    shape({ widget: oneOf(SECTION_WIDGETS), 'id?': name, title: text, blocks: list(1, 60, block) }),
  ),
});

/**
 * Returns `value` as a pack when it follows the schema; otherwise throws a `PackProblem` naming
 * the first thing wrong.
 */
export function checkPack(value: unknown): Pack {
  pack(value, '');
  return value as Pack;
}
