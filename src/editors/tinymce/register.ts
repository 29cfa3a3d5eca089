// The entry of the standalone TinyMCE plugin (dist/editors/tinymce/plugin.js), loaded by TinyMCE
// from `external_plugins` as a classic script: it registers the plugin with the page's TinyMCE.
import type { TinyMCE } from 'tinymce';
import { PLUGIN_NAME, setUpTherapyWidgets } from './therapy-widgets-plugin.js';

declare const tinymce: TinyMCE;

tinymce.PluginManager.add(PLUGIN_NAME, setUpTherapyWidgets);
