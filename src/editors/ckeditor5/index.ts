/**
 * A CKEditor 5 plugin for placing therapy widgets: `import { TherapyWidgets } from
 * 'therapy-widgets/ckeditor5'`, add it to `plugins` and `'therapyWidget'` to `toolbar.items`.
 * Widgets are saved as the CMS-safe placeholder `<div data-therapy-widget="…">`, which the page's
 * `therapy-widgets.js` script turns into the widget. The page hosting the editor should load that
 * script too, so the editor shows each widget as it will look.
 *
 * @module
 */
import { Plugin } from 'ckeditor5';
import { TherapyWidgetsEditing } from './editing.js';
import { TherapyWidgetsUI } from './ui.js';

export { COMMAND_NAME, MODEL_ELEMENT, TherapyWidgetCommand, TherapyWidgetsEditing } from './editing.js';
export { TOOLBAR_ITEM, TherapyWidgetsUI } from './ui.js';
export type { TherapyWidgetsConfig } from './config.js';
// The settings the command takes, and their checks, for scripts that place widgets themselves.
export { checkSettings, defaultSettings } from '../settings.js';
export type { WidgetSettings } from '../settings.js';

/** Everything the plugin does: the widget in the editor's model, and the button and form that place it. */
export class TherapyWidgets extends Plugin {
  static get pluginName() {
    return 'TherapyWidgets' as const;
  }

  static get requires() {
    return [TherapyWidgetsEditing, TherapyWidgetsUI] as const;
  }
}
