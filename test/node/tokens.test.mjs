// The design tokens are the one source of the widgets' colours, fonts, radii and spaces: the
// widgets' CSS reads only the tokens' private properties and writes no values of its own.
// Run after `npm run build` (it reads the widgets' compiled styles and the generated stylesheets).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { elements } from '../../dist/classes.js';
import { readDesign, readWidgets } from '../../scripts/build-tokens.mjs';
import {
  HOLD_SECONDS,
  placeholderStylesheet,
  privateName,
  readsToken,
  themeStylesheet,
} from '../../scripts/tokens.mjs';

const design = readDesign();
const { tones: TONES, tokens: designTokens, themes } = design;

function styleFiles(folder = 'src') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return styleFiles(path);
    return entry.name.endsWith('.styles.ts') || path === join('src', 'shared', 'styles.ts') ? [path] : [];
  });
}

const known = new Set([
  ...designTokens.map((token) => privateName(token.name)),
  '--_tone',
  '--_tone-surface',
  '--_tone-text',
]);

test("the widgets' CSS reads only token properties, and holds no colour or default of its own", () => {
  const files = styleFiles();
  assert.ok(files.length >= 4, files.join(', '));
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    assert.doesNotMatch(source, /#[0-9a-f]{3,8}\b/i, `${file}: a colour literal`);
    assert.doesNotMatch(source, /\b(?:rgba?|hsla?|oklch|color-mix)\(/i, `${file}: a colour function`);
    assert.doesNotMatch(source, /var\(--therapy-/, `${file}: reads a page token directly; read its --_ property`);
    assert.doesNotMatch(source, /var\(--[\w-]+\s*,/, `${file}: a var() fallback; defaults belong in tokens.ts`);
    for (const [, name] of source.matchAll(/var\((--[\w-]+)\)/g)) {
      assert.ok(known.has(name), `${file}: ${name} is not a design token`);
    }
  }
});

test('five tokens are the brand, and every tone has its three semantic tokens', () => {
  assert.deepEqual(
    designTokens.filter((token) => token.brand).map((token) => token.name),
    [
      '--therapy-color-accent',
      '--therapy-font-family',
      '--therapy-heading-font-family',
      '--therapy-radius',
      '--therapy-space',
    ],
  );
  for (const tone of TONES) {
    for (const suffix of ['', '-surface', '-text']) {
      assert.ok(
        designTokens.some((token) => token.name === `--therapy-color-${tone}${suffix}`),
        `${tone}${suffix}`,
      );
    }
  }
  const names = designTokens.map((token) => token.name);
  assert.equal(new Set(names).size, names.length, 'token names are unique');
});

test('every colour token has a dark, a print and a forced-colours value (or follows a token that has)', () => {
  for (const token of designTokens.filter((t) => t.light.startsWith('#'))) {
    assert.ok(token.dark && token.print && token.forced, token.name);
  }
});

test('the theme files and the space-holding sheet are built from the token table', async () => {
  assert.deepEqual(
    themes.map((theme) => theme.name),
    ['default', 'meadow', 'dark'],
  );
  const brand = new Set(designTokens.filter((token) => token.brand).map((token) => token.name));
  for (const theme of themes) {
    assert.equal(readFileSync(`dist/themes/${theme.name}.css`, 'utf8'), themeStylesheet(theme, design), theme.name);
    for (const name of Object.keys(theme.tokens ?? {})) assert.ok(brand.has(name), `${theme.name} sets ${name}`);
  }
  const placeholder = readFileSync('dist/therapy-widgets.css', 'utf8');
  const { WIDGET_TAGS, PLACEHOLDER_ATTRIBUTE, PRERENDERED_ATTRIBUTE } = await readWidgets();
  const attributes = { placeholder: PLACEHOLDER_ATTRIBUTE, prerendered: PRERENDERED_ATTRIBUTE };
  assert.equal(placeholder, placeholderStylesheet(design, WIDGET_TAGS, attributes));
  for (const tag of ['therapy-overview', 'side-effect-card', 'cog-disclaimer']) {
    assert.match(placeholder, new RegExp(`:where\\(${tag}\\):not\\(:defined\\)`), tag);
  }
});

test('browsers without light-dark() get every colour in its light value', () => {
  const condition = '@supports not (color: light-dark(#000, #fff)) {';
  for (const [tag, element] of Object.entries(elements)) {
    const css = [element.styles]
      .flat(Infinity)
      .map((sheet) => sheet.cssText)
      .join('\n');
    // Each widget has the fallback of the shared tokens, and of its own tokens if it has any.
    const fallbacks = css
      .split(condition)
      .slice(1)
      .map((rest) => rest.slice(0, rest.indexOf('}')));
    assert.ok(fallbacks.length > 0, tag);
    for (const fallback of fallbacks)
      assert.doesNotMatch(fallback, /light-dark\(/, `${tag}: no light-dark() inside the fallback`);
    for (const token of designTokens.filter((t) => t.dark && readsToken(t, tag))) {
      const declaration = `${privateName(token.name)}: var(${token.name}, ${token.light});`;
      assert.ok(
        fallbacks.some((fallback) => fallback.includes(declaration)),
        `${tag}: ${token.name}`,
      );
    }
  }
});

test("the README's brand table lists exactly the five brand tokens", () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Theming in five tokens'), readme.indexOf('## Security'));
  const listed = [...section.matchAll(/^\| `(--therapy-[\w-]+)`/gm)].map((match) => match[1]);
  assert.deepEqual(
    listed,
    designTokens.filter((token) => token.brand).map((token) => token.name),
  );
});

test('a pre-rendered <therapy-page> holds the space of its links for as long as the holding sheet does', () => {
  const styles = readFileSync('src/therapy-page/therapy-page.styles.ts', 'utf8');
  assert.deepEqual(
    [...styles.matchAll(/animation: [\w-]+ 0s (\d+)s forwards/g)].map(([, seconds]) => Number(seconds)),
    [HOLD_SECONDS],
  );
});
