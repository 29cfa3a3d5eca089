// Size budgets: what the widgets cost a host page, measured by scripts/size.mjs (the same code
// `npm run size` runs) on the built files. Fails when a budget (or, for the per-element modules
// that do not meet theirs yet, their interim ceiling) is exceeded, or the README's table is stale.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import * as prettier from 'prettier';
import {
  BUDGETS,
  bundleElement,
  ELEMENT_CEILINGS,
  elementEntries,
  KB,
  measureSizes,
  staticGraph,
  withSizeTable,
} from '../../scripts/size.mjs';
import { WIDGET_TAGS } from '../manifest.mjs';

const rows = await measureSizes();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const plain = (row) => row.name.replaceAll('`', '');
const row = (start) => rows.find((candidate) => plain(candidate).startsWith(start));

test(`English page, every widget: at most ${BUDGETS.englishPage / KB} KB brotli, Lit included`, () => {
  const page = row('English page');
  assert.ok(page.brotli <= BUDGETS.englishPage, `${page.brotli} B (${page.files.join(', ')})`);
  assert.deepEqual(page.files, ['dist/therapy-widgets.js'], 'every widget is in the one file, Lit with them');
});

test(`Spanish texts: at most ${BUDGETS.spanish / KB} KB brotli`, () => {
  const spanish = row('Spanish texts');
  assert.ok(spanish.brotli <= BUDGETS.spanish, `${spanish.brotli} B`);
});

for (const element of rows.filter((candidate) => candidate.ceiling !== undefined)) {
  test(`${plain(element)}: no bigger than its ceiling of ${element.ceiling} B brotli (budget ${BUDGETS.element / KB} KB not met yet)`, () => {
    assert.ok(element.brotli <= element.ceiling, `${element.brotli} B, ${element.brotli - element.ceiling} over`);
    // A ceiling is never looser than needed: lower it when a module shrinks by more than 2 %.
    assert.ok(element.brotli >= element.ceiling / 1.04, `${element.brotli} B: lower its ceiling in scripts/size.mjs`);
  });
}

test('every widget in the manifest has a per-element module, and each has a ceiling until it meets its budget', () => {
  const tags = [...WIDGET_TAGS].sort();
  assert.deepEqual(
    elementEntries(pkg)
      .map((entry) => entry.tag)
      .sort(),
    tags,
  );
  for (const element of rows.filter((candidate) => candidate.budget === BUDGETS.element)) {
    assert.ok(element.brotli <= element.budget || element.ceiling !== undefined, plain(element));
  }
  assert.deepEqual(Object.keys(ELEMENT_CEILINGS).sort(), tags);
});

test('per-element modules are measured with Lit left out and the shared code in', async () => {
  for (const { tag, file } of elementEntries(pkg)) {
    const code = (await bundleElement(file)).map((chunk) => chunk.code).join('\n');
    assert.match(code, /from"lit"/, `${tag} imports Lit rather than bundling it`);
    assert.doesNotMatch(code, /class \w+ extends HTMLElement|ReactiveElement/, `${tag} bundles no Lit code`);
    assert.ok(code.includes('heading-level'), `${tag} counts the shared base class`);
    assert.ok(code.includes(`"${tag}"`), `${tag} counts its own registration`);
  }
});

test("each module's content and styles are measured alone: what it uses of them, and none of its code", () => {
  const elements = rows.filter((candidate) => candidate.budget === BUDGETS.element);
  for (const element of elements) {
    const { code, brotli } = element.contentAndStyles;
    assert.ok(brotli > 0 && brotli < element.brotli, `${plain(element)}: ${brotli} B of ${element.brotli} B`);
    assert.match(code, /:host\{/, `${plain(element)} counts its styles`);
    assert.doesNotMatch(code, /customElements|heading-level|MutationObserver/, `${plain(element)} counts no code`);
  }
  const overview = row('therapy-widgets/therapy-overview.js').contentAndStyles.code;
  assert.ok(overview.includes('What is targeted therapy?'), 'the overview counts its own text');
  assert.ok(!overview.includes('Side effects are problems'), 'and not the side-effect card’s');
  const page = row('therapy-widgets/therapy-page.js').contentAndStyles.code;
  for (const text of ['What is targeted therapy?', 'Side effects are problems', 'How it works, in pictures']) {
    assert.ok(page.includes(text), `the page counts "${text}"`);
  }
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

test('README.md shows the current size table (run `npm run size -- --write-readme`)', async () => {
  const readme = readFileSync('README.md', 'utf8');
  const expected = await prettier.format(withSizeTable(readme, rows), {
    ...(await prettier.resolveConfig('README.md')),
    filepath: 'README.md',
  });
  assert.equal(readme, expected);
});
