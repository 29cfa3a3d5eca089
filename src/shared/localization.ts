import { joinStringsAndValues, type LocaleModule, type MsgFn, type StrResult } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { warn } from './warn.js';

/** A language the widgets speak: `'en'` (the source) or a translation. */
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

export const SOURCE_LOCALE: Locale = sourceLocale;
export const SUPPORTED_LOCALES: readonly Locale[] = [sourceLocale, ...targetLocales];

// One literal import per translation, so bundlers split each into its own chunk that loads
// only when a widget needs it, from the bundle's own folder.
// The words for children are in chunks of their own (`es.child`), which only pages that show
// text for children load (scripts/split-translations.mjs).
const loaders: Record<
  Exclude<Locale, typeof sourceLocale> | `${Exclude<Locale, typeof sourceLocale>}.child`,
  () => Promise<LocaleModule>
> = {
  es: () => import('../generated/locales/es.js'),
  'es.child': () => import('../generated/locales/es.child.js'),
};

/** A translation chunk: a language, or the words for children in a language (`es.child`). */
type Translation = keyof typeof loaders;

/** The translation chunks that have loaded, by key. */
const loaded = new Set<string>();
/** Each language's translations, from every chunk of it loaded so far: what msg() reads. */
const translations = new Map<string, LocaleModule['templates']>();
const failed = new Set<string>();
const loading = new Map<string, Promise<boolean>>();

// The locale of the widget whose render() is running. Rendering is synchronous, so every msg()
// call made while a widget renders reads its own language, even with several languages on a page.
let renderingLocale: Locale = sourceLocale;

/**
 * The widgets' `msg()`: the same contract as @lit/localize's (so `lit-localize extract` finds
 * every string), answering in the language of the widget that is rendering. @lit/localize's own
 * runtime is page-wide and can be configured once per page, which would clash with a host
 * application that uses it too; the modules it generates are all this needs.
 * Every string has an `id`; translations are plain strings or `str` templates.
 */
export const msg = ((template: string | StrResult, options?: { id?: string }) => {
  const translated = translations.get(renderingLocale)?.[options?.id ?? ''];
  if (typeof template === 'string') return typeof translated === 'string' ? translated : template;
  // Placeholders may move in a translation; its values are indexes into the English ones.
  const moved = (translated as StrResult | undefined)?.strTag ? (translated as StrResult) : undefined;
  return joinStringsAndValues(
    moved?.strings ?? template.strings,
    template.values,
    moved?.values as number[] | undefined,
  );
}) as MsgFn;

/** Runs `render` with `msg()` answering in `locale`. */
export function renderInLocale<T>(locale: Locale, render: () => T): T {
  const previous = renderingLocale;
  renderingLocale = isLocaleReady(locale) ? locale : sourceLocale;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}

/** True when `locale`'s texts are ready to render. */
export function isLocaleReady(locale: Locale): boolean {
  return locale === sourceLocale || loaded.has(locale);
}

/** True when the words for children are ready in the language now rendering (English always has them). */
export function hasChildrensWords(): boolean {
  return renderingLocale === sourceLocale || loaded.has(`${renderingLocale}.child`);
}

/**
 * Loads a translation once per page. Resolves to false, after one warning saying what shows
 * `instead` (by default, English), if it cannot load (offline, blocked). Never rejects.
 */
export function loadLocale(locale: Locale | Translation, instead = 'showing English'): Promise<boolean> {
  if (locale === sourceLocale || loaded.has(locale)) return Promise.resolve(true);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale as Translation]()
      .then((module) => {
        const language = locale.split('.')[0];
        translations.set(language, { ...translations.get(language), ...module.templates });
        loaded.add(locale);
        return true;
      })
      .catch((error: unknown) => {
        failed.add(locale);
        warn(`the "${locale}" texts could not be loaded (${String(error)}); ${instead}.`);
        return false;
      });
    loading.set(locale, pending);
  }
  return pending;
}

/** True when `locale`'s texts could not be loaded on this page, so widgets show English. */
export function hasFailed(locale: Locale): boolean {
  return failed.has(locale);
}

/**
 * The supported language for a BCP 47 tag: region and script fold to the language
 * (`es-MX` → `es`). Returns undefined for a language the widgets do not speak.
 */
export function supportedLocale(tag: string): Locale | undefined {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return SUPPORTED_LOCALES.find((locale) => locale === language);
}
