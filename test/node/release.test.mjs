// The release zip (`npm run release`, scripts/release.mjs), made from the built dist/: one folder
// holding the files a website serves, byte for byte as built, the licence, the hosting note, the
// pre-rendered widgets' style hashes and a correct integrity hash for every file. Whether a page works from it: test/e2e/release.test.mjs.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { unzipSync } from 'fflate';
import { FOLDER, makeRelease } from '../../scripts/release.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const outDir = mkdtempSync(join(tmpdir(), 'release-'));
after(() => rmSync(outDir, { recursive: true }));

const { path, integrity } = makeRelease({ outDir });
const entries = unzipSync(readFileSync(path));
const files = Object.fromEntries(
  Object.entries(entries)
    .filter(([name]) => !name.endsWith('/'))
    .map(([name, bytes]) => [name, Buffer.from(bytes)]),
);
const inside = (name) => files[`${FOLDER}/${name}`];

test('the zip is named for the version and holds one folder, therapy-widgets/', () => {
  assert.equal(path, join(outDir, `therapy-widgets-${version}.zip`));
  for (const name of Object.keys(files)) assert.ok(name.startsWith(`${FOLDER}/`), name);
});

test('it holds the script, its chunks, the packs, the stylesheets and their maps, and nothing a page does not load', () => {
  const names = Object.keys(files).map((name) => name.slice(FOLDER.length + 1));
  for (const name of [
    'therapy-widgets.js',
    'therapy-widgets.js.map',
    'therapy-widgets.css',
    'LICENSE',
    'HOSTING.md',
    'csp.json',
    'integrity.json',
  ])
    assert.ok(names.includes(name), name);
  for (const prefix of [
    'chunks/es-',
    'chunks/es.child-',
    'chunks/child-words-',
    'chunks/placeholders-',
    'chunks/read-aloud-',
    'packs/targeted-therapy/',
    'themes/',
  ])
    assert.ok(
      names.some((name) => name.startsWith(prefix)),
      prefix,
    );
  const served = names.filter((name) => !['LICENSE', 'HOSTING.md', 'csp.json', 'integrity.json'].includes(name));
  for (const name of served) {
    assert.match(
      name,
      /^(therapy-widgets\.(js|js\.map|css)|chunks\/[\w.-]+\.js(\.map)?|packs\/[\w-]+\/(family|child)\.[a-z]{2}\.json|themes\/[\w-]+\.css)$/,
      name,
    );
    assert.doesNotMatch(name, /\.d\.ts|test|\.tsbuildinfo/, name);
    // Exactly the built file.
    assert.ok(readFileSync(join('dist', name)).equals(inside(name)), `${name} is the built file`);
  }
  // Every script has its source map, and every map its script.
  const scripts = served.filter((name) => name.endsWith('.js'));
  const maps = served.filter((name) => name.endsWith('.map'));
  assert.deepEqual(maps.sort(), scripts.map((name) => `${name}.map`).sort());
});

test('integrity.json holds the SHA-384 of every other file in the zip, and each one matches', () => {
  const listed = JSON.parse(inside('integrity.json').toString('utf8'));
  assert.deepEqual(listed, integrity);
  const others = Object.keys(files)
    .map((name) => name.slice(FOLDER.length + 1))
    .filter((name) => name !== 'integrity.json');
  assert.deepEqual(Object.keys(listed).sort(), others.sort());
  for (const [name, hash] of Object.entries(listed)) {
    assert.equal(hash, `sha384-${createHash('sha384').update(inside(name)).digest('base64')}`, name);
  }
});

test('the hosting note gives the script tag with its integrity, the policy and the cache headers', () => {
  const note = inside('HOSTING.md').toString('utf8');
  assert.ok(note.includes(version));
  assert.ok(note.includes(`src="/${FOLDER}/therapy-widgets.js"`));
  assert.ok(note.includes(`integrity="${integrity['therapy-widgets.js']}"`));
  assert.match(note, /Content-Security-Policy: default-src 'self'; script-src 'self'/);
  assert.match(note, /trusted-types lit-html/);
  assert.match(note, /Cache-Control: public,\s+max-age=31536000, immutable/);
  assert.ok(inside('LICENSE').equals(readFileSync('LICENSE')));
});

test("csp.json is the build's style-src hashes for the pre-rendered widgets, and the hosting note points to it", () => {
  assert.ok(inside('csp.json').equals(readFileSync('dist/prerendered/csp.json')));
  const { 'style-src': hashes } = JSON.parse(inside('csp.json').toString('utf8'));
  assert.ok(hashes.length > 0 && hashes.every((hash) => /^'sha256-[\w+/]+=*'$/.test(hash)), hashes.join(' '));
  const note = inside('HOSTING.md').toString('utf8');
  assert.match(note, /Pre-rendered widgets[^]*`csp\.json`[^]*docs\/prerendering\.md/);
});

test('the same files make the same zip', () => {
  const again = makeRelease({ outDir: mkdtempSync(join(outDir, 'again-')) });
  assert.ok(readFileSync(again.path).equals(readFileSync(path)));
});

test('release/ is not committed', () => {
  assert.match(readFileSync('.gitignore', 'utf8'), /^release\/$/m);
});
