// @wordpress/block-editor publishes no type declarations for its entry; these are the two parts
// the block uses, as the package documents them.
declare module '@wordpress/block-editor' {
  import type { ComponentType, ReactNode } from 'react';

  /** Puts its children in the block's settings sidebar while the block is selected. */
  export const InspectorControls: ComponentType<{ children?: ReactNode; group?: string }>;

  /** The props the element around a block's editor view needs (class, id, selection, focus). */
  export function useBlockProps<Props extends object>(props?: Props): Props & Record<string, unknown>;
}
