// `therapy-widgets check`, run as authors run it, on the fixture packs in test/fixtures/packs/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { readXliff, translatedPack } from '../../cli/packs.mjs';

const FIXTURES = 'test/fixtures/packs';
const SAMPLE = join(FIXTURES, 'sample-topic/family.en.json');
const SAMPLE_XLIFF = join(FIXTURES, 'xliff/sample-topic.family.es.xlf');
const bad = (name) => join(FIXTURES, 'agreement/bad', `${name}.json`);
const broken = (name) => join(FIXTURES, 'broken-xliff', `${name}.xlf`);

const work = mkdtempSync(join(tmpdir(), 'pack-check-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Writes a changed copy of the sample pack and returns its path. */
function samplePack(name, change) {
  const pack = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  change(pack);
  const path = join(work, `${name}.json`);
  writeFileSync(path, JSON.stringify(pack));
  return path;
}

function check(...args) {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['cli/therapy-widgets.mjs', 'check', ...args], {
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

/** The problems `--json` reports for the files, as [path, check, message] rows. */
function problems(...args) {
  const result = check('--json', ...args);
  const report = JSON.parse(result.stdout);
  assert.equal(result.status, report.ok ? 0 : 1);
  return report.files.flatMap((file) => file.problems.map(({ path, check, message }) => [path, check, message]));
}

/** Where in the files `--json` reports problems: the path of each. */
const places = (...args) => problems(...args).map(([place]) => place);

test('a good pack and its translation pass, with exit code 0', () => {
  const result = check(SAMPLE, SAMPLE_XLIFF);
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /^ok {3}test\/fixtures\/packs\/sample-topic\/family\.en\.json$/m);
  assert.match(result.stdout, /Checked 2 files: no problems\./);
});

test("the project's own packs pass", () => {
  const result = check(
    '--familiar',
    'chemotherapy,radiation',
    'src/content/targeted-therapy/family.en.json',
    'xliff/targeted-therapy.family.es.xlf',
  );
  assert.equal(result.status, 0, result.stdout);
});

const SCHEMA_CASES = {
  'wrong-type': ['/name', 'expected text, found 42'],
  'unknown-block-type': [
    '/sections/0/blocks/0/type',
    'expected one of heading, paragraph, list, callout, figure, found "video"',
  ],
  'html-in-text': ['/sections/0/blocks/0/text', 'expected plain text without < or > (a pack cannot hold HTML)'],
  'missing-required-field': ['/credit', 'expected a value (it is required)'],
  'bad-date': ['/written', 'expected a date like 2026-11-27 (year-month-day), found "30/11/2026"'],
  'unknown-picture': ['/sections/1/blocks/0/picture', 'expected one of blood-vessels, signals, found "soap"'],
  'unknown-property': ['/sections/0/blocks/0/colour', 'expected no property of this name here'],
  'too-many-items': ['/sections/0/blocks/3/items', 'expected a list of 1 to 30 items, found a list of 31'],
};

for (const [name, [path, expected]] of Object.entries(SCHEMA_CASES)) {
  test(`reports a schema error with its place and what was expected: ${name}`, () => {
    const found = problems(bad(name));
    assert.equal(found.length, 1, JSON.stringify(found));
    const [[foundPath, kind, message]] = found;
    assert.deepEqual([foundPath, kind], [path, 'schema']);
    assert.ok(message.startsWith(expected), message);
    const human = check(bad(name));
    assert.equal(human.status, 1);
    assert.ok(human.stdout.includes(`${path}  schema: ${expected}`), human.stdout);
  });
}

test('reports every schema error, not only the first', () => {
  const path = samplePack('two-errors', (pack) => {
    pack.version = 'one';
    pack.sections[0].blocks[0].text = '<p>Hi</p>';
  });
  assert.deepEqual(places(path), ['/version', '/sections/0/blocks/0/text']);
});

test('reports units of a translation file that are not translated, empty, or out of date', () => {
  assert.deepEqual(problems(SAMPLE, broken('no-target')), [['/name', 'translation', 'not translated yet (no target)']]);
  assert.deepEqual(problems(SAMPLE, broken('empty-target')), [['/name', 'translation', 'the translation is empty']]);
  const [[place, , message]] = problems(SAMPLE, broken('stale-source'));
  assert.equal(place, '/sections/0/blocks/0/text');
  assert.match(message, /^out of date/);
  assert.deepEqual(places(SAMPLE, broken('missing-unit')), ['/sections/1/blocks/0/caption']);
});

test('reports a placeholder a translation file dropped', () => {
  assert.deepEqual(problems(SAMPLE, broken('dropped-placeholder')), [
    ['/sections/2/blocks/1/text', 'translation', 'the translation dropped the placeholder {emergency-number}'],
  ]);
});

/** The sample topic's built Spanish pack, changed. */
function spanishPack(name, change) {
  const english = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  return samplePack(name, (pack) => {
    Object.assign(pack, english, { language: 'es' });
    pack.sections[2].blocks[1].text = 'Si necesitas ayuda ya, llama al {emergency-number}.';
    change(pack);
  });
}

test('reports texts a translated pack is missing, and placeholders it dropped', () => {
  const missing = spanishPack('missing-item', (pack) => pack.sections[0].blocks[3].items.pop());
  assert.deepEqual(problems(SAMPLE, missing), [['/sections/0/blocks/3/items/2', 'translation', 'missing']]);
  const dropped = spanishPack('dropped', (pack) => (pack.sections[2].blocks[1].text = 'Llama ahora.'));
  assert.deepEqual(problems(SAMPLE, dropped), [
    ['/sections/2/blocks/1/text', 'translation', 'the translation dropped the placeholder {emergency-number}'],
  ]);
  const moved = spanishPack('moved', (pack) => (pack.sections[1].blocks[0].picture = 'blood-vessels'));
  assert.deepEqual(problems(SAMPLE, moved), [
    ['/sections/1/blocks/0/picture', 'translation', 'differs from the English pack (only texts may)'],
  ]);
});

test('reports a text block above the grade; --max-grade sets the limit', () => {
  const hard = samplePack('hard', (pack) => {
    pack.sections[0].blocks[0].text =
      'Conscientious handwashing substantially diminishes opportunities for microbial transmission.';
  });
  const found = problems(hard);
  assert.equal(found.length, 1);
  assert.equal(found[0][0], '/sections/0/blocks/0/text');
  assert.match(found[0][2], /^grade \d+\.\d is above 6: "Conscientious/);
  assert.equal(check('--max-grade', '40', hard).status, 0);
  // The sample's hardest blocks are about grade 2.
  const strict = problems('--max-grade', '1', SAMPLE);
  assert.ok(strict.length > 0 && strict.every(([, kind]) => kind === 'reading level'));
});

test('holds child packs to grade 3 unless told otherwise', () => {
  const child = samplePack('child', (pack) => {
    pack.audience = 'child';
    pack.sections[0].blocks[0].text = 'Clean hands keep little bits of dirt away from the food you are eating today.';
  });
  assert.deepEqual(places(child), ['/sections/0/blocks/0/text']);
  assert.equal(check('--max-grade', '6', child).status, 0);
});

/**
 * A Spanish pack made from an English pack and its translation file, as `build` makes it, changed,
 * and written for checking on its own.
 */
async function translated(name, english, xliff, change) {
  const pack = translatedPack(
    JSON.parse(readFileSync(english, 'utf8')),
    await readXliff(readFileSync(xliff, 'utf8')),
    'es',
  );
  change(pack);
  const path = join(work, `${name}.es.json`);
  writeFileSync(path, JSON.stringify(pack));
  return path;
}

const sampleSpanish = (name, change) => translated(name, SAMPLE, SAMPLE_XLIFF, change);

const DENSE =
  'La administración farmacológica concomitante requiere consideraciones individualizadas respecto a contraindicaciones fisiopatológicas.';

test("a Spanish pack with one dense paragraph fails, naming the paragraph's place and its score", async () => {
  // The library's own family pack, as built, with one paragraph of its overview made dense.
  const dense = await translated(
    'dense-paragraph',
    'src/content/targeted-therapy/family.en.json',
    'xliff/targeted-therapy.family.es.xlf',
    (pack) => (pack.sections[0].blocks[0].text = DENSE),
  );
  assert.deepEqual(problems(dense), [
    [
      '/sections/0',
      'reading level',
      'reading ease 74.3 is below 80 (the therapy-overview widget, sections 0 and 2 together)',
    ],
    ['/sections/0/blocks/0/text', 'reading level', `reading ease -77.2 is below 70: "${DENSE}"`],
  ]);
  const human = check(dense);
  assert.equal(human.status, 1);
  assert.ok(
    human.stdout.includes(`/sections/0/blocks/0/text  reading level: reading ease -77.2 is below 70: "${DENSE}"`),
    human.stdout,
  );
});

test('holds Spanish family packs to reading ease 80 per widget and child packs to 85; --min-ease sets the limit', async () => {
  // The drawings' widget at 82.5: "easy", but not easy enough for children.
  const harder = (pack) => (pack.sections[1].blocks[0].caption = 'El jabón ayuda al agua a quitar la suciedad.');
  const family = await sampleSpanish('widget-family', harder);
  assert.equal(check(family).status, 0, check(family).stdout);
  const child = await sampleSpanish('widget-child', (pack) => {
    harder(pack);
    pack.audience = 'child';
  });
  assert.deepEqual(problems(child), [
    ['/sections/1', 'reading level', 'reading ease 82.5 is below 85 (the how-it-works widget)'],
  ]);
  assert.equal(check('--min-ease', '80', child).status, 0);
  const strict = problems('--min-ease', '99', SAMPLE, SAMPLE_XLIFF);
  assert.deepEqual(
    strict.map(([place]) => place),
    ['/sections/0', '/sections/1', '/sections/2'],
  );
  for (const [, kind, message] of strict) {
    assert.equal(kind, 'reading level');
    assert.match(message, /^reading ease \d+(\.\d)? is below 99 \(the [a-z-]+ widget\)$/);
  }
  assert.equal(check('--min-ease', '50', SAMPLE, SAMPLE_XLIFF).status, 0);
});

test('holds every Spanish passage of 8 words or more to reading ease 70, even in an easy widget; --min-passage-ease sets the limit', async () => {
  const hardItem = 'Frótalas con jabón abundante durante una canción corta.';
  const found = await sampleSpanish('passage', (pack) => (pack.sections[0].blocks[3].items[1] = hardItem));
  // The widget as a whole still reads at 85.7.
  assert.deepEqual(problems(found), [
    ['/sections/0/blocks/3/items/1', 'reading level', `reading ease 56.1 is below 70: "${hardItem}"`],
  ]);
  assert.equal(check('--min-passage-ease', '55', found).status, 0);
  // A text under 8 words says too little for the formula: it counts only with its widget.
  const heading = await sampleSpanish('short', (pack) => (pack.sections[0].blocks[1].text = 'Lavado concienzudo'));
  assert.equal(check(heading).status, 0, check(heading).stdout);
  // A callout's label is read, and scored, with its text.
  const callout = await sampleSpanish('callout', (pack) => (pack.sections[2].blocks[1].label = 'Imprescindible:'));
  assert.deepEqual(places(callout), ['/sections/2/blocks/1/text']);
});

test('--source reports every run of six or more words copied, whatever the case and punctuation', () => {
  const found = problems('--source', join(FIXTURES, 'original-wording.txt'), SAMPLE);
  // "keep dirt off your food" is in the source too, but it is only five words.
  assert.deepEqual(found, [
    [
      '/sections/0/blocks/3/items/1',
      'copied wording',
      '8 words in a row from original-wording.txt line 4: "rub them with soap for a short song"',
    ],
  ]);
});

test('--source counts copying from exactly six words in a row: six are reported, five are not', () => {
  const SOURCE = join(FIXTURES, 'original-wording.txt');
  // The source says "First wet both hands. Then rub them with soap"; each item below replaces the
  // one that copies eight words, so it is the only copy left.
  const withItem = (name, item) => samplePack(name, (pack) => (pack.sections[0].blocks[3].items[1] = item));
  assert.deepEqual(problems('--source', SOURCE, withItem('six-copied', 'First wet both hands, then rub well.')), [
    [
      '/sections/0/blocks/3/items/1',
      'copied wording',
      '6 words in a row from original-wording.txt line 4: "first wet both hands then rub"',
    ],
  ]);
  assert.deepEqual(problems('--source', SOURCE, withItem('five-copied', 'First wet both hands, then dry.')), []);
});

test('--json prints one machine-readable report', () => {
  const result = check('--json', SAMPLE, bad('bad-date'));
  assert.equal(result.status, 1);
  const report = JSON.parse(result.stdout);
  assert.equal(report.ok, false);
  assert.equal(report.problems, 1);
  assert.deepEqual(
    report.files.map((file) => [file.file, file.problems.length]),
    [
      [SAMPLE, 0],
      [bad('bad-date'), 1],
    ],
  );
});

test('prints a progress line per file on stderr when checking many', () => {
  const result = check(SAMPLE, SAMPLE_XLIFF);
  assert.deepEqual(result.stderr.trim().split('\n'), [`checking 1/2: ${SAMPLE}`, `checking 2/2: ${SAMPLE_XLIFF}`]);
  assert.equal(check(SAMPLE).stderr, '');
});

test('reports a file that is not JSON as a problem', () => {
  const path = join(work, 'broken.json');
  writeFileSync(path, '{ "id": ');
  const [[, kind]] = problems(path);
  assert.equal(kind, 'JSON');
});

test('exits with 2 on a usage error or an unreadable file', () => {
  const usage = [
    [],
    ['--help-me'],
    ['--max-grade', 'six', SAMPLE],
    ['--min-ease', '', SAMPLE],
    ['--min-passage-ease', 'easy', SAMPLE],
    [join(work, 'no-such-file.json')],
    [join(FIXTURES, 'original-wording.txt')],
    [SAMPLE_XLIFF],
    ['--source', join(work, 'no-such-source.txt'), SAMPLE],
  ];
  for (const args of usage) {
    const result = check(...args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stdout}`);
    assert.match(result.stderr, /^therapy-widgets: /, args.join(' '));
  }
  const unknownCommand = spawnSync(process.execPath, ['cli/therapy-widgets.mjs', 'lint', SAMPLE], { encoding: 'utf8' });
  assert.equal(unknownCommand.status, 2);
  assert.match(unknownCommand.stderr, /Unknown command "lint"/);
  const help = spawnSync(process.execPath, ['cli/therapy-widgets.mjs', '--help'], { encoding: 'utf8' });
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: therapy-widgets check/);
});
