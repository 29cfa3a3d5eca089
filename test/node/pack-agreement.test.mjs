// The browser's small pack checker (src/content/check.ts) and the published JSON Schema, checked
// with Ajv, must accept and refuse the same packs, and name the same place when they refuse.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import ts from 'typescript';
import { schemaProblems } from '../../cli/packs.mjs';

const FIXTURES = 'test/fixtures/packs/agreement';
const work = mkdtempSync(join(tmpdir(), 'pack-agreement-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** @type {(value: unknown) => unknown} */
let checkPack;
/** @type {new (...args: any[]) => Error & { path: string }} */
let PackProblem;

// The checker as the browser runs it: its TypeScript, compiled on its own.
before(async () => {
  for (const name of ['check', 'types']) {
    const source = readFileSync(`src/content/${name}.ts`, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2021 },
    });
    writeFileSync(join(work, `${name}.js`), outputText);
  }
  ({ checkPack, PackProblem } = await import(pathToFileURL(join(work, 'check.js')).href));
});

/** Every fixture pack, with the verdict it is meant to get. */
function fixtures() {
  const packs = [
    ['src/content/targeted-therapy/family.en.json', true],
    ['test/fixtures/packs/sample-topic/family.en.json', true],
  ];
  for (const [folder, valid] of [
    ['good', true],
    ['bad', false],
  ]) {
    for (const name of readdirSync(join(FIXTURES, folder)).sort()) packs.push([join(FIXTURES, folder, name), valid]);
  }
  return packs;
}

test('there are good and bad packs to compare', () => {
  const all = fixtures();
  assert.ok(all.filter(([, valid]) => valid).length >= 8);
  assert.ok(all.filter(([, valid]) => !valid).length >= 30);
});

for (const [file, valid] of fixtures()) {
  test(`the schema and the browser's checker agree on ${file}`, () => {
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    const schemaSays = schemaProblems(pack);
    let checkerSays;
    try {
      checkPack(pack);
    } catch (error) {
      assert.ok(error instanceof PackProblem, String(error));
      checkerSays = error;
    }
    assert.equal(schemaSays.length === 0, valid, `the schema's verdict: ${JSON.stringify(schemaSays)}`);
    assert.equal(checkerSays === undefined, valid, `the checker's verdict: ${checkerSays?.message}`);
    if (!valid) {
      const places = schemaSays.map(({ path }) => path);
      assert.ok(places.includes(checkerSays.path), `checker: ${checkerSays.path}; schema: ${places.join(', ')}`);
    }
  });
}
