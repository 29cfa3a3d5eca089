// What the block saves, and how its attributes become the settings module's settings.
import { createElement } from '@wordpress/element';
import { fallbackTextToKeep } from '../fallback-text.js';
import {
  defaultSettings,
  isSwitch,
  placeholderAttributes,
  placeholderContent,
  readSetting,
  type WidgetSettings,
} from '../settings.js';

/**
 * The block's attributes: one per setting, read back from the saved placeholder's attributes (a
 * text, or for a switch whether its attribute is there), and `fallbackText`, the HTML inside it: the widget's text for readers without JavaScript, when
 * the placeholder holds it (therapy-widgets/server/fallback.js).
 */
export type WidgetBlockAttributes = WidgetSettings & { fallbackText?: string } & Record<string, unknown>;

/** The widget's text the block holds for readers without JavaScript, as it saves it; '' for none. */
export function fallbackTextOf(attributes: Partial<Record<string, unknown>>): string {
  return typeof attributes.fallbackText === 'string' ? fallbackTextToKeep(attributes.fallbackText) : '';
}

/** The block's settings from its attributes; a missing one takes the new-widget default. */
export function settingsOf(attributes: Partial<Record<string, unknown>>): WidgetSettings {
  const settings = defaultSettings();
  for (const name of Object.keys(settings) as (keyof WidgetSettings)[]) {
    const value = attributes[name];
    if (isSwitch(name)) settings[name] = value === true;
    else if (typeof value === 'string') settings[name] = readSetting(name, value);
  }
  return settings;
}

/**
 * What the block saves: exactly the placeholder `<div data-therapy-widget="…" data-topic="…" …>`,
 * with its attributes in the settings module's order, so saving twice gives the same HTML, holding
 * the widget's text when the block holds it. No class names: block.json turns off the ones
 * WordPress would add.
 */
export function save({ attributes }: { attributes: Partial<Record<string, unknown>> }) {
  const placeholder = Object.fromEntries(placeholderAttributes(settingsOf(attributes)));
  const text = fallbackTextOf(attributes);
  // Only the widget's text, checked and written as the fallback text writes it, is written as HTML.
  return text
    ? createElement('div', { ...placeholder, dangerouslySetInnerHTML: { __html: placeholderContent(text) } })
    : createElement('div', placeholder);
}
