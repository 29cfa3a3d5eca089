// Checks on the built package: run after `npm run build` (npm test does that first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { INTERNAL_PROPERTIES, messageIds, privateProperties } from '../../rollup.config.js';
import { DEFINITIONS, MANIFEST as manifest } from '../manifest.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const { WIDGET_TAGS: TAGS } = await import('../../dist/widgets.js');

function exportTargets(entry) {
  return typeof entry === 'string' ? [entry] : Object.values(entry);
}

test('every file named in package.json exports exists after the build', () => {
  for (const [subpath, entry] of Object.entries(pkg.exports)) {
    // A pattern (`./dist/packs/*`) names the files of a folder.
    for (const target of exportTargets(entry))
      assert.ok(existsSync(target.replace(/\*$/, '')), `${subpath} -> ${target}`);
  }
  assert.ok(existsSync(pkg.types));
  assert.ok(existsSync(pkg.customElements));
});

test('the script-tag bundle is one minified module with a source map', () => {
  const bundle = readFileSync('dist/therapy-widgets.js', 'utf8');
  assert.ok(existsSync('dist/therapy-widgets.js.map'));
  assert.match(bundle, /sourceMappingURL=therapy-widgets\.js\.map/);
  assert.doesNotMatch(bundle, /^import /m, 'Lit is bundled, not imported');
  assert.ok(bundle.split('\n').length < 20, 'minified');
  for (const tag of TAGS) assert.ok(bundle.includes(tag), tag);
});

test('the script-tag bundle and its translations never format dates with Intl', () => {
  // A page's first Intl.DateTimeFormat loads the browser's date data (about 25–30 ms in a new
  // renderer), delaying a first visit; the review date is written from the content's own words.
  // toLocaleString counts too: on a Date it is the same formatter.
  const chunks = readdirSync('dist/chunks').filter((file) => file.endsWith('.js'));
  assert.ok(chunks.length > 0, 'the translation chunks are checked too');
  for (const file of ['dist/therapy-widgets.js', ...chunks.map((chunk) => `dist/chunks/${chunk}`)]) {
    assert.doesNotMatch(readFileSync(file, 'utf8'), /DateTimeFormat|toLocale(Date|Time)?String/, file);
  }
});

test('the script-tag bundle uses short message ids, each with its Spanish translation', () => {
  // The Spanish translation chunks (`es-…`, and `es.child-…`, the words for children) and the
  // bundle's code: the script and the chunks it loads on demand, such as the children's words.
  const chunks = readdirSync('dist/chunks').filter((file) => file.endsWith('.js'));
  const isSpanish = (file) => /^es[-.]/.test(file);
  const read = (files) => files.map((file) => readFileSync(file, 'utf8')).join('\n');
  const bundle = read([
    'dist/therapy-widgets.js',
    ...chunks.filter((file) => !isSpanish(file)).map((file) => `dist/chunks/${file}`),
  ]);
  const chunk = read(chunks.filter(isSpanish).map((file) => `dist/chunks/${file}`));
  const xliffIds = messageIds();
  for (const id of xliffIds) assert.ok(!bundle.includes(id) && !chunk.includes(`"${id}"`), `full id ${id} shipped`);
  const used = new Set([...bundle.matchAll(/\{id:"([^"]+)"\}/g)].map((m) => m[1]));
  // Keys are base-36 numbers, one or two characters for up to 1,296 messages.
  const translated = new Set([...chunk.matchAll(/[{,]"?([0-9a-z]{1,2})"?:/g)].map((m) => m[1]));
  assert.equal(used.size, xliffIds.length, 'every message of the library is in the bundle, each with its own key');
  assert.deepEqual([...used].sort(), [...translated].sort());
});

test('the script-tag bundle shortens the private custom properties and keeps the page tokens', () => {
  const bundle = readFileSync('dist/therapy-widgets.js', 'utf8');
  const names = privateProperties();
  assert.ok(names.includes('--_color-text') && names.includes('--_tone'), names.join(' '));
  for (const name of names) assert.ok(!new RegExp(`${name}(?![\\w-])`).test(bundle), `${name} shipped unshortened`);
  // Each short name is declared and read, as the long one was.
  const short = new Set(bundle.match(/--_[0-9a-z]+(?![\w-])/g));
  assert.equal(short.size, names.length);
  for (const name of short) {
    assert.ok(bundle.includes(`${name}:`) && bundle.includes(`var(${name})`), `${name} declared and read`);
  }
  // The page's tokens are the public API: a page sets them by name.
  for (const token of ['--therapy-color-accent', '--therapy-color-urgent', '--therapy-font-family']) {
    assert.ok(bundle.includes(`var(${token},`), token);
  }
});

test('the property names the script-tag bundle shortens are none of the public API', () => {
  const publicNames = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((declaration) => [
      ...(declaration.members ?? []).map((member) => member.name),
      ...(declaration.attributes ?? []).flatMap((attribute) => [attribute.name, attribute.fieldName]),
    ]);
  assert.ok(publicNames.includes('focusSection') && publicNames.includes('emergencyNumber'), 'manifest read');
  assert.deepEqual(
    INTERNAL_PROPERTIES.filter((name) => publicNames.includes(name)),
    [],
  );
  // In the type declarations, a class member with one of these names is protected or private.
  const declarations = readdirSync('dist', { recursive: true })
    .filter((file) => file.endsWith('.d.ts'))
    .map((file) => readFileSync(`dist/${file}`, 'utf8'))
    .filter((text) => /^export declare (abstract )?class /m.test(text));
  assert.ok(declarations.length >= 6, 'the element classes and the language controller');
  for (const name of INTERNAL_PROPERTIES) {
    const member = new RegExp(`^ {4}(?!protected|private)(?:readonly |static |abstract )*${name}[?(:]`, 'm');
    for (const text of declarations) assert.doesNotMatch(text, member, `${name} is a public member`);
  }
});

test('per-element modules import Lit instead of bundling it', () => {
  const component = readFileSync('dist/shared/therapy-element.js', 'utf8');
  assert.match(component, /from 'lit'/);
  for (const tag of TAGS) assert.ok(existsSync(`dist/${tag}/${tag}.d.ts`), tag);
});

test('type declarations map each tag to its class', () => {
  for (const tag of TAGS) {
    const types = readFileSync(`dist/${tag}/${tag}.component.d.ts`, 'utf8');
    assert.match(types, new RegExp(`interface HTMLElementTagNameMap[\\s\\S]*'${tag}'`), tag);
  }
});

test('sideEffects lists exactly the files that register elements', () => {
  for (const file of pkg.sideEffects) assert.ok(existsSync(file), file);
  for (const tag of TAGS) {
    assert.ok(pkg.sideEffects.includes(`./dist/${tag}/${tag}.js`), tag);
    assert.ok(!pkg.sideEffects.includes(`./dist/${tag}/${tag}.component.js`), `${tag} class has no side effects`);
  }
});

test('sideEffects names every exported module whose own code runs a statement when imported', () => {
  // A bundler drops a module that sideEffects leaves out when the app uses none of its exports, as
  // with `import 'therapy-widgets/tinymce'`. Declarations and imports do nothing by themselves; any
  // other top-level statement (a call, an `if`, an `await`) is what such an import is for.
  const declarations = /^(Import|Export(Named|All)|Variable|Function|Class)Declaration$|^EmptyStatement$/;
  const scripts = [...new Set(Object.values(pkg.exports).flatMap(exportTargets))].filter((file) =>
    file.endsWith('.js'),
  );
  const running = scripts.filter((file) =>
    parseAst(readFileSync(file, 'utf8')).body.some((statement) => !declarations.test(statement.type)),
  );
  assert.ok(
    running.includes('./dist/editors/tinymce/plugin.js') && running.includes('./dist/index.js'),
    running.join(),
  );
  assert.deepEqual(
    running.filter((file) => !pkg.sideEffects.includes(file)),
    [],
  );
});

test('custom-elements.json documents every widget from its JSDoc', () => {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  for (const tag of TAGS) {
    const element = declarations.find((declaration) => declaration.tagName === tag);
    assert.ok(element, tag);
    assert.ok(element.summary, `${tag} summary`);
    assert.ok(element.slots?.length > 0, `${tag} slots`);
    assert.ok(
      element.cssParts?.some((part) => part.name === 'base'),
      `${tag} parts`,
    );
    assert.ok(
      element.cssProperties?.some((prop) => prop.name === '--therapy-color-accent'),
      `${tag} custom properties`,
    );
    const attributes = element.attributes.map((attribute) => attribute.name);
    assert.ok(attributes.includes('topic') && attributes.includes('heading-level'), `${tag} attributes`);
    for (const member of element.members ?? []) assert.notEqual(member.privacy, 'private', `${tag}.${member.name}`);
  }
  const disclaimer = declarations.find((declaration) => declaration.tagName === 'cog-disclaimer');
  const emergency = disclaimer.attributes.find((attribute) => attribute.name === 'emergency-number');
  assert.equal(emergency.default, "'911'");
});

/** Every reference to a module in the manifest (exports, superclasses, inherited members). */
function moduleReferences(value) {
  if (Array.isArray(value)) return value.flatMap(moduleReferences);
  if (!value || typeof value !== 'object') return [];
  const own = typeof value.module === 'string' ? [value] : [];
  return [...own, ...Object.values(value).flatMap(moduleReferences)];
}

/** The declaration a reference names, in its module or wherever that module re-exports it from. */
function declarationOf({ name, module: path }, seen = new Set()) {
  const module = manifest.modules.find((candidate) => candidate.path === path);
  if (!module || seen.has(`${path} ${name}`)) return undefined;
  seen.add(`${path} ${name}`);
  const declared = module.declarations?.find((declaration) => declaration.name === name);
  if (declared) return declared;
  for (const { kind, name: exported, declaration } of module.exports ?? []) {
    if (kind !== 'js' || !declaration.module) continue;
    const found =
      exported === name
        ? declarationOf(declaration, seen)
        : exported === '*' && declarationOf({ name, module: declaration.module }, seen);
    if (found) return found;
  }
  return undefined;
}

test('custom-elements.json names the built files: every module and every reference is a file in dist/', () => {
  for (const { path } of manifest.modules) {
    assert.match(path, /^dist\/.+\.js$/, path);
    assert.ok(existsSync(path), path);
  }
  const references = moduleReferences(manifest.modules);
  assert.ok(
    references.some((reference) => reference.name === 'TherapyElement'),
    'superclasses and inherited members are checked',
  );
  for (const reference of references) {
    const where = `${reference.module} ${reference.name}`;
    assert.match(reference.module, /^dist\/.+\.js$/, where);
    assert.ok(existsSync(reference.module), where);
    if (reference.name !== '*') assert.ok(declarationOf(reference), `${where} is declared there`);
  }
});

test('custom-elements.json defines each widget once, in the module that registers it (therapy-widgets/<tag>.js)', () => {
  assert.deepEqual(DEFINITIONS.map((definition) => definition.name).sort(), [...TAGS].sort());
  for (const { name: tag, path, declaration } of DEFINITIONS) {
    assert.equal(`./${path}`, pkg.exports[`./${tag}.js`].default, tag);
    assert.ok(existsSync(path), path);
    assert.equal(declarationOf(declaration)?.tagName, tag, `${tag}: ${declaration.name} in ${declaration.module}`);
  }
});

test('the library version in the source matches package.json', () => {
  const source = readFileSync('src/shared/version.ts', 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});

test("package.json's per-widget exports and side effects follow src/widgets.ts (npm run sync:package)", async () => {
  const { syncedPackage, widgetTags } = await import('../../scripts/sync-package.mjs');
  const synced = syncedPackage(pkg, await widgetTags());
  assert.deepEqual(pkg.exports, synced.exports);
  assert.deepEqual(pkg.sideEffects, synced.sideEffects);
});

test('no tracked file holds a leftover merge-conflict marker', () => {
  const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
  assert.ok(files.length > 100, `git lists ${files.length} files`);
  const marked = files.filter(
    (file) => !/\.(png|jpe?g|zip|woff2?)$/.test(file) && /^(<{7} |={7}$|>{7} )/m.test(readFileSync(file, 'utf8')),
  );
  assert.deepEqual(marked, []);
});
