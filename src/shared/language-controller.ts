import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  isLocaleReady,
  loadLocale,
  SOURCE_LOCALE,
  SUPPORTED_LOCALES,
  supportedLocale,
  type Locale,
} from './localization.js';
import { WarnOnce } from './warn.js';

type Host = ReactiveControllerHost & HTMLElement;

// Every connected widget's controller, so one observer can serve the whole page.
const connected = new Set<LanguageController>();
let observedRoots = new WeakSet<Node>();
// An unsupported page language is reported once per page, not once per widget.
const languageWarnings = new WarnOnce();
let observer: MutationObserver | undefined;

function languageChanged(): void {
  for (const controller of connected) controller.resolve();
}

/** Watches `lang` on the document and on every shadow root a widget sits in. */
function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observer ??= new MutationObserver(languageChanged);
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
  observedRoots.add(root);
}

/** The nearest `lang` attribute at or above `element`, crossing shadow roots, with its owner. */
function nearestLang(element: Element): { tag: string; owner: Element } | undefined {
  let node: Element | null = element;
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag !== null) return { tag, owner: node };
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return undefined;
}

function shadowRootsAbove(element: Element): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = element.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    roots.push(root);
  }
  return roots;
}

/**
 * Gives a widget its language the way HTML does: its own `lang`, else the nearest ancestor's
 * (across shadow roots), else `<html lang>`, else English. Region tags fold to their language.
 * A change anywhere re-renders the widgets it affects; translations load on first use.
 */
export class LanguageController implements ReactiveController {
  /** The language the page asks for. */
  private requested: Locale = SOURCE_LOCALE;

  private pending: Promise<boolean> = Promise.resolve(true);

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    observe(document.documentElement);
    for (const root of shadowRootsAbove(this.host)) observe(root);
    this.resolve();
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0 && observer) {
      // Nothing left to serve: let the page's nodes go.
      observer.disconnect();
      observer = undefined;
      observedRoots = new WeakSet();
    }
  }

  /** Resolves once the texts of the current language are ready (or failed and fell back). */
  ready(): Promise<boolean> {
    return this.pending;
  }

  /** The language the widget's texts are shown in: English until, or unless, a translation loads. */
  get locale(): Locale {
    return isLocaleReady(this.requested) ? this.requested : SOURCE_LOCALE;
  }

  /** Works out the language again; re-renders the widget if it changed. */
  resolve(): void {
    const found = nearestLang(this.host);
    let locale: Locale = SOURCE_LOCALE;
    if (found && found.tag.trim() !== '') {
      const supported = supportedLocale(found.tag);
      if (supported) {
        locale = supported;
      } else {
        const where = found.owner === this.host ? '' : ` (from <${found.owner.localName}>)`;
        languageWarnings.warn(
          `lang=${found.tag}`,
          `<${this.host.localName}> lang="${found.tag}"${where} is not supported; showing English. ` +
            `Supported: ${SUPPORTED_LOCALES.join(', ')}.`,
        );
      }
    }
    if (locale === this.requested) return;
    this.requested = locale;
    this.pending = loadLocale(locale);
    this.host.requestUpdate();
  }
}
