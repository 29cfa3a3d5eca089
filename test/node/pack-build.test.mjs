// The content-pack build (scripts/build-packs.mjs) and the XLIFF extraction
// (scripts/extract-packs.mjs), run as their npm scripts run them, on the real packs and on the
// test-only sample topic in test/fixtures/packs/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readXliff, textsOf, writeXliff } from '../../cli/packs.mjs';

const FIXTURES = 'test/fixtures/packs';
const SAMPLE_XLIFF = 'sample-topic.family.es.xlf';
const work = mkdtempSync(join(tmpdir(), 'packs-'));
after(() => rmSync(work, { recursive: true, force: true }));

let folders = 0;
/** A new empty folder in the temporary work folder. */
function folder() {
  const path = join(work, String(++folders));
  mkdirSync(path, { recursive: true });
  return path;
}

/** Runs a script as `npm run` would, and returns its exit code and output. */
function run(script, ...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status, stdout, stderr };
}

const build = (...args) => run('scripts/build-packs.mjs', ...args);
const extract = (...args) => run('scripts/extract-packs.mjs', ...args);
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));

test('builds the English and Spanish targeted-therapy packs, minified and without $schema', () => {
  const out = folder();
  const result = build('--out', out);
  assert.equal(result.status, 0, result.stderr);
  const english = json('src/content/targeted-therapy/family.en.json');
  delete english.$schema;
  const builtEnglish = readFileSync(join(out, 'targeted-therapy/family.en.json'), 'utf8');
  assert.equal(builtEnglish, JSON.stringify(english));
  const spanish = json(join(out, 'targeted-therapy/family.es.json'));
  assert.equal(spanish.language, 'es');
  assert.ok(!('$schema' in spanish));
  // Everything but the texts and the language is the English pack's.
  const layout = (pack) =>
    JSON.stringify({ ...pack, language: '' }, (key, value) => (typeof value === 'string' ? '' : value));
  assert.equal(layout(spanish), layout(english));
});

for (const audience of ['family', 'child']) {
  test(`the built Spanish targeted-therapy pack (${audience}) carries every Spanish text of its translation file`, async () => {
    const out = folder();
    assert.equal(build('--out', out).status, 0);
    const english = json(`src/content/targeted-therapy/${audience}.en.json`);
    const spanish = json(join(out, `targeted-therapy/${audience}.es.json`));
    const { units } = await readXliff(readFileSync(`xliff/targeted-therapy.${audience}.es.xlf`, 'utf8'));
    const spanishTexts = new Map(textsOf(spanish).map(({ pointer, text }) => [pointer, text]));
    const englishTexts = textsOf(english);
    assert.ok(englishTexts.length >= 20, `found ${englishTexts.length} texts`);
    for (const { pointer, text } of englishTexts) {
      const unit = units.get(pointer);
      assert.ok(unit?.target, `xliff/targeted-therapy.${audience}.es.xlf has no translation of ${pointer}`);
      assert.equal(unit.source, text, `${pointer} translates today's English`);
      assert.equal(spanishTexts.get(pointer), unit.target, pointer);
      assert.notEqual(unit.target, text, `${pointer} is in Spanish, not English`);
    }
  });
}

test('builds a second topic from other folders, keeping its {emergency-number} placeholder', () => {
  const out = folder();
  const result = build('--content', FIXTURES, '--xliff', join(FIXTURES, 'xliff'), '--out', out, '--languages', 'es');
  assert.equal(result.status, 0, result.stderr);
  const spanish = json(join(out, 'sample-topic/family.es.json'));
  assert.equal(spanish.name, 'Lavado de manos');
  assert.equal(spanish.sections[2].blocks[1].text, 'Si necesitas ayuda ya, llama al {emergency-number}.');
  assert.equal(spanish.sections[0].blocks[3].items[2], 'Acláralas y sécalas.');
  assert.ok(existsSync(join(out, 'sample-topic/family.en.json')));
  assert.ok(!existsSync(join(out, 'targeted-therapy')), 'only the packs of the given content folder');
});

/** Builds the sample topic with a broken translation file in place of the good one. */
function buildWithBroken(name) {
  const xliff = folder();
  cpSync(join(FIXTURES, 'broken-xliff', `${name}.xlf`), join(xliff, SAMPLE_XLIFF));
  return { file: join(xliff, SAMPLE_XLIFF), ...build('--content', FIXTURES, '--xliff', xliff, '--out', folder()) };
}

const BROKEN = {
  'no-target': ['/name', 'not translated yet (no target)'],
  'empty-target': ['/name', 'the translation is empty'],
  'dropped-placeholder': ['/sections/2/blocks/1/text', 'the translation dropped the placeholder {emergency-number}'],
  'added-placeholder': ['/name', 'the translation added the placeholder {emergency-number}'],
  'stale-source': [
    '/sections/0/blocks/0/text',
    'out of date: the English is now "Clean hands keep dirt off your food.", the file translates "Clean hands keep germs off your food."',
  ],
  'missing-unit': ['/sections/1/blocks/0/caption', 'missing: the English pack has this text'],
  'extra-unit': ['/sections/0/blocks/9/text', 'not a text of the English pack'],
  'html-in-target': ['/name', 'the translation must be plain text without < or >'],
};

for (const [name, [unit, message]] of Object.entries(BROKEN)) {
  test(`the build fails on a translation file with a problem: ${name}`, () => {
    const { file, status, stderr } = buildWithBroken(name);
    assert.equal(status, 1);
    assert.ok(stderr.includes(`${file} unit ${unit}: ${message}`), stderr);
    assert.equal(stderr.trim().split('\n').length, 2, `one problem reported:\n${stderr}`);
  });
}

test('the build fails on a translation file for another language', () => {
  const { file, status, stderr } = buildWithBroken('wrong-language');
  assert.equal(status, 1);
  assert.ok(stderr.includes(`${file}: target-language is "fr", expected "es"`), stderr);
});

test('the build fails when a target language has no translation file', () => {
  const result = build('--content', FIXTURES, '--xliff', folder(), '--out', folder(), '--languages', 'es');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /sample-topic\.family\.es\.xlf: missing; make it with npm run packs:extract/);
});

test('the build fails on an English pack that breaks the schema, naming the file and the place', () => {
  const content = folder();
  mkdirSync(join(content, 'sample-topic'));
  const pack = json(join(FIXTURES, 'sample-topic/family.en.json'));
  pack.sections[0].blocks[0].text = 'Wash <b>well</b>.';
  writeFileSync(join(content, 'sample-topic/family.en.json'), JSON.stringify(pack));
  const result = build('--content', content, '--xliff', join(FIXTURES, 'xliff'), '--out', folder());
  assert.equal(result.status, 1);
  assert.ok(
    result.stderr.includes(
      `${join(content, 'sample-topic/family.en.json')} /sections/0/blocks/0/text: expected plain text without < or >`,
    ),
    result.stderr,
  );
});

test('the build fails on a pack whose path does not match its id', () => {
  const content = folder();
  mkdirSync(join(content, 'other-topic'));
  cpSync(join(FIXTURES, 'sample-topic/family.en.json'), join(content, 'other-topic/family.en.json'));
  const result = build('--content', content, '--xliff', join(FIXTURES, 'xliff'), '--out', folder());
  assert.equal(result.status, 1);
  assert.match(result.stderr, /must be "other-topic", "family" and "en", as its path says/);
});

test('extraction writes a file to translate, one unit per text, with the placeholder as an inline <x/>', async () => {
  const xliff = folder();
  const result = extract('--content', FIXTURES, '--xliff', xliff, '--languages', 'es');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /sample-topic\.family\.es\.xlf: 16 texts, 16 to translate/);
  const xml = readFileSync(join(xliff, SAMPLE_XLIFF), 'utf8');
  assert.match(xml, /<xliff [^>]*version="1\.2"/);
  assert.match(xml, /<x id="emergency-number" equiv-text="\{emergency-number\}"\/>/);
  const units = (await readXliff(xml)).units;
  const english = json(join(FIXTURES, 'sample-topic/family.en.json'));
  assert.deepEqual(
    [...units.keys()],
    textsOf(english).map(({ pointer }) => pointer),
  );
  for (const { pointer, text } of textsOf(english)) assert.deepEqual(units.get(pointer), { source: text }, pointer);
  // Untranslated, so the build stops.
  const built = build('--content', FIXTURES, '--xliff', xliff, '--out', folder(), '--languages', 'es');
  assert.equal(built.status, 1);
  assert.equal(built.stderr.match(/not translated yet/g)?.length, 16);
});

test('extraction keeps the translations of unchanged texts and clears changed ones', async () => {
  const content = folder();
  const xliff = folder();
  cpSync(join(FIXTURES, 'sample-topic'), join(content, 'sample-topic'), { recursive: true });
  cpSync(join(FIXTURES, 'xliff', SAMPLE_XLIFF), join(xliff, SAMPLE_XLIFF));
  const pack = json(join(content, 'sample-topic/family.en.json'));
  pack.sections[0].blocks[0].text = 'Clean hands keep dirt off your plate.';
  pack.sections[0].blocks[3].items.push('Put the soap back.');
  pack.sections[2].blocks.pop();
  writeFileSync(join(content, 'sample-topic/family.en.json'), JSON.stringify(pack));

  const before = await readXliff(readFileSync(join(xliff, SAMPLE_XLIFF), 'utf8'));
  const result = extract('--content', content, '--xliff', xliff, '--languages', 'es');
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /15 texts, 2 to translate/);
  const afterwards = await readXliff(readFileSync(join(xliff, SAMPLE_XLIFF), 'utf8'));
  assert.deepEqual(afterwards.units.get('/sections/0/blocks/0/text'), {
    source: 'Clean hands keep dirt off your plate.',
  });
  assert.deepEqual(afterwards.units.get('/sections/0/blocks/3/items/3'), { source: 'Put the soap back.' });
  assert.ok(!afterwards.units.has('/sections/2/blocks/1/text'), 'the unit of the removed callout is gone');
  for (const id of ['/name', '/sections/0/blocks/3/items/1', '/sections/1/blocks/0/alt']) {
    assert.deepEqual(afterwards.units.get(id), before.units.get(id), id);
  }
  const built = build('--content', content, '--xliff', xliff, '--out', folder(), '--languages', 'es');
  assert.equal(built.status, 1);
  assert.match(built.stderr, /unit \/sections\/0\/blocks\/0\/text: not translated yet/);
  assert.match(built.stderr, /unit \/sections\/0\/blocks\/3\/items\/3: not translated yet/);
});

test('extraction leaves up-to-date translation files exactly as they were', () => {
  const xliff = folder();
  const files = ['family', 'child'].map((audience) => `targeted-therapy.${audience}.es.xlf`);
  for (const file of files) cpSync(join('xliff', file), join(xliff, file));
  const result = extract('--xliff', xliff);
  assert.equal(result.status, 0, result.stderr);
  for (const file of files) {
    const texts = textsOf(json(`src/content/targeted-therapy/${file.split('.')[1]}.en.json`)).length;
    assert.match(result.stdout, new RegExp(`${file.replaceAll('.', '\\.')}: ${texts} texts, all translated`));
    assert.equal(readFileSync(join(xliff, file), 'utf8'), readFileSync(join('xliff', file), 'utf8'), file);
  }
});

// A hospital translating its own topic with the package's command, without this repository.
const cli = (...args) => run('cli/therapy-widgets.mjs', ...args);

test('npx therapy-widgets extract, then build: a hospital translates and builds its own pack', async () => {
  const content = folder();
  const english = join(content, 'family.en.json');
  cpSync('test/fixtures/topics/hand-washing/family.en.json', english);
  const texts = textsOf(json(english));

  const extracted = cli('extract', english);
  assert.equal(extracted.status, 0, extracted.stderr);
  const xliffFile = join(content, 'hand-washing.family.es.xlf');
  assert.equal(extracted.stdout, `${xliffFile}: ${texts.length} texts, ${texts.length} to translate\n`);

  // Nothing is built while a text is untranslated.
  const out = folder();
  const early = cli('build', english, '--out', out);
  assert.equal(early.status, 1);
  assert.equal(early.stderr.match(/not translated yet/g)?.length, texts.length, early.stderr);
  assert.ok(!existsSync(join(out, 'hand-washing')), 'nothing written');

  // The translator fills in every target, as a translation tool saves the file.
  const { units } = await readXliff(readFileSync(xliffFile, 'utf8'));
  const targets = new Map([...units].map(([id, { source }]) => [id, `(es) ${source}`]));
  writeFileSync(xliffFile, await writeXliff(json(english), 'es', targets));
  const built = cli('build', english, '--out', out);
  assert.equal(built.status, 0, built.stderr);
  const spanish = json(join(out, 'hand-washing/family.es.json'));
  assert.equal(spanish.language, 'es');
  assert.equal(spanish.sections[0].title, '(es) Why we wash our hands');
  const builtEnglish = json(join(out, 'hand-washing/family.en.json'));
  assert.ok(!('$schema' in builtEnglish));
  assert.equal(builtEnglish.sections[0].title, 'Why we wash our hands');

  // The folder is one a page, or the server renderer, reads the topic from.
  const { renderWidget } = await import('../../dist/server/render.js');
  assert.match(
    renderWidget('therapy-overview', { topic: 'hand-washing', lang: 'es' }, { packFolder: out }),
    /\(es\) Why we wash our hands/,
  );

  // Extracting again after an English change keeps the other translations.
  const changed = json(english);
  changed.sections[0].title = 'Why we wash our hands well';
  writeFileSync(english, JSON.stringify(changed));
  const again = cli('extract', english, '--xliff', content);
  assert.equal(again.stdout, `${xliffFile}: ${texts.length} texts, 1 to translate\n`);
});

test('the extract and build commands: usage errors, unknown languages and packs that are not valid', () => {
  assert.equal(cli('build').status, 2);
  assert.match(cli('extract', 'no-such-file.json').stderr, /Cannot read no-such-file\.json/);
  const unknown = cli('extract', '--languages', 'fr', 'test/fixtures/topics/hand-washing/family.en.json');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /The widgets do not speak fr; they speak en, es\./);
  const bad = join(FIXTURES, 'agreement/bad/html-in-text.json');
  const notValid = cli('extract', bad, '--xliff', folder());
  assert.equal(notValid.status, 1);
  assert.match(
    notValid.stderr,
    /Not extracted:\n {2}\S*html-in-text\.json \/sections\/0\/blocks\/\d+\/text: expected plain text/,
  );
  const notBuilt = cli('build', bad, '--out', folder());
  assert.equal(notBuilt.status, 1);
  assert.match(
    notBuilt.stderr,
    /html-in-text\.json \/sections\/0\/blocks\/\d+\/text: expected plain text without < or >/,
  );
});
