// The WordPress plugin zip that `npm run build` writes: what it holds, and that its parts agree
// with each other and with the settings module. There is no PHP here, so the PHP loader is read
// as text, not run. test/e2e/wordpress.test.mjs runs the block itself.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { strFromU8, unzipSync } from 'fflate';
import { SETTING_ATTRIBUTES, defaultSettings } from '../../dist/editors/settings.js';

const zip = unzipSync(readFileSync('dist/wordpress/therapy-widgets-wordpress.zip'));
const text = (path) => strFromU8(zip[`therapy-widgets/${path}`]);
const chunks = readdirSync('dist/chunks').filter((file) => file.endsWith('.js'));
/** The built content packs, as `<topic>/<audience>.<language>.json`. */
const packs = readdirSync('dist/packs', { recursive: true }).filter((file) => file.endsWith('.json'));
const blockJson = JSON.parse(text('block/block.json'));
const php = text('therapy-widgets.php');

test('the zip holds exactly the plugin: its PHP loader, the block, and the script-tag bundle', () => {
  const expected = [
    'therapy-widgets/therapy-widgets.php',
    'therapy-widgets/block/block.json',
    'therapy-widgets/block/index.asset.php',
    'therapy-widgets/block/index.js',
    'therapy-widgets/bundle/therapy-widgets.css',
    'therapy-widgets/bundle/therapy-widgets.js',
    ...chunks.map((chunk) => `therapy-widgets/bundle/chunks/${chunk}`),
    ...packs.map((pack) => `therapy-widgets/bundle/packs/${pack}`),
  ];
  assert.ok(
    chunks.some((chunk) => chunk.startsWith('placeholders-')),
    'the placeholder chunk is among them',
  );
  assert.deepEqual(Object.keys(zip).sort(), expected.sort());
});

test('the zip carries the bundle, its chunks, its stylesheet and the content packs as built', () => {
  for (const file of [
    'therapy-widgets.js',
    'therapy-widgets.css',
    ...chunks.map((chunk) => `chunks/${chunk}`),
    ...packs.map((pack) => `packs/${pack}`),
  ]) {
    assert.deepEqual(Buffer.from(zip[`therapy-widgets/bundle/${file}`]), readFileSync(`dist/${file}`), file);
  }
});

test('block.json is valid JSON for block API 3, naming the editor script the zip carries next to it', () => {
  assert.equal(blockJson.apiVersion, 3);
  assert.equal(blockJson.name, 'therapy-widgets/widget');
  assert.equal(blockJson.editorScript, 'file:./index.js');
  assert.ok(zip['therapy-widgets/block/index.js'].length > 0);
  // The bundle and its stylesheet come from handles the PHP loader registers before the block.
  assert.equal(blockJson.viewScript, 'therapy-widgets');
  assert.equal(blockJson.style, 'therapy-widgets');
  assert.match(php, /wp_register_script\( 'therapy-widgets', plugins_url\( 'bundle\/therapy-widgets\.js', __FILE__ \)/);
  assert.match(php, /wp_register_style\( 'therapy-widgets', plugins_url\( 'bundle\/therapy-widgets\.css', __FILE__ \)/);
  assert.match(php, /register_block_type\( __DIR__ \. '\/block' \)/);
  assert.ok(php.indexOf('wp_register_script(') < php.indexOf('register_block_type('));
  // WordPress adds its own class names unless the block turns them off; the placeholder has none.
  assert.equal(blockJson.supports.className, false);
  assert.equal(blockJson.supports.customClassName, false);
});

test("block.json's attributes are the settings module's settings, read from the placeholder's attributes, and the text it holds", () => {
  const attributes = { widget: 'data-therapy-widget', ...SETTING_ATTRIBUTES };
  const defaults = defaultSettings();
  assert.deepEqual(Object.keys(blockJson.attributes).sort(), [...Object.keys(defaults), 'fallbackText'].sort());
  // The HTML inside the placeholder: the widget's text for readers without JavaScript, or nothing.
  assert.deepEqual(blockJson.attributes.fallbackText, { type: 'string', source: 'html', selector: 'div', default: '' });
  // A switch (`listen`) is a boolean: true when the placeholder has its attribute, whatever its value.
  for (const [name, attribute] of Object.entries(attributes)) {
    assert.deepEqual(
      blockJson.attributes[name],
      { type: typeof defaults[name], source: 'attribute', selector: 'div', attribute, default: defaults[name] },
      name,
    );
  }
  assert.equal(blockJson.attributes.listen.type, 'boolean');
});

test('the editor script reads WordPress and React from WordPress, and its asset file names their handles', () => {
  const script = text('block/index.js');
  // Every @wordpress package the block's sources import, as its script handle.
  const sources = readdirSync('src/editors/wordpress').filter((file) => /(?<!\.d)\.ts$/.test(file));
  const imported = new Set();
  for (const file of sources) {
    const source = readFileSync(`src/editors/wordpress/${file}`, 'utf8');
    for (const [, name] of source.matchAll(/^import (?!type )[^;]*? from '@wordpress\/([a-z-]+)';/gm)) {
      imported.add(`wp-${name}`);
    }
  }
  assert.ok(imported.has('wp-blocks') && imported.has('wp-components'));
  const asset = text('block/index.asset.php');
  const dependencies = [...(/'dependencies' => array\( ([^)]*) \)/.exec(asset)?.[1] ?? '').matchAll(/'([^']+)'/g)].map(
    (match) => match[1],
  );
  assert.deepEqual(dependencies, [...imported].sort());
  assert.match(asset, /^<\?php return array\( 'dependencies' => array\(.*\), 'version' => '[0-9a-f]{20}' \);\n$/);
  for (const name of ['blocks', 'blockEditor', 'components', 'element', 'date']) {
    assert.ok(script.includes(`window.wp.${name}`), `reads wp.${name}`);
  }
  // Nothing of React or WordPress's packages is bundled in: the script stays small.
  for (const bundled of ['__SECRET_INTERNALS', 'unstable__bootstrapServerSideBlockDefinitions', 'components-notice']) {
    assert.ok(!script.includes(bundled), `bundles ${bundled}`);
  }
  assert.ok(script.length < 20_000, `${script.length} bytes`);
});

test("the PHP loader carries the package's version and the plugin header WordPress reads", () => {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.ok(php.startsWith('<?php\n'));
  assert.match(php, /^ \* Plugin Name: +Therapy widgets$/m);
  assert.match(php, new RegExp(`^ \\* Version: +${version.replaceAll('.', '\\.')}$`, 'm'));
  assert.ok(!php.includes('@VERSION@'));
  // The bundle is a module; the front end gets it from viewScript, the editor from this hook.
  assert.match(php, /add_filter\( 'script_loader_tag', 'therapy_widgets_module_script', 10, 2 \)/);
  assert.match(php, /add_action\( 'enqueue_block_assets', 'therapy_widgets_enqueue_in_editor' \)/);
});

test('no editor code reaches the script-tag bundle', () => {
  for (const file of ['therapy-widgets.js', ...chunks.map((chunk) => `chunks/${chunk}`)]) {
    const bundle = readFileSync(`dist/${file}`, 'utf8');
    for (const editorOnly of [
      'therapy-widgets/widget',
      'Emergency phone number',
      'Teléfono de emergencias',
      'wp.blocks',
    ]) {
      assert.ok(!bundle.includes(editorOnly), `${file} has ${editorOnly}`);
    }
  }
});
