// The form that edits one widget's settings, built from CKEditor's own UI parts so it looks,
// reads and is used with the keyboard like the rest of the editor. Choices are dropdowns, on/off
// settings are switches, the rest are text fields; the fields a widget does not have are hidden.
// Above them, for a widget that holds its text for readers without JavaScript, a note says what a
// change does to it.
import {
  Collection,
  FocusCycler,
  FocusTracker,
  KeystrokeHandler,
  LabeledFieldView,
  SwitchButtonView,
  UIModel,
  View,
  ViewCollection,
  addListToDropdown,
  createLabeledDropdown,
  createLabeledInputText,
  uid,
} from 'ckeditor5';
import type { DropdownView, FocusableView, InputTextView, ListDropdownItemDefinition, Locale } from 'ckeditor5';
import { defaultSettings, isSwitch, settingChoices, settingsFor } from '../settings.js';
import type { Choice, EditorText, SettingProblem, SwitchSetting, WidgetSettings } from '../settings.js';

type SettingName = keyof WidgetSettings;

/** A dropdown field and the value it shows. */
interface ChoiceField {
  kind: 'choice';
  view: LabeledFieldView<DropdownView>;
  /** The name of each value the list offers. */
  choices: Map<string, string>;
  items: Collection<ListDropdownItemDefinition>;
  value: string;
}

interface TextField {
  kind: 'text';
  view: LabeledFieldView<InputTextView>;
}

type Field = ChoiceField | TextField;

/** A paragraph of plain words, shown only while `isVisible`. */
class NoteView extends View<HTMLParagraphElement> {
  declare isVisible: boolean;
  declare words: string;
  readonly id = `therapy-widget-ck-note-${uid()}`;

  constructor(locale: Locale) {
    super(locale);
    this.set('isVisible', false);
    this.set('words', '');
    const bind = this.bindTemplate;
    this.setTemplate({
      tag: 'p',
      attributes: {
        id: this.id,
        class: ['ck', 'therapy-widget-ck-form__note', bind.if('isVisible', 'ck-hidden', (visible) => !visible)],
        style: { margin: 0, maxWidth: '100%', whiteSpace: 'normal' },
      },
      children: [{ text: bind.to('words') }],
    });
  }
}

/**
 * An on/off setting: CKEditor's switch button (`role="switch"`), named by its label and described
 * by the hint under it, as a labelled field's hint describes its field. Hidden by `class`.
 */
class SwitchFieldView extends View<HTMLDivElement> {
  declare class: string | undefined;
  readonly button: SwitchButtonView;
  private readonly hintId = `therapy-widget-ck-hint-${uid()}`;

  constructor(
    locale: Locale,
    label: string,
    private readonly hint: string | undefined,
  ) {
    super(locale);
    this.set('class', undefined);
    this.button = new SwitchButtonView(locale);
    this.button.set({ label, withText: true, role: 'switch' });
    this.button.on('execute', () => {
      this.button.isOn = !this.button.isOn;
    });
    const hintView = hint
      ? [
          {
            tag: 'div',
            attributes: {
              id: this.hintId,
              class: ['ck', 'therapy-widget-ck-form__hint'],
              // As CKEditor sets a labelled field's hint.
              style: {
                fontSize: 'var(--ck-font-size-small)',
                marginTop: 'var(--ck-spacing-small)',
                whiteSpace: 'normal',
              },
            },
            children: [{ text: hint }],
          },
        ]
      : [];
    this.setTemplate({
      tag: 'div',
      attributes: { class: ['ck', 'therapy-widget-ck-form__switch', this.bindTemplate.to('class')] },
      children: [this.button, ...hintView],
    });
  }

  override render(): void {
    super.render();
    if (this.hint) this.button.element?.setAttribute('aria-describedby', this.hintId);
    // The switch and its label use the form's width, the label on the start side.
    this.button.element?.style.setProperty('width', '100%');
  }

  focus(): void {
    this.button.focus();
  }
}

/**
 * The settings form. Fires `submit` when Enter is pressed in a text field; the dialog's own
 * buttons confirm or cancel it too.
 */
export class WidgetFormView extends View<HTMLFormElement> {
  readonly focusTracker = new FocusTracker();
  readonly keystrokes = new KeystrokeHandler();
  readonly focusCycler: FocusCycler;
  private readonly focusables = new ViewCollection<FocusableView>();
  private readonly fields = new Map<SettingName, Field>();
  private readonly switches = new Map<SwitchSetting, SwitchFieldView>();
  private readonly fallbackNote: NoteView;

  constructor(
    locale: Locale,
    private readonly text: EditorText,
  ) {
    super(locale);
    const children = this.createCollection();
    this.fallbackNote = new NoteView(locale);
    children.add(this.fallbackNote);
    for (const setting of Object.keys(defaultSettings()) as SettingName[]) {
      if (isSwitch(setting)) {
        const view = new SwitchFieldView(locale, text.labels[setting], text.hints[setting]);
        this.switches.set(setting, view);
        children.add(view);
        this.focusables.add(view);
        continue;
      }
      const choices = settingChoices(setting, text);
      const field = choices ? this.createChoice(text.labels[setting], choices) : this.createText(text.labels[setting]);
      const hint = text.hints[setting];
      if (hint) field.view.infoText = hint;
      this.fields.set(setting, field);
      children.add(field.view);
      this.focusables.add(field.view);
    }

    this.focusCycler = new FocusCycler({
      focusables: this.focusables,
      focusTracker: this.focusTracker,
      keystrokeHandler: this.keystrokes,
      actions: { focusPrevious: 'shift + tab', focusNext: 'tab' },
    });

    this.setTemplate({
      tag: 'form',
      attributes: {
        class: ['ck', 'therapy-widget-ck-form'],
        tabindex: '-1',
        // Long enough for every field; scrolls inside the dialog on a short or narrow screen.
        style: {
          display: 'grid',
          gap: 'var(--ck-spacing-standard)',
          padding: 'var(--ck-spacing-large)',
          width: 'min(26em, calc(100vw - 4em))',
          maxHeight: '60vh',
          overflowY: 'auto',
          boxSizing: 'border-box',
        },
      },
      children,
    });
  }

  override render(): void {
    super.render();
    // Enter in a text field confirms the form. (A form with several fields and no submit button
    // is not submitted by the browser; Enter on a dropdown still opens it.)
    this.keystrokes.set('Enter', (event, cancel) => {
      if ((event as unknown as Event).target instanceof HTMLInputElement) {
        this.fire('submit');
        cancel();
      }
    });
    // Every field as wide as the form; dropdowns framed like the text fields, so both read as fields.
    for (const field of this.fields.values()) {
      field.view.fieldView.element?.style.setProperty('width', '100%');
      if (field.kind !== 'choice') continue;
      const button = field.view.fieldView.buttonView;
      if (!button.element) continue;
      Object.assign(button.element.style, {
        width: '100%',
        border: '1px solid var(--ck-color-input-border)',
        justifyContent: 'space-between',
      });
      // CKEditor cuts dropdown labels short for toolbars; here there is room for the whole choice.
      button.element.querySelector<HTMLElement>('.ck-button__label')?.style.setProperty('width', 'auto');
      // Named by the field's label and then its choice ("Widget Side effects"), not by the choice
      // alone. Set on the element: the button's own `ariaLabelledBy` also names its label's id.
      button.element.setAttribute('aria-labelledby', `${field.view.labelView.id} ${button.ariaLabelledBy}`);
      this.describeChoice(field, button.element);
    }
    for (const view of this.focusables) if (view.element) this.focusTracker.add(view.element);
    if (this.element) this.keystrokes.listenTo(this.element);
  }

  /**
   * Describes a list's button, as a text field is described: by the line under it (its hint, or
   * the problem with its value) while that line says something, and, for the first field (Widget,
   * focused when the form opens), by the note while it shows. Marked invalid while it has a problem.
   */
  private describeChoice(field: ChoiceField, button: HTMLElement): void {
    const note = field === this.fields.get('widget') ? this.fallbackNote : undefined;
    const describe = () => {
      const { errorText, infoText } = field.view;
      const ids = [errorText || infoText ? field.view.fieldView.ariaDescribedById : undefined];
      if (note?.isVisible) ids.push(note.id);
      const described = ids.filter(Boolean).join(' ');
      if (described) button.setAttribute('aria-describedby', described);
      else button.removeAttribute('aria-describedby');
      if (errorText) button.setAttribute('aria-invalid', 'true');
      else button.removeAttribute('aria-invalid');
    };
    describe();
    field.view.on('change:errorText', describe);
    note?.on('change:isVisible', describe);
  }

  override destroy(): void {
    super.destroy();
    this.focusTracker.destroy();
    this.keystrokes.destroy();
  }

  /** Focuses the first field, or the last one when `direction` is -1 (the dialog cycles into the form). */
  focus(direction?: 1 | -1): void {
    if (direction === -1) this.focusCycler.focusLast();
    else this.focusCycler.focusFirst();
  }

  /** The settings as the form holds them. */
  get settings(): WidgetSettings {
    const settings = defaultSettings();
    for (const [setting, field] of this.fields) {
      if (isSwitch(setting)) continue; // (never: switches are in this.switches)
      settings[setting] = field.kind === 'choice' ? field.value : (field.view.fieldView.element?.value ?? '');
    }
    for (const [setting, view] of this.switches) settings[setting] = view.button.isOn;
    return settings;
  }

  /** Fills the form, clears old error messages and shows only the widget's own fields. */
  set settings(settings: WidgetSettings) {
    for (const [setting, field] of this.fields) {
      if (isSwitch(setting)) continue; // (never: switches are in this.switches)
      field.view.errorText = null;
      if (field.kind === 'choice') {
        // A value the list does not offer (from hand-written HTML) is added to it, as written.
        this.offer(field, settingChoices(setting, this.text, settings[setting]) ?? []);
        this.choose(field, settings[setting]);
      } else field.view.fieldView.value = settings[setting];
      // The input's DOM value is what the person edits; keep it in step when the form is reused.
      if (field.kind === 'text' && field.view.fieldView.element) field.view.fieldView.element.value = settings[setting];
    }
    for (const [setting, view] of this.switches) view.button.isOn = settings[setting];
    this.showFieldsOf(settings.widget);
  }

  /** The note on the widget's text for readers without JavaScript, or null for none. */
  set fallbackTextNote(words: string | null) {
    this.fallbackNote.words = words ?? '';
    this.fallbackNote.isVisible = words !== null;
  }

  /** Shows each problem under its field and focuses the first field that has one. */
  showProblems(problems: readonly SettingProblem[]): void {
    for (const field of this.fields.values()) field.view.errorText = null;
    for (const { setting, message } of problems) {
      const field = this.fields.get(setting);
      if (field) field.view.errorText = message;
    }
    const first = problems.map(({ setting }) => this.fields.get(setting)).find(Boolean);
    first?.view.focus();
  }

  private showFieldsOf(widget: string): void {
    const shown = settingsFor(widget);
    const classFor = (setting: SettingName) => (shown.includes(setting) ? undefined : 'ck-hidden');
    for (const [setting, field] of this.fields) field.view.class = classFor(setting);
    for (const [setting, view] of this.switches) view.class = classFor(setting);
  }

  private createText(label: string): TextField {
    const view = new LabeledFieldView(this.locale, createLabeledInputText);
    view.label = label;
    return { kind: 'text', view };
  }

  private createChoice(label: string, choices: readonly Choice[]): ChoiceField {
    const view = new LabeledFieldView(this.locale, createLabeledDropdown);
    view.label = label;
    // Always holds a choice, so its label sits above it rather than inside like a placeholder.
    view.isEmpty = false;
    const items = new Collection<ListDropdownItemDefinition>();
    const dropdown = view.fieldView;
    dropdown.buttonView.set({ withText: true });
    addListToDropdown(dropdown, items, { role: 'menu', ariaLabel: label });
    const field: ChoiceField = { kind: 'choice', view, choices: new Map(), items, value: '' };
    this.offer(field, choices);
    dropdown.on('execute', (event) => {
      this.choose(field, (event.source as unknown as { value: string }).value);
      view.errorText = null;
      if (field === this.fields.get('widget')) this.showFieldsOf(field.value);
      dropdown.focus();
    });
    return field;
  }

  /**
   * Puts `choices` in the field's list, in place of what it offered before. (Each item has `isOn`
   * from the start: the list binds only the properties its item's model has when it is added.)
   */
  private offer(field: ChoiceField, choices: readonly Choice[]): void {
    field.choices = new Map(choices.map(({ value, label }) => [value, label]));
    field.items.clear();
    for (const { value, label } of choices) {
      field.items.add({
        type: 'button',
        model: new UIModel({ label, withText: true, role: 'menuitemradio', value, isOn: false }),
      });
    }
  }

  private choose(field: ChoiceField, value: string): void {
    field.value = value;
    const shown = field.choices.get(value) ?? value;
    field.view.fieldView.buttonView.label = shown;
    for (const item of field.items) {
      if (item.type === 'button') item.model.set('isOn', item.model.value === value);
    }
  }
}
