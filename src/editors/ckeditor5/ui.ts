// The editor's side of placing a widget: a toolbar button that opens the settings form in a
// CKEditor dialog, and the ways back into the form for a placed widget: double-click, Enter while
// it is selected, or the same button; and what screen readers hear the keys do on a widget.
import { ButtonView, Dialog, DomEventObserver, Plugin } from 'ckeditor5';
import type {
  BubblingEvent,
  DowncastInsertEvent,
  ModelElement,
  ViewDocumentDomEventData,
  ViewDocumentEnterEvent,
} from 'ckeditor5';
import { DEFAULT_TOPICS, checkSettings, defaultSettings, editorText } from '../settings.js';
import type { EditorLanguage, EditorText } from '../settings.js';
import {
  COMMAND_NAME,
  MODEL_ELEMENT,
  TherapyWidgetsEditing,
  fallbackTextWasNotKept,
  holdsFallbackText,
  isWidgetView,
  selectedWidget,
} from './editing.js';
import type { TherapyWidgetCommand } from './editing.js';
import type { TherapyWidgetsConfig } from './config.js';
import { WidgetFormView } from './form-view.js';

/** The name of the toolbar item: put it in `toolbar.items`. */
export const TOOLBAR_ITEM = 'therapyWidget';

// A stack of three rounded boxes, the way a page of health information is built from blocks.
const ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 20"><path d="M3 2.5h14a1 1 0 0 1 1 1v3a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1v-3a1 1 0 0 1 1-1zm.5 1.5v2h13V4zM3 9h6a1 1 0 0 1 1 1v6.5a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V10a1 1 0 0 1 1-1zm.5 1.5v5.5h5v-5.5zM12 9h5a1 1 0 0 1 1 1v2.5a1 1 0 0 1-1 1h-5a1 1 0 0 1-1-1V10a1 1 0 0 1 1-1zm.5 1.5V12h4v-1.5zm-.5 4.5h5v1.5h-5z"/></svg>';

const DIALOG_ID = 'therapyWidget';

/** CKEditor's selection attribute for its caret before or after a selected widget ('before', 'after'). */
const TYPE_AROUND = 'widget-type-around';

type DoubleClickEvent = BubblingEvent<{ name: 'dblclick'; args: [data: ViewDocumentDomEventData<MouseEvent>] }>;

/** Reports double-clicks in the editing view, which CKEditor does not observe by itself. */
class DoubleClickObserver extends DomEventObserver<'dblclick'> {
  readonly domEventType = 'dblclick' as const;

  onDomEvent(domEvent: MouseEvent): void {
    this.fire(domEvent.type, domEvent);
  }
}

/** The toolbar button, the settings dialog, and the shortcuts that re-open it. */
export class TherapyWidgetsUI extends Plugin {
  private form?: WidgetFormView;

  static get pluginName() {
    return 'TherapyWidgetsUI' as const;
  }

  static get requires() {
    return [TherapyWidgetsEditing, Dialog] as const;
  }

  init(): void {
    const editor = this.editor;
    const text = editorText(editor.locale.uiLanguage);
    const command = editor.commands.get(COMMAND_NAME) as TherapyWidgetCommand;

    editor.ui.componentFactory.add(TOOLBAR_ITEM, () => {
      const button = new ButtonView(editor.locale);
      button.set({ label: text.button, icon: ICON, tooltip: true });
      button.bind('isEnabled').to(command);
      button.bind('isOn').to(command, 'value', (value) => !!value);
      button.on('execute', () => this.open());
      return button;
    });

    const view = editor.editing.view;
    view.addObserver(DoubleClickObserver);
    this.listenTo<DoubleClickEvent>(
      view.document,
      'dblclick',
      (event, data) => {
        if (!selectedWidget(editor)) return;
        data.preventDefault();
        event.stop();
        this.open();
      },
      { context: isWidgetView },
    );
    // Enter on a selected widget opens its form. With the fake caret beside the widget (after an
    // arrow key) Enter still adds a paragraph there, as Shift+Enter does before the widget.
    this.listenTo<ViewDocumentEnterEvent>(
      view.document,
      'enter',
      (event, data) => {
        const selection = editor.model.document.selection;
        if (event.eventPhase !== 'atTarget' || data.isSoft) return;
        if (!selectedWidget(editor) || selection.getAttribute(TYPE_AROUND)) return;
        data.preventDefault();
        event.stop();
        this.open();
      },
      { context: isWidgetView, priority: 'high' },
    );
    this.sayWhatKeysDo(text);
  }

  /**
   * What screen readers hear after a selected widget's name: what the keys do on this widget. It
   * takes the place of CKEditor's hint for all widgets ("Press Enter to type after…"), which does
   * not fit a widget whose Enter opens its form, and follows CKEditor's caret beside the widget.
   */
  private sayWhatKeysDo(text: EditorText): void {
    const editor = this.editor;
    const keys = () => {
      const caret = editor.model.document.selection.getAttribute(TYPE_AROUND);
      return caret === 'before' ? text.keys.before : caret === 'after' ? text.keys.after : text.keys.selected;
    };
    editor.editing.downcastDispatcher.on<DowncastInsertEvent<ModelElement>>(
      `insert:${MODEL_ELEMENT}`,
      (_event, data, conversionApi) => {
        // The widget's label parts: its name first (toWidget), then the hints plugins add to it.
        const parts = conversionApi.mapper.toViewElement(data.item)?.getCustomProperty('widgetLabel');
        if (Array.isArray(parts)) parts.splice(1, parts.length - 1, keys);
      },
      { priority: 'lowest' },
    );
  }

  /** Opens the form for the selected widget, or for a new one. */
  open(): void {
    const editor = this.editor;
    const command = editor.commands.get(COMMAND_NAME) as TherapyWidgetCommand;
    if (!command.isEnabled) return;
    const text = editorText(editor.locale.uiLanguage);
    const dialog = editor.plugins.get(Dialog);
    const form = (this.form ??= this.createForm(text));
    const editing = !!command.value;
    form.settings = command.value ?? defaultSettings();
    const selected = selectedWidget(editor);
    const note = !selected
      ? null
      : holdsFallbackText(selected)
        ? text.fallbackText.held
        : fallbackTextWasNotKept(selected)
          ? text.fallbackText.notKept
          : null;
    form.fallbackTextNote = note && `${note} ${text.fallbackText.how}`;
    dialog.show({
      id: DIALOG_ID,
      title: text.dialogTitle,
      icon: ICON,
      content: form,
      isModal: true,
      actionButtons: [
        { label: text.cancel, withText: true, onExecute: () => dialog.hide() },
        {
          // Bold rather than CKEditor's green "action" style, whose white on green is below 4.5:1.
          label: editing ? text.save : text.insert,
          class: 'ck-button-bold',
          withText: true,
          onExecute: () => this.confirm(),
        },
      ],
      onShow: () => form.focus(),
      onHide: () => editor.editing.view.focus(),
    });
  }

  private createForm(text: EditorText): WidgetFormView {
    const form = new WidgetFormView(this.editor.locale, text);
    form.on('submit', () => this.confirm());
    return form;
  }

  /** Inserts or saves the widget if the form's settings pass the checks; shows the problems if not. */
  private confirm(): void {
    const form = this.form;
    if (!form) return;
    const topics = (this.editor.config.get('therapyWidgets') as TherapyWidgetsConfig | undefined)?.topics;
    const settings = form.settings;
    const language: EditorLanguage = /^es(?:[-_]|$)/i.test(this.editor.locale.uiLanguage) ? 'es' : 'en';
    const problems = checkSettings(settings, language, topics ?? DEFAULT_TOPICS);
    if (problems.length > 0) {
      form.showProblems(problems);
      return;
    }
    this.editor.execute(COMMAND_NAME, settings);
    this.editor.plugins.get(Dialog).hide();
  }

  override destroy(): void {
    super.destroy();
    this.form?.destroy();
  }
}
