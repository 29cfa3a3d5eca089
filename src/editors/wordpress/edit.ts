// The block in the editor: its settings in the sidebar, and the widget itself in the canvas, drawn
// by the script-tag bundle from the same placeholder the block saves. A block holding the widget's
// text for readers without JavaScript drops it when a setting changes, and the sidebar says so, as
// it says when what the placeholder held was more than that text, and is not kept.
import { InspectorControls, useBlockProps } from '@wordpress/block-editor';
import type { BlockEditProps } from '@wordpress/blocks';
import { CheckboxControl, Notice, PanelBody, SelectControl, TextControl } from '@wordpress/components';
import { getSettings as getDateSettings } from '@wordpress/date';
import { createElement, useId, useLayoutEffect, useRef, useState } from '@wordpress/element';
import { useShortcut } from '@wordpress/keyboard-shortcuts';
import type { ReactNode } from 'react';
import { fallbackTextNotKept, fallbackTextStillFits } from '../fallback-text.js';
import {
  checkSettings,
  editorText,
  isSwitch,
  placeholderAttributes,
  settingChoices,
  settingsFor,
  type EditorLanguage,
  type EditorText,
  type SettingProblem,
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
  const problemId = `${id}__problem`;
  // A field is described by its hint and its problem's message. Set on the element after each
  // render, as SelectControl writes its own aria-describedby (its hint alone) over the one it is given.
  const describedBy = [help && `${id}__help`, problem && problemId].filter(Boolean).join(' ');
  const control = useRef<HTMLInputElement & HTMLSelectElement>(null);
  useLayoutEffect(() => {
    if (describedBy) control.current?.setAttribute('aria-describedby', describedBy);
    else control.current?.removeAttribute('aria-describedby');
  });
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
  const common = {
    ref: control,
    id,
    label: text.labels[setting],
    help,
    value: String(value),
    onChange: (next: string) => onChange(setting, next),
    onBlur: () => onBlur(setting),
    __next40pxDefaultSize: true,
    __nextHasNoMarginBottom: true,
    'aria-invalid': problem ? true : undefined,
  };
  // A value the list does not offer (written by hand) is one of its choices, so it shows as it is.
  const choices = settingChoices(setting, text, String(value));
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
 * The name WordPress's post editor (@wordpress/editor) gives its Save shortcut, Ctrl+S (⌘S on a
 * Mac), in the keyboard shortcuts store.
 */
const SAVE_SHORTCUT = 'core/editor/save';

/** Each setting's problem message, by setting. */
const messagesOf = (problems: readonly SettingProblem[]): Partial<Record<SettingName, string>> =>
  Object.fromEntries(problems.map(({ setting, message }) => [setting, message]));

/**
 * The block's editor view. A change is saved only when the settings module finds no problem with
 * it; otherwise the field keeps what was typed and the page keeps the last good value. Why it
 * cannot be saved is shown, and spoken, when the field loses focus or the post is saved with the
 * editor's Save shortcut (the field keeps the focus then), not while typing; the message goes as
 * soon as the value can be saved. A value the block was saved with that cannot be saved (from the
 * code editor) shows its message from the start. A saved change that changes the placeholder
 * drops the widget's text the block held, which was made for the old settings.
 */
export function WidgetEdit({ attributes, setAttributes }: BlockEditProps<WidgetBlockAttributes>) {
  const language = editorLanguage();
  const text = editorText(language);
  const saved = settingsOf(attributes);
  const holdsText = fallbackTextOf(attributes) !== '';
  // What the saved placeholder held, when it was more than the widget's text: not kept, and saved without.
  const textNotKept = typeof attributes.fallbackText === 'string' && fallbackTextNotKept(attributes.fallbackText);
  const [drafts, setDrafts] = useState<Partial<WidgetSettings>>({});
  const [droppedText, setDroppedText] = useState(false);
  // Each field's problem as it was when the field last lost focus or the post was last saved:
  // what the sidebar shows.
  const [shownProblems, setShownProblems] = useState(() => messagesOf(checkSettings(saved, language)));
  const shown: WidgetSettings = { ...saved, ...drafts };
  const problems = checkSettings(shown, language);
  useShortcut(SAVE_SHORTCUT, () => setShownProblems(messagesOf(problems)));

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
  const noteWords = holdsText
    ? text.fallbackText.held
    : droppedText
      ? text.fallbackText.removed
      : textNotKept
        ? text.fallbackText.notKept
        : '';
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
      // A message shown at the last blur or save, while the value still cannot be saved.
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
