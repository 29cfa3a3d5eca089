import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  hasFailed,
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

/** Watches `lang` on the document or a shadow root, once per root. */
function observe(root: Node): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(() => connected.forEach((controller) => controller.resolve()));
  observer.observe(root, { attributeFilter: ['lang'], subtree: true });
}

/** The element's parent, or the host of the shadow root it is the top of. */
function parentAcrossShadows(element: Element): Element | null {
  const root = element.getRootNode();
  return element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
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
    // Every shadow root the widget sits in, and the document: a `lang` may change in any of them.
    let root = this.host.getRootNode();
    for (; root instanceof ShadowRoot; root = root.host.getRootNode()) observe(root);
    observe(root);
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

  /**
   * The language the page asks this widget for, while its translation loads or once it has; English
   * if it could not load, so a widget never mixes languages.
   */
  get wanted(): Locale {
    return hasFailed(this.requested) ? SOURCE_LOCALE : this.requested;
  }

  /** The language the widget's texts are shown in: English until, or unless, a translation loads. */
  get locale(): Locale {
    return isLocaleReady(this.requested) ? this.requested : SOURCE_LOCALE;
  }

  /** Works out the language again; re-renders the widget if it changed. */
  resolve(): void {
    let owner: Element | null = this.host;
    while (owner && !owner.hasAttribute('lang')) owner = parentAcrossShadows(owner);
    const tag = owner?.getAttribute('lang') ?? '';
    let locale = SOURCE_LOCALE;
    if (tag.trim()) {
      const supported = supportedLocale(tag);
      if (supported) locale = supported;
      else {
        const where = owner && owner !== this.host ? ` (from <${owner.localName}>)` : '';
        languageWarnings.warn(
          `lang=${tag}`,
          `<${this.host.localName}> lang="${tag}"${where} is not supported; showing English. ` +
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
