// What the block saves, and how its attributes become the settings module's settings.
import { createElement } from '@wordpress/element';
import { defaultSettings, placeholderAttributes, type WidgetSettings } from '../settings.js';

/** The block's attributes: one text per setting, read back from the saved placeholder's attributes. */
export type WidgetBlockAttributes = WidgetSettings & Record<string, unknown>;

/** The block's settings from its attributes; a missing one takes the new-widget default. */
export function settingsOf(attributes: Partial<Record<string, unknown>>): WidgetSettings {
  const settings = defaultSettings();
  for (const name of Object.keys(settings) as (keyof WidgetSettings)[]) {
    const value = attributes[name];
    if (typeof value === 'string') settings[name] = value;
  }
  return settings;
}

/**
 * What the block saves: exactly the placeholder `<div data-therapy-widget="…" data-topic="…" …>`,
 * with its attributes in the settings module's order, so saving twice gives the same HTML. No
 * class names: block.json turns off the ones WordPress would add.
 */
export function save({ attributes }: { attributes: Partial<Record<string, unknown>> }) {
  return createElement('div', Object.fromEntries(placeholderAttributes(settingsOf(attributes))));
}
