// The parts of @wordpress/block-editor that the test's editor page uses (wordpress-editor.ts),
// as the package documents them; the block's own are in src/editors/wordpress/block-editor.d.ts.
declare module '@wordpress/block-editor' {
  import type { Block } from '@wordpress/blocks';
  import type { ComponentType, ReactNode } from 'react';

  /** Holds the blocks being edited and the editor's settings. */
  export const BlockEditorProvider: ComponentType<{
    value: Block[];
    onInput: (blocks: Block[]) => void;
    onChange: (blocks: Block[]) => void;
    settings?: Record<string, unknown>;
    children?: ReactNode;
  }>;

  /** The editor canvas as an iframe, as in WordPress 6.3 and later. */
  export const BlockCanvas: ComponentType<{ height?: string; children?: ReactNode }>;

  /** The blocks, each in its editor view. */
  export const BlockList: ComponentType;

  /** The selected block's settings. */
  export const BlockInspector: ComponentType;
}
