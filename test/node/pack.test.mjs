// `npm pack`, then install the tarball into a fresh project and use it as an npm user would.
import nodeResolve from '@rollup/plugin-node-resolve';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { rollup } from 'rollup';
import semver from 'semver';
import { build as viteBuild, createLogger } from 'vite';
import { readXliff, writeXliff } from '../../cli/packs.mjs';
import { MANIFEST } from '../manifest.mjs';

const work = resolve('.pack-test');
const consumer = join(work, 'consumer');
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

let files = [];

/** Runs the installed package's command with npx; returns what spawnSync returns. */
const npx = (...args) =>
  spawnSync('npx', ['--no-install', 'therapy-widgets', ...args], { cwd: consumer, encoding: 'utf8' });

/** What a command that must succeed printed: `run` returns spawnSync's result. */
const printed =
  (run) =>
  (...args) => {
    const { status, stdout, stderr } = run(...args);
    assert.equal(status, 0, `${args.join(' ')}: ${stderr}`);
    return stdout;
  };

/**
 * A hospital's own topic, from its English pack to a pre-rendered widget, with `command` (which
 * runs the package's command and returns what it printed), in the fresh project's `folder`: its
 * XLIFF file made, translated as a translator would, its packs built and a widget rendered in Spanish.
 */
async function ownTopic(command, folder) {
  const english = join(consumer, folder, 'family.en.json');
  mkdirSync(dirname(english));
  cpSync('test/fixtures/topics/hand-washing/family.en.json', english);
  command('extract', `${folder}/family.en.json`);
  const xliffFile = join(consumer, folder, 'hand-washing.family.es.xlf');
  const { units } = await readXliff(readFileSync(xliffFile, 'utf8'));
  const translations = new Map([...units].map(([id, unit]) => [id, `(es) ${unit.source}`]));
  writeFileSync(xliffFile, await writeXliff(JSON.parse(readFileSync(english, 'utf8')), 'es', translations));
  command('build', `${folder}/family.en.json`, '--out', `${folder}/packs`);
  assert.ok(existsSync(join(consumer, folder, 'packs/hand-washing/family.es.json')));
  const packs = ['--packs', `${folder}/packs`];
  const rendered = command('render', 'therapy-overview', '--topic', 'hand-washing', '--lang', 'es', ...packs);
  assert.match(rendered, /\(es\) Why we wash our hands/);
}

let apps = 0;

/** Writes `source` as an application's own module in the fresh project; returns its path. */
function appModule(source) {
  const file = join(consumer, `app-${++apps}.js`);
  writeFileSync(file, source);
  return file;
}

/**
 * Bundles an application module with Rollup and its node-resolve plugin, as an application
 * would: the package's `exports` and `sideEffects` apply. Other packages stay imports.
 */
async function rollupApp(source, { conditions = [] } = {}) {
  const input = appModule(source);
  const bundle = await rollup({
    input,
    external: (id) => !/^[./]|^therapy-widgets(\/|$)/.test(id),
    plugins: [nodeResolve({ exportConditions: conditions })],
    onwarn: (warning) => {
      if (warning.code !== 'EMPTY_BUNDLE') throw new Error(warning.message);
    },
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output.map((chunk) => chunk.code ?? '').join('\n');
}

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
  assert.match(
    printed(npx)('fallback', 'side-effect-card', '--lang', 'es'),
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
  await ownTopic(printed(npx), 'our-topic');
});

test('the commands and the server modules run on the oldest Node.js that engines allows', async () => {
  // `engines` is what the shipped code needs, not the tools that build and test it (`devEngines`):
  // parseArgs with default values (Node.js 18.11; 17 has no parseArgs) and structuredClone.
  const oldest = semver.minVersion(pkg.engines.node).version;
  const folder = join(work, `node-${oldest}`);
  mkdirSync(folder);
  // Node.js's package for this platform on npm holds its binary.
  const [binary] = JSON.parse(
    npm(['pack', '--json', '--pack-destination', folder, `node-${process.platform}-${process.arch}@${oldest}`], folder),
  );
  execFileSync('tar', ['-xzf', join(folder, binary.filename), '-C', folder]);
  const node = printed((...args) =>
    spawnSync(join(folder, 'package/bin/node'), args, { cwd: consumer, encoding: 'utf8' }),
  );
  const command = (...args) => node(join(consumer, 'node_modules/therapy-widgets/cli/therapy-widgets.mjs'), ...args);
  assert.equal(node('--version').trim(), `v${oldest}`);

  assert.match(command('check', resolve('test/fixtures/packs/sample-topic/family.en.json')), /no problems/);
  await ownTopic(command, 'oldest');
  assert.match(command('fallback', 'side-effect-card', '--lang', 'es'), /<h2>Efectos secundarios<\/h2>/);
  const script = `
    import { renderWidget } from 'therapy-widgets/server';
    import { renderFallback } from 'therapy-widgets/server/fallback.js';
    console.log(await renderWidget('cog-disclaimer', { emergencyNumber: '112' }));
    console.log(await renderFallback({ widget: 'cog-disclaimer', emergencyNumber: '112' }));`;
  const html = node('--input-type=module', '-e', script);
  assert.match(html, /^<cog-disclaimer data-prerendered [^>]*emergency-number="112"/);
  assert.match(html, /<a href="tel:112">112<\/a>/);
});

test("the tarball's source maps lead only to sources it holds or carries inline", () => {
  const maps = files.filter((file) => file.endsWith('.map'));
  assert.ok(maps.includes('dist/therapy-widgets.js.map') && maps.includes('dist/index.js.map'), maps.join());
  const missing = [];
  for (const file of maps) {
    const map = JSON.parse(readFileSync(join(consumer, 'node_modules/therapy-widgets', file), 'utf8'));
    map.sources.forEach((source, index) => {
      const shipped = files.includes(join(dirname(file), map.sourceRoot ?? '', source));
      if (!shipped && typeof map.sourcesContent?.[index] !== 'string') missing.push(`${file}: ${source}`);
    });
  }
  assert.deepEqual(missing, []);
});

test('a fresh project resolves every export of the installed package', () => {
  const script = `
    for (const specifier of ['therapy-widgets', 'therapy-widgets/classes.js', 'therapy-widgets/therapy-overview.js',
      'therapy-widgets/side-effect-card.js', 'therapy-widgets/cog-disclaimer.js', 'therapy-widgets/how-it-works.js',
      'therapy-widgets/therapy-page.js', 'therapy-widgets/therapy-widgets.js',
      'therapy-widgets/custom-elements.json', 'therapy-widgets/therapy-widgets.css', 'therapy-widgets/themes/default.css',
      'therapy-widgets/themes/meadow.css', 'therapy-widgets/themes/dark.css', 'therapy-widgets/tinymce',
      'therapy-widgets/wordpress', 'therapy-widgets/server/fallback.js',
      'therapy-widgets/packs/targeted-therapy/family.en.json']) {
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

test("an application imports the library's own packs from therapy-widgets/packs/", () => {
  const script = `
    import pack from 'therapy-widgets/packs/targeted-therapy/child.es.json' with { type: 'json' };
    console.log(pack.id, pack.audience, pack.language);`;
  const imported = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: consumer,
    encoding: 'utf8',
  });
  assert.equal(imported.trim(), 'targeted-therapy child es');
});

test('Rollup keeps every exported module that does something when imported, and drops the rest', async () => {
  // Every export whose module sideEffects lists, imported for its effect alone, as in
  // `import 'therapy-widgets/tinymce'`: what it registers must be in the bundle. (Which modules
  // need listing is checked in package.test.mjs; the stylesheets are not JavaScript.)
  const effects = Object.entries(pkg.exports).filter(([, entry]) =>
    (typeof entry === 'string' ? [entry] : Object.values(entry)).some((file) => pkg.sideEffects.includes(file)),
  );
  const subpaths = effects.map(([subpath]) => subpath);
  for (const expected of ['.', './therapy-widgets.js', './therapy-overview.js', './tinymce', './server']) {
    assert.ok(subpaths.includes(expected), `${expected} is bundled`);
  }
  for (const [subpath, entry] of effects) {
    if (typeof entry === 'string' && entry.endsWith('.css')) continue;
    const specifier = `therapy-widgets${subpath.slice(1)}`;
    const code = await rollupApp(`import '${specifier}';\n`, { conditions: entry.node ? ['node'] : [] });
    assert.match(code, /customElements\.define\(|PluginManager\.add\(/, `${specifier} registers what it is for`);
  }
  // What sideEffects leaves out is dropped when nothing of it is used, so the list is what decides.
  assert.equal((await rollupApp("import 'therapy-widgets/classes.js';\n")).trim(), '');
});

test("Vite builds an application from the package with no warning, and keeps the packs' folder for the app to set", async () => {
  const input = appModule(`import 'therapy-widgets/side-effect-card.js';
import 'therapy-widgets/tinymce';
import { registerPack, setPackFolder } from 'therapy-widgets/classes.js';
import spanish from 'therapy-widgets/packs/targeted-therapy/family.es.json';

setPackFolder('/therapy-widgets-packs/');
registerPack(spanish);
`);
  const logger = createLogger('warn');
  const warnings = [];
  logger.warn = (message) => warnings.push(message);
  logger.warnOnce = (message) => warnings.push(message);
  const built = await viteBuild({
    root: consumer,
    configFile: false,
    logLevel: 'warn',
    customLogger: logger,
    build: { write: false, minify: false, rollupOptions: { input } },
  });
  const code = built.output.map((chunk) => chunk.code ?? '').join('\n');
  assert.deepEqual(warnings, []);
  assert.match(code, /PluginManager\.add\(/, 'the TinyMCE plugin is kept');
  assert.match(code, /customElements\.define\(/);
  assert.match(
    code,
    /new URL\(\s*(\/\*.*?\*\/\s*)?"\.\.\/packs\/",\s*import\.meta\.url\s*\)/,
    'the default folder is left as written',
  );
  assert.ok(code.includes('Efectos secundarios'), 'the imported pack is in the bundle');
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
