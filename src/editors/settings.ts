// What every editor integration (CKEditor 5, TinyMCE, WordPress) shares: the settings a placed
// widget has, the form fields that edit them in the editor's own interface language, how they are
// checked, and how they are saved as the CMS-safe placeholder
// (`<div data-therapy-widget="…" data-topic="…">`). No editor's code is imported here, and none of
// this reaches the script-tag bundle.

/**
 * A placed widget's settings, the way a form holds them: text, where empty means "not set", and
 * the switches (`listen`), on or off.
 */
export interface WidgetSettings {
  widget: string;
  topic: string;
  lang: string;
  audience: string;
  headingLevel: string;
  /** The Listen button, which reads the widget aloud. */
  listen: boolean;
  emergencyNumber: string;
  organization: string;
  publisher: string;
  copyright: string;
  reviewed: string;
  reviewedBy: string;
}

/** The interface languages the editor integrations speak. */
export type EditorLanguage = 'en' | 'es';

/** The attribute that marks a placeholder, read by the script-tag bundle. */
export const PLACEHOLDER_ATTRIBUTE = 'data-therapy-widget';

type SettingName = keyof WidgetSettings;

/** The settings saved as an attribute of their own: all but the widget, which names the placeholder. */
type AttributeSetting = Exclude<SettingName, 'widget'>;

/** The settings that are on or off: a checkbox in the form, an attribute there or not on the placeholder. */
export type SwitchSetting = { [Name in SettingName]: WidgetSettings[Name] extends boolean ? Name : never }[SettingName];

const SWITCHES: Readonly<Record<SwitchSetting, true>> = { listen: true };

/** Whether a setting is on or off rather than text. */
export const isSwitch = (setting: SettingName): setting is SwitchSetting => Object.hasOwn(SWITCHES, setting);

/**
 * Each setting's placeholder attribute, in the order they are written. A switch that is on is
 * written with an empty value (`data-listen=""`, which means the same as `data-listen`).
 */
export const SETTING_ATTRIBUTES: Readonly<Record<AttributeSetting, string>> = {
  topic: 'data-topic',
  lang: 'lang',
  audience: 'data-audience',
  headingLevel: 'data-heading-level',
  emergencyNumber: 'data-emergency-number',
  organization: 'data-organization',
  publisher: 'data-publisher',
  copyright: 'data-copyright',
  reviewed: 'data-reviewed',
  reviewedBy: 'data-reviewed-by',
  listen: 'data-listen',
};

/** The widgets an editor can place, with the settings each one has beyond the common ones. */
export const WIDGETS: readonly { tag: string; settings: readonly SettingName[] }[] = [
  {
    tag: 'therapy-page',
    settings: ['emergencyNumber', 'organization', 'publisher', 'copyright', 'reviewed', 'reviewedBy'],
  },
  { tag: 'therapy-overview', settings: [] },
  { tag: 'how-it-works', settings: [] },
  { tag: 'side-effect-card', settings: ['emergencyNumber'] },
  {
    tag: 'cog-disclaimer',
    settings: ['emergencyNumber', 'organization', 'publisher', 'copyright', 'reviewed', 'reviewedBy'],
  },
];

/** Settings every widget has. */
export const COMMON_SETTINGS: readonly SettingName[] = [
  'widget',
  'topic',
  'lang',
  'audience',
  'headingLevel',
  'listen',
];

/** The settings the form shows for a widget, in order. */
export function settingsFor(widget: string): readonly SettingName[] {
  const extra = WIDGETS.find((entry) => entry.tag === widget)?.settings ?? [];
  return [...COMMON_SETTINGS, ...extra];
}

/** The topics shipped with the library; an integration may add a site's own topics. */
export const DEFAULT_TOPICS: readonly string[] = ['targeted-therapy'];

export const LANGUAGES: readonly string[] = ['en', 'es'];
export const AUDIENCES: readonly string[] = ['family', 'child'];
/** The levels of the headings HTML has; a new widget's is 2, as the widgets' own default. */
export const HEADING_LEVELS: readonly string[] = ['1', '2', '3', '4', '5', '6'];

/** A choice in a setting's list: the value saved, and its name in the editor's language. */
export interface Choice {
  value: string;
  label: string;
}

/**
 * The choices of a setting whose field is a list, in order, named in the editor's language
 * (`text`); undefined for a setting that is typed or a switch. Given the setting's `current`
 * value, one the list does not offer (such as heading level 7 in HTML written by hand) is added
 * at the end as written, so the field shows what the placeholder says, and the checks say why it
 * cannot be saved.
 */
export function settingChoices(setting: SettingName, text: EditorText, current?: string): Choice[] | undefined {
  const named = (values: readonly string[], names: Record<string, string> = {}) =>
    values.map((value) => ({ value, label: names[value] ?? value }));
  let choices: Choice[];
  if (setting === 'widget')
    choices = named(
      WIDGETS.map((entry) => entry.tag),
      text.widgets,
    );
  else if (setting === 'lang') choices = named(['', ...LANGUAGES], text.languages);
  else if (setting === 'audience') choices = named(['', ...AUDIENCES], text.audiences);
  else if (setting === 'headingLevel') choices = named(HEADING_LEVELS);
  else return undefined;
  const offered = current === undefined || choices.some((choice) => choice.value === current);
  return offered ? choices : [...choices, { value: current, label: current }];
}

/** New widgets start as the whole topic page, for families, in the page's language. */
export function defaultSettings(): WidgetSettings {
  return {
    widget: 'therapy-page',
    topic: DEFAULT_TOPICS[0],
    lang: '',
    audience: '',
    headingLevel: '2',
    listen: false,
    emergencyNumber: '',
    organization: '',
    publisher: '',
    copyright: '',
    reviewed: '',
    reviewedBy: '',
  };
}

// The same rules the widgets apply, so the form refuses what the widget would only warn about.
const PHONE_NUMBER = /^\+?[\d\s().-]{1,30}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A problem with one setting: which, and a message in the editor's language. */
export interface SettingProblem {
  setting: SettingName;
  message: string;
}

/**
 * Checks a form's settings. Returns every problem, each with a message for the person editing;
 * an empty list means the widget can be saved.
 */
export function checkSettings(
  settings: WidgetSettings,
  language: EditorLanguage = 'en',
  topics: readonly string[] = DEFAULT_TOPICS,
): SettingProblem[] {
  const text = editorText(language);
  const problems: SettingProblem[] = [];
  const problem = (setting: SettingName, message: string) => problems.push({ setting, message });
  if (!WIDGETS.some((entry) => entry.tag === settings.widget)) problem('widget', text.errors.widget);
  if (!topics.includes(settings.topic.trim())) problem('topic', text.errors.topic(topics));
  if (settings.lang && !LANGUAGES.includes(settings.lang)) problem('lang', text.errors.lang);
  if (settings.audience && !AUDIENCES.includes(settings.audience)) problem('audience', text.errors.audience);
  if (!HEADING_LEVELS.includes(settings.headingLevel.trim())) problem('headingLevel', text.errors.headingLevel);
  const shown = settingsFor(settings.widget);
  const number = settings.emergencyNumber.trim();
  if (shown.includes('emergencyNumber') && number && !(PHONE_NUMBER.test(number) && /\d/.test(number))) {
    problem('emergencyNumber', text.errors.emergencyNumber);
  }
  const reviewed = settings.reviewed.trim();
  if (shown.includes('reviewed') && reviewed && !isRealDate(reviewed)) {
    problem('reviewed', ISO_DATE.test(reviewed) ? text.errors.noSuchDate : text.errors.reviewed);
  }
  return problems;
}

/**
 * The value a setting's placeholder attribute takes, or undefined when the attribute is left out:
 * a text that is not set, or a switch that is off.
 */
function attributeValue(settings: WidgetSettings, setting: AttributeSetting): string | undefined {
  if (isSwitch(setting)) return settings[setting] ? '' : undefined;
  return settings[setting].trim() || undefined;
}

/**
 * The placeholder's attributes for these settings, in a stable order, leaving out what is not set
 * or does not apply to the widget, so saving twice gives the same HTML.
 */
export function placeholderAttributes(settings: WidgetSettings): [name: string, value: string][] {
  const shown = settingsFor(settings.widget);
  const attributes: [string, string][] = [[PLACEHOLDER_ATTRIBUTE, settings.widget]];
  for (const [setting, attribute] of Object.entries(SETTING_ATTRIBUTES) as [AttributeSetting, string][]) {
    const value = attributeValue(settings, setting);
    if (value !== undefined && shown.includes(setting)) attributes.push([attribute, value]);
  }
  return attributes;
}

/**
 * Reads settings back from a placeholder's attributes (anything with `getAttribute`). A switch is
 * on when its attribute is there, whatever its value, as the script-tag bundle reads it.
 */
export function settingsFromAttributes(element: { getAttribute(name: string): string | null }): WidgetSettings {
  const settings = defaultSettings();
  settings.widget = (element.getAttribute(PLACEHOLDER_ATTRIBUTE) ?? settings.widget).trim().toLowerCase();
  for (const [setting, attribute] of Object.entries(SETTING_ATTRIBUTES) as [AttributeSetting, string][]) {
    const value = element.getAttribute(attribute);
    if (isSwitch(setting)) settings[setting] = value !== null;
    else if (value !== null) settings[setting] = readSetting(setting, value);
    else if (setting !== 'topic' && setting !== 'headingLevel') settings[setting] = '';
  }
  return settings;
}

/**
 * A text setting's value as a placeholder or a block holds it, for the form. An empty heading
 * level (`data-heading-level=""`) is not set, so it is the default, 2, as the widgets read it.
 */
export function readSetting(setting: Exclude<SettingName, SwitchSetting>, value: string): string {
  return setting === 'headingLevel' && value.trim() === '' ? defaultSettings().headingLevel : value;
}

/** Text made safe for HTML, both between tags and inside a double-quoted attribute value. */
export const escapeHtml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The placeholder as HTML text, with attribute values escaped. */
export function placeholderHtml(settings: WidgetSettings): string {
  return placeholderHolding(settings, '');
}

/**
 * The placeholder holding `text`, the widget's text for readers without JavaScript
 * (therapy-widgets/server/fallback.js, one block a line), which the script replaces with the
 * widget; empty when `text` is.
 */
export function placeholderHolding(settings: WidgetSettings, text: string): string {
  const attributes = placeholderAttributes(settings)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return `<div${attributes}>${placeholderContent(text)}</div>`;
}

/** What goes between the placeholder's tags for `text`: the text on lines of its own, or nothing. */
export const placeholderContent = (text: string): string => (text ? `\n${text}\n` : '');

/** A bulleted list of items that are already HTML, one item a line, as the fallback text writes it. */
export const listHtml = (items: readonly string[]): string =>
  `<ul>\n${items.map((item) => `<li>${item}</li>\n`).join('')}</ul>`;

/** Every word the editor integrations show, in one language. */
export interface EditorText {
  button: string;
  dialogTitle: string;
  insert: string;
  save: string;
  cancel: string;
  edit: string;
  /**
   * What the keys do, said after a selected widget's name in CKEditor 5: with the widget itself
   * selected, and with CKEditor's caret before or after it.
   */
  keys: { selected: string; before: string; after: string };
  /** The label of each setting's field. */
  labels: Record<SettingName, string>;
  /** Plain names for each widget, by tag. */
  widgets: Record<string, string>;
  /** The choices of the language and audience fields; '' is "the page's" or the default. */
  languages: Record<string, string>;
  audiences: Record<string, string>;
  /** A short line under a field, where it helps. */
  hints: Partial<Record<SettingName, string>>;
  /**
   * The note in the form of a widget whose placeholder holds its text for readers without
   * JavaScript: that a change removes it (`held`), or that a change did (`removed`), or that what the
   * placeholder held was more than that text and is not kept (`notKept`), then `how` to get the
   * text for the current settings.
   */
  fallbackText: { held: string; removed: string; notKept: string; how: string };
  errors: {
    widget: string;
    topic(known: readonly string[]): string;
    lang: string;
    audience: string;
    headingLevel: string;
    emergencyNumber: string;
    /** A review date not written as YYYY-MM-DD. */
    reviewed: string;
    /** A review date written as YYYY-MM-DD that does not exist, such as 2026-02-30. */
    noSuchDate: string;
  };
}

const TEXT: Record<EditorLanguage, EditorText> = {
  en: {
    button: 'Health information widget',
    dialogTitle: 'Health information widget',
    insert: 'Insert',
    save: 'Save',
    cancel: 'Cancel',
    edit: 'Edit widget',
    keys: {
      selected:
        'Press Enter to edit the widget, or Shift + Enter to type before it. The arrow keys move the caret to type before or after it',
      before: 'Press Enter or type to add text before the widget',
      after: 'Press Enter or type to add text after the widget',
    },
    labels: {
      widget: 'Widget',
      topic: 'Topic',
      lang: 'Language',
      audience: 'Written for',
      headingLevel: 'Heading level',
      listen: 'Read-aloud button (Listen)',
      emergencyNumber: 'Emergency phone number',
      organization: 'Content based on information from',
      publisher: 'Shared by (your hospital)',
      copyright: 'Copyright line',
      reviewed: 'Reviewed on (YYYY-MM-DD)',
      reviewedBy: 'Reviewed by',
    },
    widgets: {
      'therapy-page': 'Whole topic page',
      'therapy-overview': 'Overview',
      'how-it-works': 'How it works, in pictures',
      'side-effect-card': 'Side effects',
      'cog-disclaimer': 'Disclaimer and credit',
    },
    languages: { '': 'Same as the page', en: 'English', es: 'Spanish (español)' },
    audiences: { '': 'Families (default)', family: 'Families', child: 'Children (about 7 to 10)' },
    hints: {
      headingLevel: 'Pick the level that fits under the heading above the widget.',
      listen: 'Shows a Listen button that reads the widget aloud, where the device has a voice for its language.',
      reviewed: 'Only fill this in if your own clinical team reviewed the text.',
    },
    fallbackText: {
      held: 'This widget holds its text for readers without JavaScript. Changing a setting removes that text, as it was made for the current settings.',
      removed:
        'The text this widget held for readers without JavaScript was removed, as it no longer matched the settings.',
      notKept:
        'The text this widget held for readers without JavaScript could not be kept, as it holds more than the widget’s own text. The widget is saved without it.',
      how: 'To get the text for the new settings, make the widget’s code in the embed builder (form 3) or with npx therapy-widgets fallback, and paste it over this widget in the HTML (source) view.',
    },
    errors: {
      widget: 'Choose a widget.',
      topic: (known) => `There is no such topic. Known topics: ${known.join(', ')}.`,
      lang: 'Choose English, Spanish or the page’s language.',
      audience: 'Choose families or children.',
      headingLevel: 'Use a heading level from 1 to 6.',
      emergencyNumber: 'Use digits, spaces, +, - or brackets, like 911 or +44 20 7946 0000.',
      reviewed: 'Write the date as YYYY-MM-DD, like 2026-12-01.',
      noSuchDate: 'There is no such date. Write it as YYYY-MM-DD, like 2026-12-01.',
    },
  },
  es: {
    button: 'Widget de información de salud',
    dialogTitle: 'Widget de información de salud',
    insert: 'Insertar',
    save: 'Guardar',
    cancel: 'Cancelar',
    edit: 'Editar el widget',
    keys: {
      selected:
        'Pulse Intro para editar el widget, o Mayús + Intro para escribir antes de él. Las flechas mueven el cursor para escribir antes o después de él',
      before: 'Pulse Intro o escriba para añadir texto antes del widget',
      after: 'Pulse Intro o escriba para añadir texto después del widget',
    },
    labels: {
      widget: 'Widget',
      topic: 'Tema',
      lang: 'Idioma',
      audience: 'Escrito para',
      headingLevel: 'Nivel del título',
      listen: 'Botón para escuchar (Escuchar)',
      emergencyNumber: 'Teléfono de emergencias',
      organization: 'Contenido basado en información de',
      publisher: 'Compartido por (su hospital)',
      copyright: 'Línea de derechos de autor',
      reviewed: 'Revisado el (AAAA-MM-DD)',
      reviewedBy: 'Revisado por',
    },
    widgets: {
      'therapy-page': 'Página completa del tema',
      'therapy-overview': 'Resumen',
      'how-it-works': 'Cómo funciona, en dibujos',
      'side-effect-card': 'Efectos secundarios',
      'cog-disclaimer': 'Aviso y fuente',
    },
    languages: { '': 'El de la página', en: 'Inglés (English)', es: 'Español' },
    audiences: { '': 'Familias (predeterminado)', family: 'Familias', child: 'Niños (de 7 a 10 años)' },
    hints: {
      headingLevel: 'Elija el nivel que va debajo del título que está encima del widget.',
      listen: 'Muestra un botón Escuchar que lee el widget en voz alta, si el dispositivo tiene una voz en su idioma.',
      reviewed: 'Rellénelo solo si su propio equipo clínico revisó el texto.',
    },
    fallbackText: {
      held: 'Este widget contiene su texto para quien lee sin JavaScript. Si cambia un ajuste, ese texto se quita, porque se hizo para los ajustes actuales.',
      removed:
        'Se quitó el texto que este widget tenía para quien lee sin JavaScript, porque ya no coincidía con los ajustes.',
      notKept:
        'No se pudo conservar el texto que este widget tenía para quien lee sin JavaScript, porque contiene algo más que el texto del propio widget. El widget se guarda sin él.',
      how: 'Para tener el texto de los nuevos ajustes, cree el código del widget en el generador de código (Embed builder, formulario 3) o con npx therapy-widgets fallback, y péguelo en lugar de este widget en la vista HTML (código fuente).',
    },
    errors: {
      widget: 'Elija un widget.',
      topic: (known) => `Ese tema no existe. Temas disponibles: ${known.join(', ')}.`,
      lang: 'Elija inglés, español o el idioma de la página.',
      audience: 'Elija familias o niños.',
      headingLevel: 'Use un nivel de título del 1 al 6.',
      emergencyNumber: 'Use números, espacios, +, - o paréntesis, como 911 o +34 900 000 000.',
      reviewed: 'Escriba la fecha como AAAA-MM-DD, por ejemplo 2026-12-01.',
      noSuchDate: 'Esa fecha no existe. Escríbala como AAAA-MM-DD, por ejemplo 2026-12-01.',
    },
  },
};

/** The editor integrations' words in `language` (region tags fold: `es-MX` → `es`); English otherwise. */
export function editorText(language = 'en'): EditorText {
  const base = language.trim().toLowerCase().split(/[-_]/)[0];
  return base === 'es' ? TEXT.es : TEXT.en;
}
