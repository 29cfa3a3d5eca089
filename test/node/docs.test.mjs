// The docs: the generated pages are current, the README stays short, the commands they name exist,
// no address they give is a placeholder, and the docs site's builder keeps its promises (every page
// in the navigation, .md links made .html, a link that leads nowhere fails the build).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import semver from 'semver';
import { MIN_PASSAGE_EASE, MIN_WIDGET_EASE, PASSAGE_WORDS } from '../../cli/reading-standard.mjs';
import { generatedPages } from '../../scripts/api-docs.mjs';
import { navigation, NAV, outputPath, renderPages, slug, sourcePages } from '../../scripts/build-docs.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lockfile = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
/** Every Markdown file a reader is pointed to. */
const documents = ['README.md', ...sourcePages()].map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** The commands in ```sh and ```js blocks and in `inline code`, one per line. */
function commandLines(text) {
  const blocks = [...text.matchAll(/^ *```(?:sh|bash|js)\n([\s\S]*?)^ *```/gm)].map((match) => match[1]);
  const inline = [...text.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]);
  return [...blocks.flatMap((block) => block.split('\n')), ...inline];
}

test('docs/api.md and the token table in docs/theming.md are generated from the code (run `npm run docs`)', async () => {
  for (const [path, expected] of Object.entries(await generatedPages())) {
    assert.equal(readFileSync(path, 'utf8'), expected, path);
  }
});

test('the API reference documents every attribute, property, method, event, slot, part and custom property', () => {
  const api = readFileSync('docs/api.md', 'utf8');
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.ok(elements.length >= 5);
  for (const element of elements) {
    const start = api.indexOf(`## \`<${element.tagName}>\``);
    assert.ok(start >= 0, element.tagName);
    const next = api.indexOf('\n## ', start + 1);
    const section = api.slice(start, next < 0 ? undefined : next);
    const publicMembers = (element.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public');
    const names = [
      ...(element.attributes ?? []).map((a) => a.name),
      ...publicMembers.map((m) => (m.kind === 'method' ? `${m.name}()` : m.name)),
      ...(element.events ?? []).map((e) => e.name),
      ...(element.slots ?? []).map((s) => s.name),
      ...(element.cssParts ?? []).map((p) => p.name),
      ...(element.cssProperties ?? []).map((p) => p.name),
    ];
    for (const name of names) assert.ok(section.includes(`\`${name}\``), `${element.tagName}: ${name}`);
  }
});

test('the README is for deciding: at most 300 lines, with the two commands to run the demo and every test', () => {
  assert.ok(readme.split('\n').length <= 300, `${readme.split('\n').length} lines`);
  assert.match(readme, /^npm start\b/m);
  assert.match(readme, /^npm test\b/m);
});

test('every `npm run` script the docs name exists in package.json', () => {
  const named = new Set(
    documents.flatMap(({ text }) =>
      commandLines(text).flatMap((line) => [...line.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1])),
    ),
  );
  assert.ok(named.has('release') && named.has('docs'), 'the docs name the release and docs scripts');
  for (const script of named) assert.ok(pkg.scripts[script], `npm run ${script}`);
});

test('every `npx therapy-widgets` command the docs name is a command of the CLI', () => {
  const subcommands = new Set(
    documents.flatMap(({ text }) =>
      commandLines(text).flatMap((line) => [...line.matchAll(/npx therapy-widgets ([\w-]+)/g)].map((m) => m[1])),
    ),
  );
  assert.ok(subcommands.size > 0);
  for (const subcommand of subcommands) {
    // Given nothing, a real command asks for what it needs (files, or a widget); an unknown one
    // says it is unknown.
    const run = spawnSync(process.execPath, [pkg.bin['therapy-widgets'], subcommand], { encoding: 'utf8' });
    assert.doesNotMatch(run.stderr, /Unknown command/, subcommand);
    assert.match(run.stderr, /No files to check|Name one widget|Name the English packs/, subcommand);
  }
  const unknown = spawnSync(process.execPath, [pkg.bin['therapy-widgets'], 'frobnicate'], { encoding: 'utf8' });
  assert.match(unknown.stderr, /Unknown command/);
});

test('no address in the docs is a placeholder domain', () => {
  for (const { path, text } of [
    ...documents,
    { path: 'CONTRIBUTING.md', text: readFileSync('CONTRIBUTING.md', 'utf8') },
  ]) {
    assert.doesNotMatch(text, /example\.(org|com)\//, path);
  }
});

test("package.json's devEngines and CONTRIBUTING.md state the lockfile's real Node.js floor for development", () => {
  // In each release line, the first version that every locked package accepts. Packages that
  // accept no version of a line at all (a few declare Node 22 but run on 20) do not count there.
  const ranges = Object.values(lockfile.packages)
    .map((entry) => entry.engines?.node)
    .filter((range) => typeof range === 'string' && semver.validRange(range));
  const floor = (major) => {
    const versions = [];
    for (let minor = 0; minor <= 40; minor++)
      for (let patch = 0; patch <= 12; patch++) versions.push(`${major}.${minor}.${patch}`);
    const accepting = ranges.filter((range) => versions.some((version) => semver.satisfies(version, range)));
    return versions.find((version) => accepting.every((range) => semver.satisfies(version, range)));
  };
  const { runtime } = pkg.devEngines;
  assert.equal(runtime.name, 'node');
  const node20 = floor(20);
  assert.equal(semver.minVersion(runtime.version).version, node20);
  for (const major of [20, 22, 24]) {
    const first = semver.parse(floor(major));
    assert.ok(semver.satisfies(first, runtime.version), `${first} is allowed`);
    if (first.patch > 0)
      assert.ok(
        !semver.satisfies(`${major}.${first.minor}.${first.patch - 1}`, runtime.version),
        `${major}: below ${first}`,
      );
  }
  assert.ok(readFileSync('CONTRIBUTING.md', 'utf8').includes(`Node.js ${node20} or later`));
});

test("package.json's engines, for those who install the package, suit every package it installs, and the docs state it", () => {
  // The shipped code's own floor is checked by running it (pack.test.mjs); here, its dependencies'.
  const oldest = semver.minVersion(pkg.engines.node).version;
  const installed = Object.entries(lockfile.packages).filter(
    ([path, entry]) => path && !entry.dev && !entry.devOptional,
  );
  assert.ok(
    installed.some(([path]) => path === 'node_modules/@lit-labs/ssr'),
    'the dependencies are read',
  );
  for (const [path, entry] of installed) {
    if (entry.engines?.node) assert.ok(semver.satisfies(oldest, entry.engines.node), `${path}: ${entry.engines.node}`);
  }
  assert.ok(semver.subset(pkg.devEngines.runtime.version, pkg.engines.node), 'what builds the package runs it');
  assert.ok(
    readFileSync('docs/authors.md', 'utf8')
      .replace(/\s+/g, ' ')
      .includes(`Node.js ${semver.major(oldest)}.${semver.minor(oldest)} or later`),
  );
});

test("docs/languages.md states the Spanish reading ease the checker and the tests use, and the authors' guide links to it", () => {
  const languages = readFileSync('docs/languages.md', 'utf8').replace(/\s+/g, ' ');
  for (const figures of [
    `at least **${MIN_WIDGET_EASE.family}** ("easy") for families and **${MIN_WIDGET_EASE.child}** for children`,
    `each passage of **${PASSAGE_WORDS} words or more** must score at least **${MIN_PASSAGE_EASE}**`,
  ]) {
    assert.ok(languages.includes(figures), figures);
  }
  assert.ok(readFileSync('docs/authors.md', 'utf8').includes('(languages.md#reading-ease-in-spanish)'));
});

test('Hosting names every chunk the build makes, so its list of what each one is stays whole', () => {
  // Rollup names chunks `<name>-<hash>.js` with an eight-character hash (rollup.config.js).
  const names = new Set(
    readdirSync('dist/chunks')
      .filter((file) => file.endsWith('.js'))
      .map((file) => file.replace(/-[\w-]{8}\.js$/, '')),
  );
  assert.ok(names.has('placeholders') && names.has('hydrate'), [...names].join(', '));
  const hosting = readFileSync('docs/hosting.md', 'utf8');
  for (const name of names) assert.ok(hosting.includes(`\`${name}\``), `docs/hosting.md names the chunk ${name}`);
});

test("slugs are GitHub's, so page.md#heading links work on GitHub and on the site", () => {
  assert.equal(slug('Reading aloud (`listen`)'.replace(/`/g, '')), 'reading-aloud-listen');
  assert.equal(
    slug('Security: Content-Security-Policy, Trusted Types and integrity'),
    'security-content-security-policy-trusted-types-and-integrity',
  );
  assert.equal(slug('<therapy-page>'), 'therapy-page');
});

test('the site renders every page, rewrites .md links to .html, and puts unlisted pages under "More"', () => {
  const { pages } = renderPages();
  const outputs = pages.map((page) => page.output);
  assert.ok(outputs.includes('editors/ckeditor5.html') && outputs.includes('contributing.html'));
  const embedding = pages.find((page) => page.source === 'docs/embedding.md');
  assert.match(embedding.body, /href="performance\.html#no-layout-shift"/);
  assert.doesNotMatch(pages.map((page) => page.body).join('\n'), /href="[^":]+\.md(#[^"]*)?"/);
  const wordpress = pages.find((page) => page.source === 'docs/editors/wordpress.md');
  assert.match(wordpress.body, /href="\.\.\/placeholders\.html"/);
  assert.match(wordpress.body, /src="\.\.\/images\/wordpress-editor\.png"/);

  const groups = navigation(pages);
  const inNav = groups.flatMap((group) => group.pages.map((page) => page.source));
  assert.deepEqual([...inNav].sort(), pages.map((page) => page.source).sort(), 'every page is in the navigation once');
  const listedButMissing = NAV.flatMap((group) => group.pages).filter(
    (source) => !outputs.includes(outputPath(source)),
  );
  for (const source of listedButMissing) assert.ok(!inNav.includes(source), source);
});

test('a page the navigation does not list yet goes under "More"; a listed page that is missing is left out', () => {
  const sources = ['docs/embedding.md', 'docs/brand-new.md'];
  const text = {
    'docs/embedding.md': '# Embedding\n\nSee [new](brand-new.md#part).',
    'docs/brand-new.md': '# New\n\nWhat it\nis for.\n\n## Part\n',
  };
  const { pages } = renderPages(sources, (source) => text[source]);
  assert.match(pages[0].body, /href="brand-new\.html#part"/);
  assert.equal(pages[1].summary, 'What it is for.', 'the index shows the first paragraph, line breaks as spaces');
  const groups = navigation(pages);
  assert.deepEqual(
    groups.map((group) => [group.title, group.pages.map((page) => page.output)]),
    [
      ['Web teams', ['embedding.html']],
      ['More', ['brand-new.html']],
    ],
  );
});

test('a link to a page, heading or file that does not exist fails the build, naming it', () => {
  const text = {
    'docs/a.md': '# A\n\n[gone](gone.md), [no heading](b.md#nowhere), [no file](../src/nothing.ts)',
    'docs/b.md': '# B\n',
  };
  assert.throws(
    () => renderPages(Object.keys(text), (source) => text[source]),
    (error) =>
      /gone\.md/.test(error.message) && /b\.md#nowhere/.test(error.message) && /nothing\.ts/.test(error.message),
  );
});

// Folders of data are described by their parent's README: the tests and the build read them whole.
// test/visual/failures/ is written by a failing visual test and ignored by git.
const DATA_FOLDERS = [
  /^src\/content\/[^/]+$/,
  /^test\/fixtures\/.+/,
  /^src\/generated$/,
  /^test\/visual\/(baselines|failures)(\/.*)?$/,
];

test('every folder of src/, scripts/ and test/ says in a README.md what lives there', () => {
  const folders = ['src', 'scripts', 'test'].flatMap(function walk(folder) {
    const children = readdirSync(folder)
      .map((name) => join(folder, name).split('\\').join('/'))
      .filter((path) => statSync(path).isDirectory() && !DATA_FOLDERS.some((pattern) => pattern.test(path)));
    return [folder, ...children.flatMap(walk)];
  });
  const missing = folders.filter((folder) => {
    try {
      return readFileSync(join(folder, 'README.md'), 'utf8').trim() === '';
    } catch {
      return true;
    }
  });
  assert.deepEqual(missing, []);
});
