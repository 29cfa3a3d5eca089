// `npm pack`, then install the tarball into a fresh project and use it as an npm user would.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { readXliff, writeXliff } from '../../cli/packs.mjs';
import { MANIFEST } from '../manifest.mjs';

const work = resolve('.pack-test');
const consumer = join(work, 'consumer');
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let files = [];

before(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(consumer, { recursive: true });
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], '.'));
  files = packed.files.map((file) => file.path);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, packed.filename)],
    consumer,
  );
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the tarball holds the build, the manifest and the docs, and no sources or tests', () => {
  for (const file of [
    'dist/therapy-widgets.js',
    'dist/index.js',
    'dist/index.d.ts',
    'custom-elements.json',
    'README.md',
    'CHANGELOG.md',
  ]) {
    assert.ok(files.includes(file), file);
  }
  assert.ok(!files.some((file) => file.startsWith('src/') || file.startsWith('test/')));
  // The manifest's modules are the files it ships, for the editors and tools that read it.
  for (const { path } of MANIFEST.modules) assert.ok(files.includes(path), `custom-elements.json: ${path}`);
});

test('the installed package checks content packs with npx therapy-widgets, and ships the schema', () => {
  for (const file of [
    'cli/therapy-widgets.mjs',
    'cli/packs.mjs',
    'cli/readability.mjs',
    'cli/reading-standard.mjs',
    'schema/pack.schema.json',
  ]) {
    assert.ok(files.includes(file), file);
  }
  const npx = (...args) =>
    spawnSync('npx', ['--no-install', 'therapy-widgets', ...args], { cwd: consumer, encoding: 'utf8' });
  const good = npx('check', resolve('test/fixtures/packs/sample-topic/family.en.json'));
  assert.equal(good.status, 0, good.stdout + good.stderr);
  const bad = npx('check', resolve('test/fixtures/packs/agreement/bad/unknown-picture.json'));
  assert.equal(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, /\/sections\/1\/blocks\/0\/picture {2}schema: expected one of blood-vessels, signals/);
  const schema = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', "console.log(import.meta.resolve('therapy-widgets/schema/pack.schema.json'))"],
    { cwd: consumer, encoding: 'utf8' },
  );
  assert.equal(JSON.parse(readFileSync(new URL(schema.trim()), 'utf8')).title, 'therapy-widgets content pack');
});

test('the installed package writes fallback text in Node and with npx therapy-widgets fallback', () => {
  const npx = spawnSync('npx', ['--no-install', 'therapy-widgets', 'fallback', 'side-effect-card', '--lang', 'es'], {
    cwd: consumer,
    encoding: 'utf8',
  });
  assert.equal(npx.status, 0, npx.stderr);
  assert.match(
    npx.stdout,
    /^<div data-therapy-widget="side-effect-card" [^>]*lang="es"[^>]*>\n<h2>Efectos secundarios<\/h2>/,
  );
  const script = `
    import { renderFallback } from 'therapy-widgets/server/fallback.js';
    console.log(await renderFallback({ widget: 'cog-disclaimer', audience: 'child', emergencyNumber: '112' }));`;
  const html = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: consumer,
    encoding: 'utf8',
  });
  assert.match(html, /^<h2>Good to know<\/h2>\n<ul>/);
  assert.match(html, /<a href="tel:112">112<\/a>/);
});

test("the installed package translates, builds and pre-renders a hospital's own topic with npx therapy-widgets", async () => {
  const npx = (...args) =>
    spawnSync('npx', ['--no-install', 'therapy-widgets', ...args], { cwd: consumer, encoding: 'utf8' });
  mkdirSync(join(consumer, 'our-topic'));
  cpSync('test/fixtures/topics/hand-washing/family.en.json', join(consumer, 'our-topic/family.en.json'));
  const extracted = npx('extract', 'our-topic/family.en.json');
  assert.equal(extracted.status, 0, extracted.stderr);
  const xliffFile = join(consumer, 'our-topic/hand-washing.family.es.xlf');
  // A translator fills in every target.
  const { units } = await readXliff(readFileSync(xliffFile, 'utf8'));
  const english = JSON.parse(readFileSync(join(consumer, 'our-topic/family.en.json'), 'utf8'));
  writeFileSync(
    xliffFile,
    await writeXliff(english, 'es', new Map([...units].map(([id, u]) => [id, `(es) ${u.source}`]))),
  );
  const built = npx('build', 'our-topic/family.en.json', '--out', 'public/packs');
  assert.equal(built.status, 0, built.stderr);
  assert.ok(existsSync(join(consumer, 'public/packs/hand-washing/family.es.json')));
  const rendered = npx(
    'render',
    'therapy-overview',
    '--topic',
    'hand-washing',
    '--lang',
    'es',
    '--packs',
    'public/packs',
  );
  assert.equal(rendered.status, 0, rendered.stderr);
  assert.match(rendered.stdout, /\(es\) Why we wash our hands/);
});

test('a fresh project resolves every export of the installed package', () => {
  const script = `
    for (const specifier of ['therapy-widgets', 'therapy-widgets/classes.js', 'therapy-widgets/therapy-overview.js',
      'therapy-widgets/side-effect-card.js', 'therapy-widgets/cog-disclaimer.js', 'therapy-widgets/how-it-works.js',
      'therapy-widgets/therapy-page.js', 'therapy-widgets/therapy-widgets.js',
      'therapy-widgets/custom-elements.json', 'therapy-widgets/therapy-widgets.css', 'therapy-widgets/themes/default.css',
      'therapy-widgets/themes/meadow.css', 'therapy-widgets/themes/dark.css', 'therapy-widgets/tinymce',
      'therapy-widgets/wordpress', 'therapy-widgets/server/fallback.js']) {
      console.log(import.meta.resolve(specifier));
    }`;
  const resolved = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: consumer,
    encoding: 'utf8',
  });
  for (const line of resolved.trim().split('\n')) {
    assert.ok(existsSync(new URL(line)), line);
  }
  assert.ok(existsSync(join(consumer, 'node_modules/lit/package.json')), 'lit installed as a dependency');
});

test('TypeScript in a fresh project sees the element types and tag names', () => {
  writeFileSync(
    join(consumer, 'usage.ts'),
    `import { TherapyOverview } from 'therapy-widgets/classes.js';
import 'therapy-widgets/cog-disclaimer.js';
const overview: TherapyOverview = document.createElement('therapy-overview');
overview.headingLevel = 3;
const disclaimer = document.querySelector('cog-disclaimer');
if (disclaimer) disclaimer.emergencyNumber = '112';
// @ts-expect-error: the level is a number
overview.headingLevel = 'three';
`,
  );
  const tsc = resolve('node_modules/typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--target',
      'ES2022',
      '--module',
      'ES2022',
      '--moduleResolution',
      'bundler',
      '--lib',
      'ES2022,DOM',
      '--skipLibCheck',
      'usage.ts',
    ],
    { cwd: consumer, encoding: 'utf8' },
  );
});
