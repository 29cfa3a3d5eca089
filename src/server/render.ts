// Pre-renders widgets on a server or at build time, with Lit's own server renderer: the HTML of a
// widget with its content in a declarative shadow root (`<template shadowrootmode="open">`), which
// browsers show before, and without, any script. When the script arrives, each widget adopts
// (hydrates) what is there. Node.js only: `import { renderWidget } from 'therapy-widgets/server'`.
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nothing } from 'lit';
import { html, unsafeStatic } from 'lit/static-html.js';
import { elements } from '../classes.js';
import { checkPack } from '../content/check.js';
import type { WidgetSettings as PlaceholderSettings } from '../editors/settings.js';
import { isTopicName, topicName } from '../content/registry.js';
import { AUDIENCES, DEFAULT_AUDIENCE, type Audience, type Pack } from '../content/types.js';
import { defineElements } from '../shared/define.js';
import { DISCLAIMER_LINES, REVIEWED, reviewDateProblem } from '../shared/disclaimer-element.js';
import { PRERENDERED_ATTRIBUTE } from '../widgets.js';
import { PACK_FOLDER, siteFolder } from './pack-folders.js';
import { loadLocale, SOURCE_LOCALE, SUPPORTED_LOCALES, supportedLocale, type Locale } from '../shared/localization.js';
import { DEFAULT_TOPIC, prepareServerRender, TherapyElement } from '../shared/therapy-element.js';
import { loadDisclaimerWords } from '../shared/words.js';
import { WIDGET_TAGS, type WidgetTag } from '../widgets.js';

export { WIDGET_TAGS, type WidgetTag };

/**
 * A widget's settings: its attributes by their property names (`lang`, `headingLevel`,
 * `emergencyNumber`, `reviewedBy`…), the same names the editor integrations use. Any left out take
 * the widget's default; what each means is in the API reference. `listen` writes the attribute
 * only: whether a voice exists is the device's to say, so the Listen button appears once the
 * script runs and finds one.
 */
export type WidgetSettings = Partial<Omit<PlaceholderSettings, 'widget' | 'headingLevel'>> & {
  headingLevel?: number | string;
};

/** The topics of the library's own packs. */
export const TOPICS: readonly string[] = readdirSync(PACK_FOLDER).sort();

/** The languages the widgets speak. */
export const LANGUAGES: readonly string[] = SUPPORTED_LOCALES;

export { AUDIENCES };

// Every translation, and the disclaimer's words for children, are ready before the first render,
// so rendering is synchronous.
await Promise.all(SUPPORTED_LOCALES.flatMap((locale) => [loadLocale(locale), loadDisclaimerWords('child', locale)]));
// Lit's server build brings a minimal DOM with a custom element registry of its own.
defineElements(elements);

/** Options of a render beyond the widget's own settings. */
export interface RenderOptions {
  /**
   * A folder of your own packs, `<folder>/<topic>/<audience>.<language>.json`, as a path (from the
   * working directory) or a file URL: a topic found there is read from there, any other from the
   * library's own packs.
   */
  packFolder?: string | URL;
}

/** A pack file that is not a valid pack: its message names the file and the place of the problem. */
export class PackNotValid extends Error {
  override name = 'PackNotValid';
}

/** A pack file read and checked; undefined when there is no such file. */
function readPack(file: URL): Pack | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return checkPack(JSON.parse(text));
  } catch (error) {
    throw new PackNotValid(
      `${fileURLToPath(file)} is not a valid pack: ${error instanceof Error ? error.message : error}`,
    );
  }
}

const ownPacks = new Map<string, Pack | undefined>();

/**
 * The pack a widget shows: from `folder` if it has one, else the library's own; undefined when
 * there is none. The library's packs are read once; a folder's at every render, so that a site
 * generator watching its files shows an edited pack.
 */
function packFor(topic: string, audience: Audience, language: Locale, folder?: URL): Pack | undefined {
  if (!isTopicName(topic)) return undefined;
  const key = `${topic}/${audience}.${language}.json`;
  const yours = folder && readPack(new URL(key, folder));
  if (yours) return yours;
  if (!ownPacks.has(key)) ownPacks.set(key, readPack(new URL(key, PACK_FOLDER)));
  return ownPacks.get(key);
}

/** The language and pack folder of the render now running: Lit's renderer creates each widget itself, nested ones too. */
let renderingLocale: Locale = SOURCE_LOCALE;
let renderingFolder: URL | undefined;

/** Lit's renderer for Lit elements, handing each widget the language and pack its first update would load. */
class WidgetRenderer extends LitElementRenderer {
  override connectedCallback(): void {
    if (this.element instanceof TherapyElement) {
      prepareServerRender(this.element, renderingLocale, (topic, audience, language) =>
        packFor(topic, audience, language, renderingFolder),
      );
    }
    super.connectedCallback();
  }
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` escaped as JSON does in
 * strings, so no text, whatever it says (`</script>`, `<!--`), can end the script early.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The schema.org `MedicalWebPage` description of a topic, for search engines: its name, what it is
 * about, its language, its readers, what it is based on, who shares it, and the publisher's own
 * review, only when the publisher states one (`reviewed`, `reviewed-by`): never invented.
 */
export function medicalWebPage(pack: Pack, settings: WidgetSettings = {}): Record<string, unknown> {
  const date = settings.reviewed ? REVIEWED.parse(settings.reviewed) : undefined;
  const reviewed = date && !reviewDateProblem(date, pack.written) ? date : undefined;
  // As the widget shows them: a line the widget leaves out is not described either.
  const line = (name: keyof typeof DISCLAIMER_LINES) => DISCLAIMER_LINES[name].parse(settings[name] ?? '') ?? '';
  const reviewer = line('reviewedBy');
  const publisher = line('publisher');
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: pack.name,
    about: { '@type': 'MedicalTherapy', name: pack.name },
    inLanguage: pack.language,
    audience: {
      '@type': 'PeopleAudience',
      audienceType: pack.audience === 'child' ? 'children with cancer' : 'children with cancer and their families',
    },
    isBasedOn: line('organization') || pack.credit,
    ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
    ...(reviewed ? { lastReviewed: reviewed } : {}),
    ...(reviewed && reviewer ? { reviewedBy: { '@type': 'Organization', name: reviewer } } : {}),
  };
}

/** The widgets that carry the topic's `MedicalWebPage` description: those that stand for the whole page. */
const DESCRIBED: readonly WidgetTag[] = ['therapy-page', 'therapy-overview'];

/**
 * The HTML of a widget, pre-rendered: the element with its settings as attributes and its content
 * in a declarative shadow root with its styles, ready to be written into a page. Nothing is
 * fetched; the packs are read from `options.packFolder` and the package's `dist/packs/`. `<therapy-page>` and
 * `<therapy-overview>` also carry a schema.org `MedicalWebPage` description in their light DOM.
 * Load the script (`therapy-widgets.js`) on the page too, and the widget hydrates: it keeps
 * what is shown and responds to attribute and `lang` changes. Throws on an unknown tag and on a
 * pack that is not valid.
 */
export function renderWidget(tag: WidgetTag, settings: WidgetSettings = {}, options: RenderOptions = {}): string {
  if (!WIDGET_TAGS.includes(tag))
    throw new Error(`renderWidget(): no widget <${String(tag)}>; use ${WIDGET_TAGS.join(', ')}`);
  const locale = supportedLocale(settings.lang ?? '') ?? SOURCE_LOCALE;
  const name = unsafeStatic(tag);
  const given = (value: string | number | undefined) => (value === undefined ? nothing : String(value));
  // static-html binds the tag name, which the Lit lint rules cannot tell from a plain template.
  /* eslint-disable lit/binding-positions, lit/no-invalid-html */
  const template = html`<${name}
    ${unsafeStatic(PRERENDERED_ATTRIBUTE)}
    lang=${locale}
    topic=${given(settings.topic)}
    audience=${given(settings.audience)}
    heading-level=${given(settings.headingLevel)}
    emergency-number=${given(settings.emergencyNumber)}
    organization=${given(settings.organization)}
    publisher=${given(settings.publisher)}
    copyright=${given(settings.copyright)}
    reviewed=${given(settings.reviewed)}
    reviewed-by=${given(settings.reviewedBy)}
    ?listen=${Boolean(settings.listen)}
  ></${name}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  const folder = options.packFolder === undefined ? undefined : siteFolder(options.packFolder);
  renderingLocale = locale;
  renderingFolder = folder;
  let rendered: string;
  try {
    rendered = collectResultSync(render(template, { elementRenderers: [WidgetRenderer] }));
  } finally {
    renderingLocale = SOURCE_LOCALE;
    renderingFolder = undefined;
  }
  // The markers of the outer template go (the page, not Lit, owns the element itself), and the
  // template's line breaks where attributes were left out.
  rendered = rendered
    .trim()
    .replace(/^<!--lit-part [^>]*-->(<!--lit-node 0-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<([a-z-]+)\s+/, '<$1 ');
  const topic = topicName(settings.topic ?? DEFAULT_TOPIC);
  const audience = AUDIENCES.find((value) => value === settings.audience?.trim().toLowerCase()) ?? DEFAULT_AUDIENCE;
  const pack = packFor(topic, audience, locale, folder);
  if (pack && DESCRIBED.includes(tag)) {
    const description = `<script type="application/ld+json">${scriptJson(medicalWebPage(pack, settings))}</script>`;
    rendered = rendered.replace(new RegExp(`</${tag}>$`), `${description}</${tag}>`);
  }
  return rendered;
}

/**
 * The Content-Security-Policy sources that allow the `<style>` blocks of pre-rendered HTML, such
 * as `'sha256-…'`, one per distinct block. They are the same for every page of a release; add them
 * to `style-src` to keep a strict policy.
 */
export function styleHashes(renderedHtml: string): string[] {
  const hashes = [...renderedHtml.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`,
  );
  return [...new Set(hashes)];
}
