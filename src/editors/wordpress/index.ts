// The editor script of the WordPress plugin (block.json's editorScript): registers the block.
import { registerWidgetBlock } from './block.js';

registerWidgetBlock();
