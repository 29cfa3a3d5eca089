// `therapy-widgets check`, run as authors run it, on the fixture packs in test/fixtures/packs/.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

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
    pack.sections[2].blocks[1].text = 'Si necesitas ayuda ahora, llama al {emergency-number}.';
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

test('reports a Spanish widget section below the reading ease; --min-ease sets the limit', () => {
  const found = problems('--min-ease', '99', SAMPLE, SAMPLE_XLIFF);
  assert.ok(found.length > 0);
  for (const [place, kind, message] of found) {
    assert.match(place, /^\/sections\/\d$/);
    assert.equal(kind, 'reading level');
    assert.match(message, /^reading ease \d+(\.\d)? is below 99 \(the [a-z-]+ section\)$/);
  }
  assert.equal(check('--min-ease', '50', SAMPLE, SAMPLE_XLIFF).status, 0);
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
