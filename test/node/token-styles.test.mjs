// The token CSS is generated at build time (scripts/build-tokens.mjs), split so that each widget
// carries only the tokens it reads. These tests take each widget's real styles (its static
// `styles`, as compiled into dist/) and hold them to the token table: every token the widget
// reads is declared, with its defaults, print and forced-colours values, and nothing else is.
// A new token, or a widget that starts reading one, cannot be left out of the CSS or the table.
// Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { staticImports } from '../../scripts/size.mjs';
import { elements } from '../../dist/classes.js';
import { readDesign } from '../../scripts/build-tokens.mjs';
import { cssValue, privateName, readsToken } from '../../scripts/tokens.mjs';

const { tones: TONES, tokens: designTokens } = readDesign();

/** Every stylesheet of a widget, in order, as one text. */
function widgetCss(element) {
  return [element.styles]
    .flat(Infinity)
    .map((sheet) => sheet.cssText)
    .join('\n');
}

const normal = (text) => text.replace(/\s+/g, ' ').trim();

/** The custom property declarations in a stylesheet, each with the rules and at-rules around it. */
function declarations(cssText) {
  const found = [];
  const context = [];
  let text = '';
  const declare = () => {
    const match = /^\s*(--[\w-]+)\s*:([\s\S]*)$/.exec(text);
    if (match) found.push({ context: context.join(' > '), property: match[1], value: normal(match[2]) });
    text = '';
  };
  for (const char of cssText.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      context.push(normal(text));
      text = '';
    } else if (char === '}') {
      declare();
      context.pop();
    } else if (char === ';') {
      declare();
    } else {
      text += char;
    }
  }
  assert.equal(context.length, 0, 'balanced braces');
  return found;
}

/** Where each kind of value is declared, and which tokens have one. */
const PLACES = {
  ':host': (token) =>
    `var(${token.name}, ${
      token.dark ? `light-dark(${cssValue(token.light)}, ${cssValue(token.dark)})` : cssValue(token.light)
    })`,
  '@supports not (color: light-dark(#000, #fff)) > :host': (token) =>
    token.dark ? `var(${token.name}, ${cssValue(token.light)})` : undefined,
  '@media print > :host': (token) => token.print,
  '@media (forced-colors: active) > :host': (token) => token.forced,
};

const TONE_PROPERTIES = ['--_tone', '--_tone-surface', '--_tone-text'];

const read = (tag) => designTokens.filter((token) => readsToken(token, tag));
const tonesRead = (tag) => TONES.filter((tone) => read(tag).some((token) => token.name === `--therapy-color-${tone}`));

for (const [tag, element] of Object.entries(elements)) {
  test(`<${tag}> declares exactly the tokens it reads, with their values in each appearance`, () => {
    const found = declarations(widgetCss(element));
    const tokenDeclarations = found.filter((d) => !TONE_PROPERTIES.includes(d.property));
    for (const declaration of tokenDeclarations) {
      assert.match(declaration.property, /^--_/, `${tag} declares ${declaration.property}: only private properties`);
      assert.ok(declaration.context in PLACES, `${tag} declares ${declaration.property} in "${declaration.context}"`);
    }
    for (const [place, value] of Object.entries(PLACES)) {
      const expected = read(tag)
        .filter((token) => value(token) !== undefined)
        .map((token) => `${privateName(token.name)}: ${value(token)}`);
      const actual = tokenDeclarations.filter((d) => d.context === place).map((d) => `${d.property}: ${d.value}`);
      assert.deepEqual(actual.sort(), expected.sort(), `${tag}, ${place}`);
    }
  });

  test(`<${tag}> maps exactly the tones whose tokens it reads`, () => {
    const found = declarations(widgetCss(element)).filter((d) => TONE_PROPERTIES.includes(d.property));
    const tones = tonesRead(tag);
    const expected = tones.flatMap((tone) =>
      ['', '-surface', '-text'].map((part) => `.tone-${tone} > --_tone${part}: var(--_color-${tone}${part})`),
    );
    const actual = found.map((d) => `${d.context} > ${d.property}: ${d.value}`);
    assert.deepEqual(actual.sort(), expected.sort(), tag);
  });

  test(`<${tag}> reads every token it declares, and no private property it does not declare`, () => {
    const css = widgetCss(element);
    const declared = new Set(
      declarations(css)
        .filter((d) => d.context === ':host')
        .map((d) => d.property),
    );
    const hasTones = tonesRead(tag).length > 0;
    const reads = new Set([...css.matchAll(/var\((--_[\w-]+)\)/g)].map((match) => match[1]));
    for (const name of reads) {
      const known = declared.has(name) || (hasTones && TONE_PROPERTIES.includes(name));
      assert.ok(known, `<${tag}> reads ${name} but does not declare it: add it to the token's widgets`);
    }
    for (const name of declared) {
      assert.ok(reads.has(name), `<${tag}> declares ${name} but never reads it: take it off the token's widgets`);
    }
  });
}

/** Every file of dist/ that `entry` imports statically, recursively (packages left out). */
function importGraph(entry) {
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
    }
  };
  visit(resolve(entry));
  return [...files].map((file) => relative('.', file));
}

test('no module of the package carries the token table: the widgets carry only finished CSS', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  // The modules with types: the entry, each element and the editor integrations. The script-tag
  // bundle is built from the same entry (src/index.ts).
  // (The server renderer, for Node only, has no default entry.)
  const entries = Object.values(pkg.exports).flatMap((target) =>
    typeof target === 'string' || !target.default ? [] : [target.default],
  );
  assert.ok(entries.length >= 7, entries.join(', '));
  for (const entry of entries) {
    const graph = importGraph(entry);
    // Editor integrations (dist/editors/) show no widget styles of their own.
    assert.ok(
      entry.startsWith('./dist/editors/') || graph.some((file) => file.startsWith('dist/generated/token-styles/')),
      `${entry} has the generated token CSS`,
    );
    // The table's descriptions exist only in tokens/tokens.json, the manifest and the docs.
    for (const file of graph) {
      const code = readFileSync(file, 'utf8');
      for (const token of designTokens) {
        assert.ok(!code.includes(token.description), `${file} holds the description of ${token.name}`);
      }
    }
  }
});
