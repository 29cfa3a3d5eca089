// Every string of the widgets' own (the words that are not a topic's) must have a Spanish
// translation in xliff/es.xlf.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

function units(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map(([, id, body]) => ({
    id,
    source: /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '',
    target: /<target>([\s\S]*?)<\/target>/.exec(body)?.[1],
  }));
}

const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map(([, id]) => id).sort();

test('every source string, extracted afresh from the code, has a Spanish target', () => {
  // Extract into a copy of the translations, so the check sees strings added since the last extract.
  const work = mkdtempSync(join(tmpdir(), 'xliff-'));
  try {
    cpSync('xliff', join(work, 'xliff'), { recursive: true });
    const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
    config.interchange.xliffDir = join(work, 'xliff');
    config.tsConfig = resolve(config.tsConfig);
    writeFileSync(join(work, 'lit-localize.json'), JSON.stringify(config));
    execFileSync(resolve('node_modules/.bin/lit-localize'), ['extract', '--config', join(work, 'lit-localize.json')], {
      stdio: 'pipe',
    });
    const extracted = units(readFileSync(join(work, 'xliff/es.xlf'), 'utf8'));
    // The widgets' own words only: a topic's words are in its pack, translated in its own XLIFF file.
    assert.ok(extracted.length >= 15, `found ${extracted.length} strings`);
    const missing = extracted.filter((unit) => !unit.target?.trim()).map((unit) => unit.id);
    assert.deepEqual(missing, [], 'strings without a Spanish target (run npm run localize:extract, then translate)');
    for (const unit of extracted) assert.deepEqual(placeholders(unit.target), placeholders(unit.source), unit.id);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

/** Matches any of `words` as a whole word, accents included (`\\b` ends words at "ú"). */
const anyWord = (words) => new RegExp(`(?<!\\p{L})(?:${words.join('|')})(?!\\p{L})`, 'iu');

// Words that only the familiar "tú" uses, and words that only the polite "usted" uses.
const TU = anyWord([
  'tú',
  'ti',
  'te',
  'tu',
  'tus',
  'tienes',
  'puedes',
  'sientes',
  'vives',
  'ayudarte',
  'avisa',
  'dile',
  'llama',
]);
const USTED = anyWord([
  'usted',
  'ustedes',
  'ayudarle',
  'pregunte',
  'llame',
  'avise',
  'dígale',
  'lee',
  'su equipo',
  'su propio',
]);

test('the Spanish speaks to families as "usted", never "tú", and to children as "tú", never "usted"', () => {
  const all = units(readFileSync('xliff/es.xlf', 'utf8'));
  const forChildren = all.filter((unit) => unit.id.startsWith('disclaimer.child.'));
  const forFamilies = all.filter((unit) => !unit.id.startsWith('disclaimer.child.'));
  assert.ok(forChildren.length >= 5 && forFamilies.length >= 15, 'both kinds of words are there');
  const speaking = (list, form) => list.filter((unit) => form.test(unit.target ?? '')).map((unit) => unit.id);
  assert.deepEqual(speaking(forFamilies, TU), [], 'family words that say "tú"');
  assert.deepEqual(speaking(forChildren, USTED), [], 'child words that say "usted"');
  // Each rule looks at words that really address the reader.
  assert.ok(speaking(forFamilies, USTED).length >= 3, 'family words address the reader as "usted"');
  assert.ok(speaking(forChildren, TU).length >= 3, 'child words address the reader as "tú"');
});

test('the generated translations are split: the words for children in a module of their own, nothing lost', async () => {
  const { isChildrensWord, splitTranslations } = await import('../../scripts/split-translations.mjs');
  const generated = [
    "import {str} from '@lit/localize';",
    'export const templates = {',
    "'common.on-this-page': `En esta página`,",
    "'disclaimer.child.credit': str`Basado en lo que comparte ${0}.`,",
    "'disclaimer.title': `Sobre lo que lee aquí`,",
    "'disclaimer.child.title': `Lo que hay que saber`,",
    '};',
  ].join('\n');
  const { main, child } = splitTranslations(generated);
  const ids = (module) => [...module.matchAll(/^'([^']+)':/gm)].map(([, id]) => id);
  assert.deepEqual(ids(main), ['common.on-this-page', 'disclaimer.title']);
  assert.deepEqual(ids(child), ['disclaimer.child.credit', 'disclaimer.child.title']);
  // Each stays a module of its own, with the import its str`` templates need.
  for (const module of [main, child])
    assert.match(module, /^import \{str\} from '@lit\/localize';\nexport const templates = \{/);
  assert.match(child, /str`Basado en lo que comparte \$\{0\}\.`,/);
  // Run again on the split module, there is nothing to move.
  assert.equal(splitTranslations(main).child, undefined);
  // The built translation holds every translated id of xliff/es.xlf, each in one of the two modules.
  const built = ['es', 'es.child'].map((name) => readFileSync(`src/generated/locales/${name}.ts`, 'utf8'));
  const xliff = units(readFileSync('xliff/es.xlf', 'utf8')).map((unit) => unit.id);
  assert.deepEqual(ids(built[0]).sort(), xliff.filter((id) => !isChildrensWord(id)).sort());
  assert.deepEqual(ids(built[1]).sort(), xliff.filter((id) => isChildrensWord(id)).sort());
});
