// The widget in CKEditor's model: one block object per placed widget, read from and saved as the
// CMS-safe placeholder `<div data-therapy-widget="…">`, and shown while editing as a live preview of
// the real widget. Because this plugin converts the placeholder itself, it survives the editor's
// default filtering without any General HTML Support configuration. The widget's text a
// placeholder holds for readers without JavaScript is kept as it was, until a setting changes.
import { Command, Plugin, Widget, toWidget } from 'ckeditor5';
import type {
  Editor,
  MatcherObjectPattern,
  ModelElement,
  ModelWriter,
  ViewElement,
  ViewNode,
  ViewDowncastWriter,
  ViewRawElement,
} from 'ckeditor5';
import { PLACEHOLDER_ATTRIBUTES } from '../../shared/placeholders.js';
import {
  fallbackTextNotKept,
  fallbackTextStillFits,
  fallbackTextToKeep,
  placeholderContentNodes,
} from '../fallback-text.js';
import {
  PLACEHOLDER_ATTRIBUTE,
  WIDGETS,
  defaultSettings,
  editorText,
  isSwitch,
  placeholderAttributes,
  settingsFromAttributes,
} from '../settings.js';
import type { WidgetSettings } from '../settings.js';

/** The model element's name. */
export const MODEL_ELEMENT = 'therapyWidget';

/** The command that inserts a widget, or changes the selected one. */
export const COMMAND_NAME = 'therapyWidget';

/** The class of the widget's wrapper while editing; the preview inside it is never saved. */
export const EDITING_CLASS = 'therapy-widget-ck';

type SettingName = keyof WidgetSettings;
const SETTING_NAMES = Object.keys(defaultSettings()) as SettingName[];

/** Each setting's model attribute: `topic` → `therapyTopic`. Prefixed so no other plugin's attribute clashes. */
function modelAttribute(setting: SettingName): string {
  return `therapy${setting[0].toUpperCase()}${setting.slice(1)}`;
}
const MODEL_ATTRIBUTES = SETTING_NAMES.map(modelAttribute);

/**
 * The model attribute holding the widget's text for readers without JavaScript, as HTML, when its
 * placeholder held it (therapy-widgets/server/fallback.js). Not a setting: the form never shows it.
 */
export const FALLBACK_TEXT_ATTRIBUTE = 'therapyFallbackText';

/** Whether a placed widget holds its text for readers without JavaScript. */
export const holdsFallbackText = (element: ModelElement): boolean => element.hasAttribute(FALLBACK_TEXT_ATTRIBUTE);

/**
 * The model attribute marking a widget whose placeholder held more than its text for readers
 * without JavaScript, which was not kept: only for the form's note, never saved.
 */
export const FALLBACK_TEXT_NOT_KEPT_ATTRIBUTE = 'therapyFallbackTextNotKept';

/** Whether a placed widget's placeholder held something other than its text, which was not kept. */
export const fallbackTextWasNotKept = (element: ModelElement): boolean =>
  element.getAttribute(FALLBACK_TEXT_NOT_KEPT_ATTRIBUTE) === true;

/** The settings a model element holds. */
export function settingsOf(element: ModelElement): WidgetSettings {
  const settings = defaultSettings();
  for (const setting of SETTING_NAMES) {
    const value = element.getAttribute(modelAttribute(setting));
    if (isSwitch(setting)) settings[setting] = value === true;
    else settings[setting] = typeof value === 'string' ? value : '';
  }
  return settings;
}

/** Model attributes for `settings`: text trimmed, a switch that is on as `true`; what is not set left out. */
function modelAttributesFor(settings: WidgetSettings): Record<string, string | true> {
  const attributes: Record<string, string | true> = {};
  for (const setting of SETTING_NAMES) {
    const value = settings[setting];
    if (typeof value === 'boolean') {
      if (value) attributes[modelAttribute(setting)] = true;
    } else if (value.trim()) attributes[modelAttribute(setting)] = value.trim();
  }
  return attributes;
}

/** The therapy widget the model selection is on, if any. */
export function selectedWidget(editor: Editor): ModelElement | null {
  const element = editor.model.document.selection.getSelectedElement();
  return element?.is('element', MODEL_ELEMENT) ? element : null;
}

/** Whether a view element is a therapy widget's editing wrapper. */
export function isWidgetView(node: ViewNode): boolean {
  return node.is('element', 'div') && node.hasClass(EDITING_CLASS);
}

/**
 * Inserts a widget with the given settings at the selection, or, when a therapy widget is
 * selected, changes its settings, dropping the text it held for readers without JavaScript when
 * they change (that text was made for the old ones). One undo step either way. Its value is the
 * selected widget's settings, or null.
 */
export class TherapyWidgetCommand extends Command {
  declare value: WidgetSettings | null;

  override refresh(): void {
    const model = this.editor.model;
    const selected = selectedWidget(this.editor);
    this.value = selected ? settingsOf(selected) : null;
    const position = model.document.selection.getFirstPosition();
    this.isEnabled = !!selected || (!!position && model.schema.findAllowedParent(position, MODEL_ELEMENT) !== null);
  }

  override execute(settings: WidgetSettings): void {
    const model = this.editor.model;
    const attributes = modelAttributesFor(settings);
    model.change((writer: ModelWriter) => {
      const selected = selectedWidget(this.editor);
      if (selected) {
        if (!fallbackTextStillFits(settingsOf(selected), settings)) {
          writer.removeAttribute(FALLBACK_TEXT_ATTRIBUTE, selected);
        }
        for (const name of MODEL_ATTRIBUTES) {
          if (name in attributes) writer.setAttribute(name, attributes[name], selected);
          else writer.removeAttribute(name, selected);
        }
        return;
      }
      model.insertObject(writer.createElement(MODEL_ELEMENT, attributes), null, null, { setSelection: 'on' });
    });
  }
}

/** The schema, the converters between placeholder and model, and the command. */
export class TherapyWidgetsEditing extends Plugin {
  static get pluginName() {
    return 'TherapyWidgetsEditing' as const;
  }

  static get requires() {
    return [Widget] as const;
  }

  init(): void {
    const editor = this.editor;
    editor.model.schema.register(MODEL_ELEMENT, {
      inheritAllFrom: '$blockObject',
      allowAttributes: [...MODEL_ATTRIBUTES, FALLBACK_TEXT_ATTRIBUTE, FALLBACK_TEXT_NOT_KEPT_ATTRIBUTE],
    });

    const placeholder: MatcherObjectPattern = { name: 'div', attributes: { [PLACEHOLDER_ATTRIBUTE]: true } };
    // What a placeholder holds is read as it is written (its `$rawContent`), not as content for
    // the editor's schema, which would rewrite its lists or drop it.
    editor.data.registerRawContentMatcher(placeholder);
    const conversion = editor.conversion;
    conversion.for('upcast').elementToElement({
      view: placeholder,
      model: (viewElement: ViewElement, { writer }) => {
        const settings = settingsFromAttributes({ getAttribute: (name) => viewElement.getAttribute(name) ?? null });
        const held = String(viewElement.getCustomProperty('$rawContent') ?? '');
        const text = fallbackTextToKeep(held);
        return writer.createElement(MODEL_ELEMENT, {
          ...modelAttributesFor(settings),
          ...(text ? { [FALLBACK_TEXT_ATTRIBUTE]: text } : {}),
          ...(fallbackTextNotKept(held) ? { [FALLBACK_TEXT_NOT_KEPT_ATTRIBUTE]: true } : {}),
        });
      },
      // Above General HTML Support, which would otherwise keep the div as a plain container.
      converterPriority: 'high',
    });

    // Saved: exactly the placeholder, holding its text or empty. A raw element, so no filler
    // (&nbsp;) is written inside. The text is checked again: only the widget's text is written,
    // built node by node (no HTML parser, so nothing here needs a Trusted Types policy).
    conversion.for('dataDowncast').elementToElement({
      model: { name: MODEL_ELEMENT, attributes: [...MODEL_ATTRIBUTES, FALLBACK_TEXT_ATTRIBUTE] },
      view: (element: ModelElement, { writer }) => {
        const text = String(element.getAttribute(FALLBACK_TEXT_ATTRIBUTE) ?? '');
        return writer.createRawElement(
          'div',
          Object.fromEntries(placeholderAttributes(settingsOf(element))),
          (dom: HTMLElement) => dom.replaceChildren(...placeholderContentNodes(text, dom.ownerDocument)),
        );
      },
    });
    // Editing: a widget holding the real widget as a preview (rebuilt when a setting changes).
    conversion.for('editingDowncast').elementToElement({
      model: { name: MODEL_ELEMENT, attributes: MODEL_ATTRIBUTES },
      view: (element: ModelElement, { writer }) => this.createEditingView(settingsOf(element), writer),
    });

    editor.commands.add(COMMAND_NAME, new TherapyWidgetCommand(editor));
  }

  private createEditingView(settings: WidgetSettings, writer: ViewDowncastWriter): ViewElement {
    const text = editorText(this.editor.locale.uiLanguage);
    const name = text.widgets[settings.widget] ?? settings.widget;
    const title = `${text.button}: ${name}`;
    const preview: ViewRawElement = writer.createRawElement(
      'div',
      { class: `${EDITING_CLASS}__preview` },
      (dom: HTMLElement) => renderPreview(dom, settings, title),
    );
    const wrapper = writer.createContainerElement(
      'div',
      { class: EDITING_CLASS, style: 'padding: 0.5em; border: 1px dashed #6b6b6b' },
      [preview],
    );
    return toWidget(wrapper, writer, { label: title });
  }
}

/**
 * Fills the preview: a caption naming the widget, which stays readable when the page hosting the
 * editor has not loaded the widgets' script, and the real widget with the attributes the
 * placeholder would give it. The widget is inert: its links and buttons belong to the finished
 * page, and a click selects the editor's widget instead.
 */
function renderPreview(dom: HTMLElement, settings: WidgetSettings, title: string): void {
  const document = dom.ownerDocument;
  const caption = document.createElement('div');
  caption.className = `${EDITING_CLASS}__caption`;
  caption.textContent = title;
  Object.assign(caption.style, { font: 'inherit', fontSize: '0.85em', fontWeight: 'bold', marginBottom: '0.5em' });
  // A placeholder naming no known widget is kept as it is, shown by its caption alone.
  if (!WIDGETS.some((entry) => entry.tag === settings.widget)) {
    dom.replaceChildren(caption);
    return;
  }
  const widget = document.createElement(settings.widget);
  const placeholder = new Map(placeholderAttributes(settings));
  for (const [from, to] of Object.entries(PLACEHOLDER_ATTRIBUTES)) {
    const value = placeholder.get(from);
    if (value !== undefined) widget.setAttribute(to, value);
  }
  widget.inert = true;
  dom.replaceChildren(caption, widget);
}
