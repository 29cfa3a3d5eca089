// The browser side of test/e2e/wordpress.test.mjs, bundled by it with esbuild: WordPress's own
// block API and block editor (the real npm packages, not a mock) with the block registered as
// the plugin's editor script registers it. It puts its entry points on `window.wordpressTest`
// for the test to call; this page exists only in the test.
import { BlockCanvas, BlockEditorProvider, BlockInspector, BlockList } from '@wordpress/block-editor';
import { createBlock, getBlockType, parse, serialize, validateBlock, type Block } from '@wordpress/blocks';
import { Popover, SlotFillProvider } from '@wordpress/components';
import { dispatch } from '@wordpress/data';
import '@wordpress/block-editor/build-style/style.css';
import '@wordpress/components/build-style/style.css';
import { getSettings, setSettings } from '@wordpress/date';
import { createElement, createRoot, useState } from '@wordpress/element';
import { store as keyboardShortcutsStore, useShortcut } from '@wordpress/keyboard-shortcuts';
import DOMPurify from 'dompurify';
import { registerWidgetBlock } from '../../src/editors/wordpress/block.js';

// What WordPress's PHP prints into an editor page for a user whose locale is `?locale=`.
const locale = new URL(location.href).searchParams.get('locale') ?? 'en_US';
setSettings({ ...getSettings(), l10n: { ...getSettings().l10n, locale } });
const blockType = registerWidgetBlock();
if (!blockType) throw new Error('the block did not register');
const name = blockType.name;

/** What WordPress prints for a static block on the front end: its HTML, without the comments. */
function frontEndHtml(block: Block): string {
  return serialize([block])
    .replace(/<!-- \/?wp:[^>]*-->/g, '')
    .trim();
}

/** Saves a new block with `attributes`, reads the saved post back, and reports what WordPress found. */
function roundTrip(attributes: Record<string, string | boolean>) {
  const saved = serialize([createBlock(name, attributes)]);
  const parsed = parse(saved);
  const [block] = parsed;
  const [valid, issues] = validateBlock(block, getBlockType(name));
  return {
    saved,
    blocks: parsed.length,
    name: block.name,
    isValid: block.isValid,
    validateBlock: valid,
    issues: issues.map((issue) => issue.args.join(' ')),
    attributes: block.attributes,
    savedAgain: serialize(parsed),
    frontEnd: frontEndHtml(block),
  };
}

/** Reads a saved post as WordPress does when it opens it, and saves it again. */
function reopen(post: string) {
  const blocks = parse(post);
  return {
    blocks: blocks.map((block) => ({ name: block.name, isValid: block.isValid, attributes: block.attributes })),
    savedAgain: serialize(blocks),
  };
}

/** Whether DOMPurify's default settings leave the HTML as it is. */
function survivesDomPurify(html: string): boolean {
  return DOMPurify.sanitize(html) === html;
}

let currentBlocks: Block[] = [];

// The post editor's Save shortcut, registered as @wordpress/editor registers it in WordPress.
dispatch(keyboardShortcutsStore).registerShortcut({
  name: 'core/editor/save',
  category: 'global',
  description: 'Save your changes.',
  keyCombination: { modifier: 'primary', character: 's' },
});

/** The post as each press of the Save shortcut saved it. */
const postsSaved: string[] = [];

/**
 * The block editor: the canvas with the block, and the sidebar with the selected block's settings.
 * With `canvasScripts`, the canvas is an iframe, as in WordPress 6.3 and later, and holds those
 * script tags: what WordPress prints there from the `enqueue_block_assets` hook.
 */
function Editor({ initial, canvasScripts }: { initial: Block[]; canvasScripts?: string }) {
  const [blocks, setBlocks] = useState(initial);
  currentBlocks = blocks;
  // As @wordpress/editor does on its Save shortcut: the browser's own Ctrl+S is prevented, and the
  // post saved.
  useShortcut('core/editor/save', (event) => {
    event.preventDefault();
    postsSaved.push(savedPost());
  });
  const settings = canvasScripts ? { __unstableResolvedAssets: { styles: '', scripts: canvasScripts } } : {};
  const canvas = canvasScripts
    ? createElement(BlockCanvas, { height: '600px' }, createElement(BlockList))
    : createElement('div', { className: 'editor-styles-wrapper' }, createElement(BlockList));
  return createElement(
    SlotFillProvider,
    null,
    createElement(
      BlockEditorProvider,
      { value: blocks, onInput: setBlocks, onChange: setBlocks, settings },
      createElement(
        'div',
        { className: 'test-editor' },
        createElement('main', { className: 'test-canvas' }, canvas),
        createElement('aside', { className: 'test-sidebar', 'aria-label': 'Settings' }, createElement(BlockInspector)),
      ),
      createElement(Popover.Slot),
    ),
  );
}

/** Opens the editor on one new block with `attributes`, or on a saved post's blocks. */
function openEditor(attributesOrPost: Record<string, string | boolean> | string, canvasScripts?: string) {
  const root = document.createElement('div');
  document.body.append(root);
  const initial =
    typeof attributesOrPost === 'string' ? parse(attributesOrPost) : [createBlock(name, attributesOrPost)];
  createRoot(root).render(createElement(Editor, { initial, canvasScripts }));
}

/** The post as the editor would save it now. */
function savedPost(): string {
  return serialize(currentBlocks);
}

Object.assign(window, {
  wordpressTest: { name, roundTrip, reopen, survivesDomPurify, openEditor, savedPost, postsSaved },
});
