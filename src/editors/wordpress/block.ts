// The WordPress block that places a widget: its metadata (block.json), its editor view and what it
// saves. It saves only the CMS-safe placeholder, which the script-tag bundle turns into the widget
// on the page; the settings, their checks and their labels come from ../settings.ts, as for the
// other editor integrations.
import { registerBlockType, type BlockConfiguration, type BlockType } from '@wordpress/blocks';
import { editorText } from '../settings.js';
import metadata from './block.json';
import { WidgetEdit, editorLanguage } from './edit.js';
import { save, type WidgetBlockAttributes } from './save.js';

export { WidgetEdit, editorLanguage, save, type WidgetBlockAttributes };
export { settingsOf } from './save.js';

/** The block's metadata, as block.json declares it for WordPress's PHP side too. */
export const blockMetadata = metadata as unknown as BlockConfiguration<WidgetBlockAttributes>;

/**
 * Registers the block in the editor, with its title in the editor's language (English or
 * Spanish, from the WordPress user's locale). Returns the registered block type.
 */
export function registerWidgetBlock(): BlockType<WidgetBlockAttributes> | undefined {
  const text = editorText(editorLanguage());
  return registerBlockType<WidgetBlockAttributes>(blockMetadata, {
    title: text.button,
    edit: WidgetEdit,
    save,
  }) as BlockType<WidgetBlockAttributes> | undefined;
}
