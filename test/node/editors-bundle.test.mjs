// The editor integrations are for editing pages only: none of their code may reach the script-tag
// bundle (or its chunks) that every reader of a page downloads. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const BUNDLE_FILES = [
  'dist/therapy-widgets.js',
  ...readdirSync('dist/chunks')
    .filter((name) => name.endsWith('.js'))
    .map((name) => `dist/chunks/${name}`),
];

// Text that exists only in the editor code: a form label, a widget's name in the form, the
// plugin's class names and CKEditor's package name.
const EDITOR_ONLY = [
  'Health information widget',
  'Whole topic page',
  'therapy-widget-ck',
  'TherapyWidgetsEditing',
  'ckeditor5',
];

test('the built CKEditor 5 plugin holds the editor-only text this test looks for', () => {
  const plugin = ['index', 'editing', 'ui', 'form-view']
    .map((name) => readFileSync(`dist/editors/ckeditor5/${name}.js`, 'utf8'))
    .join('\n');
  const settings = readFileSync('dist/editors/settings.js', 'utf8');
  for (const text of EDITOR_ONLY) assert.ok(plugin.includes(text) || settings.includes(text), text);
});

test('the script-tag bundle and its chunks hold no editor code', () => {
  for (const file of BUNDLE_FILES) {
    const code = readFileSync(file, 'utf8');
    for (const text of EDITOR_ONLY) assert.ok(!code.includes(text), `${file} holds "${text}"`);
  }
});
