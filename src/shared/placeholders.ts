/**
 * What the upgrade code is given by the library that loads it. This module is a chunk of its
 * own, fetched only by pages with placeholders, and it imports nothing: a chunk that imported
 * the script-tag bundle back would make the browser fetch a second copy whenever the bundle's
 * URL has a query string (`?v=2`).
 */
export interface PlaceholderSetup {
  /** The widget tag names a placeholder may name. */
  readonly tags: readonly string[];
  /** The attribute that marks a placeholder (`data-therapy-widget`). */
  readonly attribute: string;
  /** Writes a development warning to the console. */
  readonly warn: (message: string) => void;
  /**
   * The polite "not available" words in the language of a page's `lang` value, for a placeholder
   * whose widget name is unknown, so the editor who typed it sees a notice on the page.
   */
  readonly notAvailable: (language: string) => Promise<string>;
}

/** Marks the notice shown in a placeholder whose widget name is unknown. */
const NOTICE_ATTRIBUTE = 'data-therapy-notice';

/**
 * The only attributes copied from a placeholder to its widget, always as text: the placeholder's
 * name for each, and the widget's. Anything else on the placeholder (class, id, style) stays on it.
 */
export const PLACEHOLDER_ATTRIBUTES: Readonly<Record<string, string>> = {
  'data-topic': 'topic',
  'data-audience': 'audience',
  'data-heading-level': 'heading-level',
  lang: 'lang',
  'data-emergency-number': 'emergency-number',
  'data-organization': 'organization',
  'data-publisher': 'publisher',
  'data-copyright': 'copyright',
  'data-reviewed': 'reviewed',
  'data-reviewed-by': 'reviewed-by',
  'data-listen': 'listen',
};

/** How many times a widget removed from its placeholder is put back. */
const PUT_BACK_AT_MOST = 3;

/** The `lang` that applies to an element: its own or its nearest ancestor's ('' for none). */
const languageOf = (element: Element): string => element.closest('[lang]')?.getAttribute('lang') ?? '';

/**
 * Turns placeholders into widgets. The widget is added INSIDE the placeholder, which stays in the
 * page: the author's element keeps its id, class, style and lang, a CMS that re-renders or edits
 * its own element still finds it, and running the upgrade again finds the widget already there
 * instead of adding a second one.
 */
class PlaceholderUpgrader {
  private readonly tags: ReadonlySet<string>;
  private readonly attribute: string;
  private readonly selector: string;
  private readonly warn: (message: string) => void;
  private readonly notAvailable: (language: string) => Promise<string>;
  // Each unknown name is reported once, however often its placeholder changes.
  private readonly reported = new Set<string>();
  /** How often each placeholder's widget was put back after something removed it. */
  private readonly putBack = new WeakMap<Element, number>();

  constructor({ tags, attribute, warn, notAvailable }: PlaceholderSetup) {
    this.tags = new Set(tags);
    this.attribute = attribute;
    this.selector = `[${attribute}]`;
    this.warn = warn;
    this.notAvailable = notAvailable;
  }

  /** Upgrades `root` and every placeholder inside it. */
  upgradeWithin(root: ParentNode): void {
    if (root instanceof Element && root.matches(this.selector)) this.upgradeSafely(root);
    for (const placeholder of root.querySelectorAll(this.selector)) this.upgradeSafely(placeholder);
  }

  handle(records: readonly MutationRecord[]): void {
    for (const record of records) {
      try {
        if (record.type === 'attributes') {
          if (record.attributeName) this.attributeChanged(record.target as Element, record.attributeName);
        } else {
          for (const node of record.addedNodes) {
            if (node instanceof Element && node.isConnected) this.upgradeWithin(node);
          }
          // Something removed the widget from a placeholder that is still there: put it back, a
          // few times only, for a page script that removes it each time would never stop.
          const target = record.target;
          if (target instanceof Element && target.matches(this.selector) && !this.widgetIn(target)) {
            const times = (this.putBack.get(target) ?? 0) + 1;
            this.putBack.set(target, times);
            if (times <= PUT_BACK_AT_MOST) this.upgrade(target);
            else if (times === PUT_BACK_AT_MOST + 1) {
              this.warn(
                `something on the page keeps removing the widget from a ${this.attribute} element; it is no longer put back.`,
              );
            }
          }
        }
      } catch (error) {
        this.reportFailure(error);
      }
    }
  }

  private attributeChanged(target: Element, attribute: string): void {
    if (attribute === this.attribute) {
      if (target.hasAttribute(this.attribute)) this.upgrade(target);
      else {
        this.widgetIn(target)?.remove();
        noticeIn(target)?.remove();
      }
      return;
    }
    // The page (or a part of it) changed language: notices inside follow, as widgets do.
    if (attribute === 'lang') for (const notice of target.querySelectorAll(`[${NOTICE_ATTRIBUTE}]`)) this.write(notice);
    const widget = target.matches(this.selector) ? this.widgetIn(target) : undefined;
    // Only the attribute that changed, so the widget's own reflected defaults are left alone.
    if (widget) copyAttribute(target, widget, attribute);
  }

  private upgradeSafely(placeholder: Element): void {
    try {
      this.upgrade(placeholder);
    } catch (error) {
      this.reportFailure(error);
    }
  }

  private upgrade(placeholder: Element): void {
    // A widget element that also carries the attribute is already a widget.
    if (this.tags.has(placeholder.localName)) return;
    // Text being edited (in an editor without the therapy-widgets plugin) is the editor's to
    // change: a widget added to it would fight the editor's own rendering.
    if ((placeholder as HTMLElement).isContentEditable) return;
    const raw = placeholder.getAttribute(this.attribute) ?? '';
    const tag = raw.trim().toLowerCase();
    let widget = this.widgetIn(placeholder);
    if (widget && widget.localName !== tag) {
      widget.remove();
      widget = undefined;
    }
    if (!this.tags.has(tag)) {
      if (!this.reported.has(tag)) {
        this.reported.add(tag);
        this.warn(
          `<${placeholder.localName} ${this.attribute}="${raw}"> names no widget, so a "not available" ` +
            `notice is shown instead. Known widgets: ${[...this.tags].join(', ')}.`,
        );
      }
      this.showNotice(placeholder);
      return;
    }
    noticeIn(placeholder)?.remove();
    const created = !widget;
    widget ??= placeholder.ownerDocument.createElement(tag);
    for (const attribute of Object.keys(PLACEHOLDER_ATTRIBUTES)) {
      // A new widget starts bare; an existing one keeps what the placeholder does not set.
      if (created || placeholder.hasAttribute(attribute)) copyAttribute(placeholder, widget, attribute);
    }
    if (!created) return;
    // What the placeholder already holds is the widget's text for readers without JavaScript.
    const fallback = [...placeholder.childNodes].filter((node) => node !== widget);
    // In an editor's content (a plugin's preview) the fallback is part of the text being edited:
    // it stays, and the widget previews after it, so the editor never loses it.
    const hasFallback =
      !placeholder.closest('[contenteditable]') &&
      fallback.some((node) => node instanceof Element || node.textContent?.trim());
    // It stays the only text shown (and read aloud) until the widget has rendered, out of sight.
    if (hasFallback) widget.toggleAttribute('hidden', true);
    // Attributes first, then into the page: the widget renders once, with its final settings.
    placeholder.append(widget);
    if (hasFallback) this.swapWhenRendered(placeholder, widget, fallback);
  }

  /**
   * Shows the widget in place of the fallback text in one frame, once the widget has rendered, so
   * the page shows one or the other, never both and never neither. A widget that could not show
   * its topic stays hidden: the fallback text says more than its "not available" message.
   */
  private async swapWhenRendered(placeholder: Element, widget: Element, fallback: readonly ChildNode[]): Promise<void> {
    try {
      await this.rendered(widget);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (widget.parentNode !== placeholder || widget.shadowRoot?.querySelector('[part="fallback"]')) return;
      for (const node of fallback) if (node.parentNode === placeholder) node.remove();
      widget.removeAttribute('hidden');
    } catch (error) {
      this.reportFailure(error);
    }
  }

  /** Resolves once a widget has rendered, and the widgets it shows (`<therapy-page>`'s) have too. */
  private async rendered(widget: Element): Promise<void> {
    await customElements.whenDefined(widget.localName);
    await (widget as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    const inner = widget.shadowRoot?.querySelectorAll([...this.tags].join(',')) ?? [];
    await Promise.all([...inner].map((child) => this.rendered(child)));
  }

  /**
   * Shows the widgets' "not available" words in the placeholder, as an ordinary paragraph in the
   * page's own style: the person who placed it sees that something is wrong, a reader sees a
   * polite sentence rather than a gap.
   */
  private showNotice(placeholder: Element): void {
    if (noticeIn(placeholder)) return;
    const notice = placeholder.ownerDocument.createElement('p');
    notice.setAttribute(NOTICE_ATTRIBUTE, '');
    placeholder.append(notice);
    this.write(notice);
  }

  /** Writes a notice's words in the language of its place in the page. */
  private write(notice: Element): void {
    const language = languageOf(notice);
    void this.notAvailable(language).then((words) => {
      // Only if the language is still the same: a later change has its own words on the way.
      if (languageOf(notice) === language) notice.textContent = words;
    });
  }

  private widgetIn(placeholder: Element): Element | undefined {
    for (const child of placeholder.children) if (this.tags.has(child.localName)) return child;
    return undefined;
  }

  private reportFailure(error: unknown): void {
    // A host page's own scripts must never see an error from here; say what happened instead.
    this.warn(`could not place a widget from a ${this.attribute} element: ${String(error)}`);
  }
}

function noticeIn(placeholder: Element): Element | undefined {
  for (const child of placeholder.children) if (child.hasAttribute(NOTICE_ATTRIBUTE)) return child;
  return undefined;
}

/** Copies one known attribute from a placeholder to its widget as text, or removes it. */
function copyAttribute(placeholder: Element, widget: Element, attribute: string): void {
  const target = PLACEHOLDER_ATTRIBUTES[attribute];
  if (!target) return;
  const value = placeholder.getAttribute(attribute);
  if (value === null) widget.removeAttribute(target);
  else if (widget.getAttribute(target) !== value) widget.setAttribute(target, value);
}

/**
 * Upgrades every placeholder in `root` now, and keeps doing so for placeholders added, changed
 * or emptied later, with one MutationObserver. Returns a function that stops observing.
 *
 * @param root - The document, or an element, to watch.
 */
export function observePlaceholders(setup: PlaceholderSetup, root: Document | Element = document): () => void {
  const upgrader = new PlaceholderUpgrader(setup);
  upgrader.upgradeWithin(root);
  const observer = new MutationObserver((records) => upgrader.handle(records));
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [setup.attribute, ...Object.keys(PLACEHOLDER_ATTRIBUTES)],
  });
  return () => observer.disconnect();
}

// Copies of the library on one page ask each other, with this event, whether one of them
// already upgrades placeholders. Events need no global variable and leave no mark in the page.
const ROLL_CALL = 'therapy-widgets-placeholders';

/**
 * Upgrades the page's placeholders unless another copy of the library on the page already does,
 * so a page that loads the script twice still has one observer and one widget per placeholder.
 */
export function observePagePlaceholders(setup: PlaceholderSetup): void {
  const question = new CustomEvent(ROLL_CALL, { detail: { answered: false } });
  document.dispatchEvent(question);
  if (question.detail.answered) return;
  document.addEventListener(ROLL_CALL, (event) => {
    (event as CustomEvent<{ answered: boolean }>).detail.answered = true;
  });
  observePlaceholders(setup, document);
}
