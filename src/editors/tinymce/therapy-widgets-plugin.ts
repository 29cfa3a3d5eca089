// The TinyMCE plugin: a toolbar button and menu item that place a widget through a dialog, a live
// preview of the widget inside the editor, and saved HTML that is exactly the CMS-safe placeholder,
// holding the widget's text for readers without JavaScript when it held it, until a setting changes.
// Only TinyMCE's types are imported; TinyMCE itself is the page's `tinymce` global at run time.
import type { AstNode, Editor, TinyMCE, Ui } from 'tinymce';
import { fallbackTextNotKept, fallbackTextStillFits, fallbackTextToKeep } from '../fallback-text.js';
import {
  DEFAULT_TOPICS,
  PLACEHOLDER_ATTRIBUTE,
  WIDGETS,
  checkSettings,
  defaultSettings,
  editorText,
  escapeHtml,
  placeholderAttributes,
  placeholderHolding,
  placeholderHtml,
  settingChoices,
  settingsFor,
  settingsFromAttributes,
  type EditorLanguage,
  type SettingProblem,
  type SwitchSetting,
  type WidgetSettings,
} from '../settings.js';

/** The name to list in TinyMCE's `plugins` or `external_plugins`, and of the button and menu item. */
export const PLUGIN_NAME = 'therapywidgets';

/** The plugin's own TinyMCE options. */
export const OPTIONS = {
  /**
   * The address of the script-tag bundle (`therapy-widgets.js`) that draws the previews inside the
   * editor. By default the one two folders up from the plugin, as the package lays them out. An
   * empty string turns the previews off.
   */
  scriptUrl: 'therapywidgets_script_url',
  /** Topics the dialog accepts, when a site has more than the ones shipped with the library. */
  topics: 'therapywidgets_topics',
} as const;

// Attributes that only exist while the widget is in the editor; saving leaves none of them.
const EDITOR_LABEL = 'data-mce-therapy-label';
// The widget's text for readers without JavaScript that the placeholder held, as HTML, kept here
// while editing (in the undo history too) rather than as content the editor would let be typed into.
const FALLBACK_TEXT = 'data-mce-therapy-fallback-text';
// Marks a placeholder that held more than the widget's text, which was not kept: for the dialog's note.
const FALLBACK_TEXT_NOT_KEPT = 'data-mce-therapy-fallback-not-kept';

declare const tinymce: TinyMCE;

/** The dialog's fields hold the settings, one field per setting: text, or a checkbox's true or false. */
type SettingsData = { [Name in keyof WidgetSettings]: WidgetSettings[Name] };

const SELECTOR = `[${PLACEHOLDER_ATTRIBUTE}]`;

// The editor-only look: a labelled block framed in the text's own colour (so light and dark
// content CSS both work), a blue outline with a white ring when selected (visible on either),
// cut to a height that leaves room for the text around it (the whole topic page is long).
const CONTENT_STYLE = `
${SELECTOR} { display: block; margin: 1em 0; padding: 0.5em; border: 2px dashed; border-radius: 4px; cursor: default; max-height: 32rem; overflow: hidden; }
${SELECTOR}::before { content: attr(${EDITOR_LABEL}); display: block; margin-bottom: 0.5em; font: 600 0.875rem/1.4 system-ui, sans-serif; }
.mce-content-body ${SELECTOR}[contenteditable='false'][data-mce-selected] { outline: 3px solid #0b57d0; outline-offset: 2px; box-shadow: 0 0 0 8px #fff; }
`;

/** TinyMCE's parsed-HTML nodes answer `attr()` with `undefined` for a missing attribute. */
const readAttributes = (node: AstNode) => ({ getAttribute: (name: string) => node.attr(name) ?? null });

/** Sets up the plugin on one editor; TinyMCE calls this with the plugin's folder address. */
export function setUpTherapyWidgets(editor: Editor, pluginUrl: string): void {
  editor.options.register(OPTIONS.scriptUrl, {
    processor: 'string',
    default: new URL('../../therapy-widgets.js', new URL(`${pluginUrl}/`, document.baseURI)).href,
  });
  editor.options.register(OPTIONS.topics, { processor: 'string[]', default: [...DEFAULT_TOPICS] });

  // editorText folds region tags (es-MX) and falls back to English; the checks want the same choice.
  const language = (): EditorLanguage =>
    editorText(editor.options.get('language') ?? 'en') === editorText('es') ? 'es' : 'en';
  const text = () => editorText(language());
  const topics = (): string[] => editor.options.get(OPTIONS.topics);
  const label = (widget: string) => `${text().button}: ${text().widgets[widget] ?? widget}`;

  editor.on('PreInit', () => {
    // Loaded HTML: the placeholder becomes a non-editable, labelled block, emptied of the `&nbsp;`
    // TinyMCE pads empty blocks with; the widget's text it holds (as TinyMCE's own filter left it)
    // moves into an editor-only attribute, and anything else inside is dropped (and marked, so the
    // dialog says the text was not kept).
    editor.parser.addAttributeFilter(PLACEHOLDER_ATTRIBUTE, (nodes) => {
      for (const node of nodes) {
        const html = tinymce.html.Serializer({}, editor.schema).serialize(takeChildren(node));
        // With nothing inside (the editor's own HTML, as undo restores it), the attributes stay.
        if (html.replace(/&nbsp;|\u00a0/g, '').trim()) {
          node.attr(FALLBACK_TEXT, fallbackTextToKeep(html) || null);
          node.attr(FALLBACK_TEXT_NOT_KEPT, fallbackTextNotKept(html) ? '' : null);
        }
        node.attr('contenteditable', 'false');
        node.attr(EDITOR_LABEL, label(settingsFromAttributes(readAttributes(node)).widget));
      }
    });
    // Saved HTML: exactly the placeholder, written as text so the schema's attribute order and
    // the editor-only attributes and preview never reach it. Its text is checked again on the way
    // out, so only the widget's text is ever written.
    editor.serializer.addAttributeFilter(PLACEHOLDER_ATTRIBUTE, (nodes) => {
      for (const node of nodes) {
        const saved = new tinymce.html.Node('#text', 3);
        saved.raw = true;
        const text = fallbackTextToKeep(node.attr(FALLBACK_TEXT) ?? '');
        saved.value = placeholderHolding(settingsFromAttributes(readAttributes(node)), text);
        node.replace(saved);
      }
    });
    editor.dom.addStyle(CONTENT_STYLE);
  });

  editor.on('init', () => startPreviews(editor, editor.options.get(OPTIONS.scriptUrl)));

  const selectedPlaceholder = (): HTMLElement | null => {
    const node = editor.selection.getNode();
    return node ? editor.dom.getParent<HTMLElement>(node, SELECTOR) : null;
  };

  const openDialog = () => {
    const placeholder = selectedPlaceholder();
    const initial = placeholder ? settingsFromAttributes(placeholder) : defaultSettings();
    const note = placeholder?.hasAttribute(FALLBACK_TEXT)
      ? text().fallbackText.held
      : placeholder?.hasAttribute(FALLBACK_TEXT_NOT_KEPT)
        ? text().fallbackText.notKept
        : undefined;
    openSettingsDialog(editor, language(), topics(), initial, placeholder !== null, note, (settings) => {
      editor.undoManager.transact(() => {
        if (placeholder?.isConnected) {
          writePlaceholder(placeholder, settings, label(settings.widget));
          editor.nodeChanged();
        } else {
          const before = new Set(editor.dom.select(SELECTOR));
          editor.insertContent(placeholderHtml(settings));
          // The new widget is left selected, as TinyMCE leaves an inserted image.
          // (Not the copy TinyMCE keeps off screen of a selected block, which it marks as its own.)
          const inserted = editor.dom
            .select(SELECTOR)
            .find((element) => !before.has(element) && !element.closest('[data-mce-bogus]'));
          if (inserted) editor.selection.select(inserted);
        }
      });
      editor.focus();
    });
  };

  editor.addCommand('therapyWidgets', openDialog);
  editor.ui.registry.addIcon(
    PLUGIN_NAME,
    // A page with a heart: health information.
    '<svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 3h9l4 4v14H6V3Zm2 2v14h9V8h-3V5H8Zm4.5 12.2-3-2.9a1.9 1.9 0 0 1 2.7-2.6l.3.3.3-.3a1.9 1.9 0 0 1 2.7 2.6l-3 2.9Z" fill-rule="nonzero"/></svg>',
  );
  editor.ui.registry.addToggleButton(PLUGIN_NAME, {
    icon: PLUGIN_NAME,
    tooltip: text().button,
    onAction: openDialog,
    onSetup: (api) => {
      const update = () => api.setActive(selectedPlaceholder() !== null);
      update();
      editor.on('NodeChange', update);
      return () => editor.off('NodeChange', update);
    },
  });
  editor.ui.registry.addMenuItem(PLUGIN_NAME, { icon: PLUGIN_NAME, text: `${text().button}…`, onAction: openDialog });
  editor.on('dblclick', (event) => {
    const target = event.target as Element | null;
    if (target?.closest?.(SELECTOR)) {
      editor.selection.select(target.closest(SELECTOR) as HTMLElement);
      openDialog();
    }
  });
}

/**
 * Takes a parsed node's children out, into a fragment of their own, without what TinyMCE adds
 * while it works: its own nodes (such as the caret's bookmark after inserted or pasted content)
 * and its marks on the others (`data-mce-…`).
 */
function takeChildren(node: AstNode): AstNode {
  const inside = new tinymce.html.Node('#frag', 11);
  while (node.firstChild) inside.append(node.firstChild);
  const nodes: AstNode[] = [];
  for (let child = inside.walk(); child; child = child.walk()) nodes.push(child);
  for (const child of nodes) {
    if (child.attr('data-mce-type') || child.attr('data-mce-bogus')) child.remove();
    else for (const { name } of [...(child.attributes ?? [])]) if (name.startsWith('data-mce-')) child.attr(name, null);
  }
  return inside;
}

/**
 * Writes settings onto a placeholder already in the editor, in place, as one undoable change. The
 * text it held for readers without JavaScript goes when they change: it was made for the old ones.
 */
function writePlaceholder(placeholder: HTMLElement, settings: WidgetSettings, label: string): void {
  if (!fallbackTextStillFits(settingsFromAttributes(placeholder), settings)) placeholder.removeAttribute(FALLBACK_TEXT);
  const wanted = new Map(placeholderAttributes(settings));
  const editorOnly = new Set([
    'contenteditable',
    EDITOR_LABEL,
    FALLBACK_TEXT,
    FALLBACK_TEXT_NOT_KEPT,
    'data-mce-selected',
  ]);
  for (const { name } of [...placeholder.attributes]) {
    if (!wanted.has(name) && !editorOnly.has(name)) placeholder.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    if (placeholder.getAttribute(name) !== value) placeholder.setAttribute(name, value);
  }
  placeholder.setAttribute(EDITOR_LABEL, label);
}

/**
 * Loads the script-tag bundle into the editor's document, where it turns each placeholder into the
 * real widget, inside it. The widget is marked as TinyMCE's temporary content (left out of saved
 * HTML and undo history) and made inert, so clicks and Tab land on the placeholder block, not in
 * the widget's links.
 */
function startPreviews(editor: Editor, scriptUrl: string): void {
  const doc = editor.getDoc();
  const body = editor.getBody();
  const markPreviews = () => {
    for (const placeholder of body.querySelectorAll(SELECTOR)) {
      for (const child of placeholder.children) {
        if (child.getAttribute('data-mce-bogus') !== 'all') child.setAttribute('data-mce-bogus', 'all');
        if (!child.hasAttribute('inert')) child.setAttribute('inert', '');
      }
    }
  };
  markPreviews();
  new (doc.defaultView ?? window).MutationObserver(markPreviews).observe(body, { childList: true, subtree: true });
  if (!scriptUrl) return;
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = new URL(scriptUrl, document.baseURI).href;
  doc.head.append(script);
}

type Dialog = Ui.Dialog.DialogSpec<SettingsData>;
type DialogItem = Ui.Dialog.BodyComponentSpec;
type SettingName = keyof WidgetSettings;

/**
 * The dialog: opens with `initial`, refuses settings with problems, and hands good ones to `done`.
 * For a widget that holds its text for readers without JavaScript, or whose text was not kept, a
 * note (`fallbackNote`, its first words) says so.
 * A problem's message is under its field; each field is described by its message and its hint,
 * and the Widget field by the note.
 */
function openSettingsDialog(
  editor: Editor,
  language: EditorLanguage,
  topics: readonly string[],
  initial: WidgetSettings,
  editing: boolean,
  fallbackNote: string | undefined,
  done: (settings: WidgetSettings) => void,
): void {
  const text = editorText(language);
  // Ids for the texts that describe fields, unique in the page (TinyMCE keeps ids in its panels' HTML).
  const ids = tinymce.DOM.uniqueId('therapywidgets-dialog-');
  const hintId = (setting: SettingName) => `${ids}-hint-${setting}`;
  const problemId = (setting: SettingName) => `${ids}-problem-${setting}`;
  const noteId = `${ids}-note`;
  const paragraph = (words: string, id: string): DialogItem => ({
    type: 'htmlpanel',
    html: `<p id="${id}">${escapeHtml(words)}</p>`,
  });
  const note = fallbackNote ? [paragraph(`${fallbackNote} ${text.fallbackText.how}`, noteId)] : [];

  /** The ids of the texts that describe each field: its problem's message first, then its hint or the note. */
  const descriptions = (problems: readonly SettingProblem[]): Map<SettingName, string[]> => {
    const described = new Map<SettingName, string[]>();
    const add = (setting: SettingName, id: string) => described.set(setting, [...(described.get(setting) ?? []), id]);
    for (const { setting } of problems) add(setting, problemId(setting));
    for (const setting of Object.keys(text.hints) as SettingName[]) add(setting, hintId(setting));
    if (fallbackNote) add('widget', noteId);
    return described;
  };

  /**
   * Links each field to the texts that describe it, and marks the fields with a problem, which
   * TinyMCE's dialog API cannot do: its fields are found by their labels in the open dialog.
   */
  const describeFields = (problems: readonly SettingProblem[]): void => {
    const described = descriptions(problems);
    const dialog = [...described.values()]
      .flat()
      .map((id) => document.getElementById(id)?.closest('[role="dialog"]'))
      .find(Boolean);
    if (!dialog) return;
    const byLabel = new Map(Object.entries(text.labels).map(([setting, label]) => [label, setting as SettingName]));
    for (const label of dialog.querySelectorAll('label')) {
      const setting = byLabel.get(label.textContent?.trim() ?? '');
      const field = label.control;
      if (!setting || !field) continue;
      const present = (described.get(setting) ?? []).filter((id) => document.getElementById(id));
      if (present.length) field.setAttribute('aria-describedby', present.join(' '));
      if (problems.some((problem) => problem.setting === setting)) field.setAttribute('aria-invalid', 'true');
    }
    // TinyMCE sizes an alert banner to its text, wider than the dialog for a long message: here it
    // takes the field's width, its text wrapping and starting where the field does.
    for (const { setting } of problems) {
      const message = document.getElementById(problemId(setting));
      message?.closest<HTMLElement>('[role="alert"]')?.style.setProperty('width', 'auto');
      message?.parentElement?.style.setProperty('text-align', 'start');
    }
  };

  const spec = (data: SettingsData, problems: readonly SettingProblem[]): Dialog => {
    const applies = new Set(settingsFor(data.widget));
    // A field, then its problem's message (TinyMCE writes an alert banner's text as HTML), then its hint.
    const withNotes = (name: SettingName, field: DialogItem): DialogItem[] => {
      const problem = problems.find((found) => found.setting === name);
      const hint = text.hints[name];
      return [
        field,
        ...(problem
          ? [
              {
                type: 'alertbanner',
                level: 'error',
                icon: 'warning',
                text: `<span id="${problemId(name)}">${escapeHtml(problem.message)}</span>`,
              } satisfies DialogItem,
            ]
          : []),
        ...(hint ? [paragraph(hint, hintId(name))] : []),
      ];
    };
    const input = (name: SettingName, inputMode?: string): DialogItem[] =>
      withNotes(name, {
        type: 'input',
        name,
        label: text.labels[name],
        enabled: applies.has(name),
        ...(inputMode ? { inputMode } : {}),
      });
    const checkbox = (name: SwitchSetting): DialogItem[] =>
      withNotes(name, { type: 'checkbox', name, label: text.labels[name] });
    // A list keeps a value it does not offer (written by hand) as a choice of its own, so it shows.
    const select = (name: SettingName): DialogItem[] => {
      const items = (settingChoices(name, text, String(data[name])) ?? []).map(({ value, label }) => ({
        value,
        text: label,
      }));
      return withNotes(name, { type: 'selectbox', name, label: text.labels[name], items });
    };
    return {
      title: text.dialogTitle,
      initialData: data,
      body: {
        type: 'panel',
        items: [
          ...note,
          ...select('widget'),
          ...input('topic'),
          ...select('lang'),
          ...select('audience'),
          ...select('headingLevel'),
          ...checkbox('listen'),
          ...input('emergencyNumber', 'tel'),
          ...input('organization'),
          ...input('publisher'),
          ...input('copyright'),
          ...input('reviewed'),
          ...input('reviewedBy'),
        ],
      },
      buttons: [
        { type: 'cancel', text: text.cancel },
        { type: 'submit', text: editing ? text.save : text.insert, primary: true },
      ],
      onChange: (api, details) => {
        if (details.name !== 'widget') return;
        // Only the settings the chosen widget has can be filled in.
        const now = new Set(settingsFor(api.getData().widget));
        for (const entry of WIDGETS) for (const setting of entry.settings) api.setEnabled(setting, now.has(setting));
      },
      onSubmit: (api) => {
        const settings: WidgetSettings = { ...api.getData() };
        const found = checkSettings(settings, language, topics);
        if (found.length) {
          // The dialog stays open, says what is wrong under each field, and focuses the first field
          // to fix, scrolled so that its message shows too.
          api.redial(spec(settings, found));
          describeFields(found);
          api.focus(found[0].setting);
          const message = document.getElementById(problemId(found[0].setting))?.closest('[role="alert"]');
          message?.scrollIntoView({ block: 'nearest' });
          (document.activeElement as HTMLElement | null)?.scrollIntoView({ block: 'nearest' });
          return;
        }
        api.close();
        done(settings);
      },
    };
  };
  editor.windowManager.open(spec({ ...initial }, []));
  describeFields([]);
}
