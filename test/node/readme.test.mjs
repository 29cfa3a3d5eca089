// The README's API reference is generated from custom-elements.json; it must be current.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as prettier from 'prettier';
import { loadTokens, withApiReference, withTokenTable } from '../../scripts/readme-api.mjs';

test('README.md shows the API reference and token table generated from the code (run `npm run docs`)', async () => {
  const readme = readFileSync('README.md', 'utf8');
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const expected = await prettier.format(withTokenTable(withApiReference(readme, manifest), await loadTokens()), {
    ...(await prettier.resolveConfig('README.md')),
    filepath: 'README.md',
  });
  assert.equal(readme, expected);
});

test('README.md shows the two commands: run the demo and run every test', () => {
  const readme = readFileSync('README.md', 'utf8');
  assert.match(readme, /^npm start\b/m);
  assert.match(readme, /^npm test\b/m);
});
