// Size budgets: what the widgets cost a host page, measured by scripts/size.mjs (the same code
// `npm run size` runs) on the built files. Fails when a budget (or, for the per-element modules
// that do not meet theirs yet, their interim ceiling) is exceeded, or the table in docs/performance.md is stale.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import * as prettier from 'prettier';
import {
  BUDGETS,
  bundleElement,
  CEILINGS,
  budgetsLine,
  elementEntries,
  isOverBudget,
  KB,
  measureSizes,
  SIZE_PAGE,
  staticGraph,
  withSizeTable,
  withStableChunkNames,
} from '../../scripts/size.mjs';
import { WIDGET_TAGS } from '../manifest.mjs';

const rows = await measureSizes();
const plain = (row) => row.name.replaceAll('`', '');
const row = (start) => rows.find((candidate) => plain(candidate).startsWith(start));

// Each budget is checked as it stands; an item over its budget is held to its ceiling instead,
// and the test's name says so, so the summary never reads as a budget met.
for (const item of rows.filter((candidate) => candidate.budget !== undefined)) {
  const label = `${plain(item)}: budget ${(item.budget / KB).toFixed(1)} KB brotli`;
  if (!isOverBudget(item)) {
    test(`${label}: met (${item.brotli} B)`, () => assert.ok(item.brotli <= item.budget));
    continue;
  }
  test(`${label} NOT met (${item.brotli} B); held to its ceiling of ${item.ceiling} B`, () => {
    assert.ok(item.ceiling !== undefined, 'an item over its budget needs a ceiling in scripts/size.mjs');
    assert.ok(item.brotli <= item.ceiling, `${item.brotli} B, ${item.brotli - item.ceiling} over`);
    // A ceiling is never looser than needed: lower it when an item shrinks by more than 2 %.
    assert.ok(item.brotli >= item.ceiling / 1.04, `${item.brotli} B: lower its ceiling in scripts/size.mjs`);
  });
}

test('the core is the one script file, with every widget and Lit in it, and no pack', () => {
  const core = row('Core');
  assert.deepEqual(core.files, ['dist/therapy-widgets.js']);
  assert.deepEqual(row('English page').files, [...core.files, 'dist/packs/targeted-therapy/family.en.json']);
  const bundle = readFileSync('dist/therapy-widgets.js', 'utf8');
  // No topic's words: the pack's first sentence, title and a caption are nowhere in the script.
  const pack = JSON.parse(readFileSync('dist/packs/targeted-therapy/family.en.json', 'utf8'));
  for (const section of pack.sections) {
    assert.ok(!bundle.includes(section.title), section.title);
    for (const block of section.blocks) if (block.text) assert.ok(!bundle.includes(block.text), block.text);
  }
});

test('only pages that show a disclaimer for children download its words, in either language', () => {
  const read = (files) => files.map((file) => readFileSync(file, 'utf8')).join('\n');
  const english = read(row('Core').files);
  const spanish = read(row('Spanish').files.filter((file) => file.endsWith('.js')));
  const forChildren = read(row('Disclaimer words for children').files);
  // Each language's title and first point of the children's disclaimer (xliff/es.xlf).
  const words = ['Good to know', 'kids who have cancer', 'Lo que hay que saber', 'Es para niños con cáncer'];
  for (const text of words) {
    assert.ok(forChildren.includes(text), `"${text}" is in the children's chunks`);
    assert.ok(!english.includes(text) && !spanish.includes(text), `"${text}" is not in the core or the Spanish chunk`);
  }
});

test("npm test's summary says how many budgets are not met", () => {
  const measured = [
    { name: 'over', budget: 10, brotli: 12 },
    { name: 'within', budget: 10, brotli: 10 },
    { name: 'for the record', budget: undefined, brotli: 50 },
  ];
  assert.equal(budgetsLine(measured), `Size budgets not met: 1 of 2 (${SIZE_PAGE})`);
  assert.equal(budgetsLine(measured.slice(1)), `Size budgets met: 1 of 1 (${SIZE_PAGE})`);
});

test('a ceiling exists only for an item over its budget', () => {
  const keyOf = (item) => Object.keys(CEILINGS).find((key) => CEILINGS[key] === item.ceiling);
  for (const item of rows.filter((candidate) => candidate.ceiling !== undefined)) {
    assert.ok(isOverBudget(item), `${plain(item)} meets its budget: remove its ceiling (${keyOf(item)})`);
  }
});

test('every widget of src/widgets.ts has a per-element module, measured', () => {
  assert.deepEqual(
    elementEntries([...WIDGET_TAGS]).map((entry) => entry.tag),
    [...WIDGET_TAGS],
  );
  for (const tag of WIDGET_TAGS) assert.ok(row(`therapy-widgets/${tag}.js`), tag);
});

test('per-element modules are measured with Lit left out and the shared code in', async () => {
  for (const { tag, file } of elementEntries([...WIDGET_TAGS])) {
    const code = (await bundleElement(file)).map((chunk) => chunk.code).join('\n');
    assert.match(code, /from"lit"/, `${tag} imports Lit rather than bundling it`);
    assert.doesNotMatch(code, /class \w+ extends HTMLElement|ReactiveElement/, `${tag} bundles no Lit code`);
    assert.ok(code.includes('heading-level'), `${tag} counts the shared base class`);
    assert.ok(code.includes(`"${tag}"`), `${tag} counts its own registration`);
  }
});

test("each module's words and styles are measured alone: what it uses of them, and none of its code", () => {
  const elements = rows.filter((candidate) => candidate.budget === BUDGETS.element);
  for (const element of elements) {
    const { code, brotli } = element.contentAndStyles;
    assert.ok(brotli > 0 && brotli < element.brotli, `${plain(element)}: ${brotli} B of ${element.brotli} B`);
    assert.match(code, /:host\{/, `${plain(element)} counts its styles`);
    assert.doesNotMatch(code, /customElements|heading-level|MutationObserver/, `${plain(element)} counts no code`);
  }
  const disclaimer = row('therapy-widgets/cog-disclaimer.js').contentAndStyles.code;
  assert.match(disclaimer, /disclaimer\.title/, 'the disclaimer counts its words');
});

const fixture = mkdtempSync(join(tmpdir(), 'size-graph-'));
after(() => rmSync(fixture, { recursive: true, force: true }));

function writeFixture(files) {
  for (const [name, code] of Object.entries(files)) {
    const path = join(fixture, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, code);
  }
}

test('the English page counts every file imported statically, and none loaded with import()', () => {
  writeFixture({
    'entry.js': "import { b } from './b.js'; export * from './c.js'; export { d } from './d.js'; import('./lazy.js');",
    'b.js': "import './nested/e.js'; export const b = 1;",
    'c.js': 'export const c = 1;',
    'd.js': "import { b } from './b.js'; export const d = b;",
    'lazy.js': 'export const lazy = 1;',
    'nested/e.js': 'export {};',
  });
  const found = staticGraph(join(fixture, 'entry.js')).map((file) => file.slice(fixture.length + 1));
  assert.deepEqual(found, ['entry.js', 'b.js', 'nested/e.js', 'c.js', 'd.js']);
});

test('a bundle that imports from another origin or package is refused, not under-counted', () => {
  writeFixture({ 'remote.js': "import 'https://cdn.example.org/x.js';" });
  assert.throws(() => staticGraph(join(fixture, 'remote.js')), /not a file of the bundle/);
});

test("a chunk's hash in a file name is measured as a stand-in that depends on the chunk's name only", () => {
  const code = (hashes) =>
    `import('./chunks/es-${hashes[0]}.js');import('./chunks/es.child-${hashes[1]}.js');import('./chunks/read-aloud-${hashes[2]}.js')`;
  const stable = withStableChunkNames(code(['CDrFfcSe', 'Bq7Dwkuv', 'D2k-QiPZ']));
  // Another build, whose chunks changed: the same text is measured.
  assert.equal(withStableChunkNames(code(['x1_Y2z3W', 'aaaaaaaa', '00000000'])), stable);
  assert.equal(stable.length, code(['CDrFfcSe', 'Bq7Dwkuv', 'D2k-QiPZ']).length);
  const standIns = [...stable.matchAll(/-([\w-]{8})\.js/g)].map(([, hash]) => hash);
  assert.equal(new Set(standIns).size, 3, 'each chunk its own stand-in');
  assert.ok(stable.includes("import('./chunks/es.child-") && stable.includes("import('./chunks/read-aloud-"));
});

test(`${SIZE_PAGE} shows the current size table (run \`npm run size -- --write-docs\`)`, async () => {
  const page = readFileSync(SIZE_PAGE, 'utf8');
  const expected = await prettier.format(withSizeTable(page, rows), {
    ...(await prettier.resolveConfig(SIZE_PAGE)),
    filepath: SIZE_PAGE,
  });
  assert.equal(page, expected);
});
