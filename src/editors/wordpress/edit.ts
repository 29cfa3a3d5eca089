// The block in the editor: its settings in the sidebar, and the widget itself in the canvas, drawn
// by the script-tag bundle from the same placeholder the block saves. A block holding the widget's
// text for readers without JavaScript drops it when a setting changes, and the sidebar says so.
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { CheckboxControl, Notice, PanelBody, SelectControl, TextControl } from '@wordpress/components';
import { getSettings as getDateSettings } from '@wordpress/date';
import { createElement, useId, useState } from '@wordpress/element';
import type { ReactNode } from 'react';
import { fallbackTextStillFits } from '../fallback-text.js';
import {
  HEADING_LEVELS,
  WIDGETS,
  checkSettings,
  editorText,
  isSwitch,
  placeholderAttributes,
  settingsFor,
  type EditorLanguage,
  type EditorText,
  type WidgetSettings,
} from '../settings.js';
import { fallbackTextOf, settingsOf, type WidgetBlockAttributes } from './save.js';

type SettingName = keyof WidgetSettings;

/**
 * The editor's language. WordPress prints the user's locale into every editor page
 * (`wp.date.setSettings({ l10n: { locale } })`, from PHP's `get_user_locale()`); `es_ES`, `es_MX`
 * and the other Spanish locales give Spanish, anything else English.
 */
export function editorLanguage(): EditorLanguage {
  const locale = getDateSettings().l10n?.locale ?? 'en';
  // editorText() folds a locale to the language it has words for.
  return editorText(locale) === editorText('es') ? 'es' : 'en';
}

/** Settings chosen from a list; every other setting is typed. */
function choicesFor(setting: SettingName, text: EditorText): { value: string; label: string }[] | undefined {
  const fromLabels = (labels: Record<string, string>) =>
    Object.entries(labels).map(([value, label]) => ({ value, label }));
  if (setting === 'widget') return WIDGETS.map(({ tag }) => ({ value: tag, label: text.widgets[tag] ?? tag }));
  if (setting === 'lang') return fromLabels(text.languages);
  if (setting === 'audience') return fromLabels(text.audiences);
  if (setting === 'headingLevel') return HEADING_LEVELS.map((level) => ({ value: level, label: level }));
  return undefined;
}

type SettingValue = WidgetSettings[SettingName];

/** `record` without `setting`'s entry. */
const without = <Entries extends Partial<Record<SettingName, unknown>>>(record: Entries, setting: SettingName) =>
  Object.fromEntries(Object.entries(record).filter(([name]) => name !== setting)) as Entries;

interface FieldProps {
  setting: SettingName;
  value: SettingValue;
  problem: string | undefined;
  text: EditorText;
  onChange(setting: SettingName, value: SettingValue): void;
  onBlur(setting: SettingName): void;
}

/** One setting's field, with its problem under it when the value cannot be saved. */
function SettingField({ setting, value, problem, text, onChange, onBlur }: FieldProps) {
  const id = `therapy-widgets-${setting}-${useId()}`;
  const help = text.hints[setting];
  const wrapper = (field: ReactNode, ...after: ReactNode[]) =>
    createElement('div', { className: 'therapy-widgets-setting', style: { marginBlockEnd: '16px' } }, field, ...after);
  if (isSwitch(setting)) {
    // A checkbox has no value to refuse; it describes itself by its help.
    return wrapper(
      createElement(CheckboxControl, {
        id,
        label: text.labels[setting],
        help,
        checked: value === true,
        onChange: (next: boolean) => onChange(setting, next),
        __nextHasNoMarginBottom: true,
      }),
    );
  }
  const problemId = `${id}__problem`;
  const common = {
    id,
    label: text.labels[setting],
    help,
    value: String(value),
    onChange: (next: string) => onChange(setting, next),
    onBlur: () => onBlur(setting),
    __next40pxDefaultSize: true,
    __nextHasNoMarginBottom: true,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': [help && `${id}__help`, problem && problemId].filter(Boolean).join(' ') || undefined,
  };
  const choices = choicesFor(setting, text);
  return wrapper(
    choices ? createElement(SelectControl, { ...common, options: choices }) : createElement(TextControl, common),
    problem &&
      createElement(Notice, {
        status: 'error',
        isDismissible: false,
        className: 'therapy-widgets-problem',
        // Screen readers hear the message once, when it appears or changes.
        spokenMessage: problem,
        children: createElement('span', { id: problemId }, problem),
      }),
  );
}

/**
 * The block's editor view. A change is saved only when the settings module finds no problem with
 * it; otherwise the field keeps what was typed and the page keeps the last good value. Why it
 * cannot be saved is shown, and spoken, when the field loses focus (as it does when the post is
 * saved), not while typing; the message goes as soon as the value can be saved. A saved change
 * that changes the placeholder drops the widget's text the block held, which was made for the old
 * settings.
 */
export function WidgetEdit({ attributes, setAttributes }: BlockEditProps<WidgetBlockAttributes>) {
  const language = editorLanguage();
  const text = editorText(language);
  const saved = settingsOf(attributes);
  const holdsText = fallbackTextOf(attributes) !== '';
  const [drafts, setDrafts] = useState<Partial<WidgetSettings>>({});
  const [droppedText, setDroppedText] = useState(false);
  // Each field's problem as it was when the field last lost focus: what the sidebar shows.
  const [shownProblems, setShownProblems] = useState<Partial<Record<SettingName, string>>>({});
  const shown: WidgetSettings = { ...saved, ...drafts };
  const problems = checkSettings(shown, language);

  function change(setting: SettingName, value: SettingValue) {
    const rest = without(drafts, setting);
    const changed = { ...saved, [setting]: value };
    const unsaveable = checkSettings(changed, language).some((problem) => problem.setting === setting);
    setDrafts(unsaveable ? { ...rest, [setting]: value } : rest);
    if (unsaveable) return;
    setShownProblems((before) => without(before, setting));
    const drop = holdsText && !fallbackTextStillFits(saved, changed);
    setAttributes(drop ? { [setting]: value, fallbackText: '' } : { [setting]: value });
    if (drop) setDroppedText(true);
  }

  function blur(setting: SettingName) {
    const message = problems.find((problem) => problem.setting === setting)?.message;
    setShownProblems((before) => (message ? { ...before, [setting]: message } : without(before, setting)));
  }

  // What a change does, or did, to the widget's text for readers without JavaScript.
  const noteWords = holdsText ? text.fallbackText.held : droppedText ? text.fallbackText.removed : '';
  const note =
    noteWords &&
    createElement(Notice, {
      status: holdsText ? 'info' : 'warning',
      isDismissible: false,
      className: 'therapy-widgets-fallback-note',
      children: `${noteWords} ${text.fallbackText.how}`,
    });

  const fields = settingsFor(shown.widget).map((setting) =>
    createElement(SettingField, {
      key: setting,
      setting,
      value: shown[setting],
      // A message shown at the last blur, while the value still cannot be saved.
      problem: problems.some((problem) => problem.setting === setting) ? shownProblems[setting] : undefined,
      text,
      onChange: change,
      onBlur: blur,
    }),
  );
  return createElement(
    'div',
    useBlockProps(),
    createElement(InspectorControls, null, createElement(PanelBody, { title: text.dialogTitle }, note, ...fields)),
    // The saved placeholder itself: the script-tag bundle, loaded in the editor's canvas, puts the
    // real widget in it and keeps it in step as the settings change.
    createElement('div', Object.fromEntries(placeholderAttributes(saved))),
  );
}
