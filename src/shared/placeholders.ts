import { warn, WarnOnce } from './warn.js';

/**
 * The attribute that marks an ordinary element, usually a `<div>`, as the place for a widget:
 * `<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy"></div>`.
 * Many CMS editors strip custom elements and scripts but keep `data-*` attributes, so this form
 * survives their HTML filters; the site-wide script turns it into the widget.
 */
export const PLACEHOLDER_ATTRIBUTE = 'data-therapy-widget';

/**
 * The only attributes copied from a placeholder to its widget, always as text: the placeholder's
 * name for each, and the widget's. Anything else on the placeholder (class, id, style) stays on it.
 */
export const PLACEHOLDER_ATTRIBUTES: Readonly<Record<string, string>> = {
  'data-topic': 'topic',
  'data-heading-level': 'heading-level',
  lang: 'lang',
  'data-emergency-number': 'emergency-number',
  'data-organization': 'organization',
  'data-publisher': 'publisher',
  'data-copyright': 'copyright',
};

const SELECTOR = `[${PLACEHOLDER_ATTRIBUTE}]`;

/**
 * Turns placeholders into widgets. The widget is added INSIDE the placeholder, which stays in the
 * page: the author's element keeps its id, class, style and lang, a CMS that re-renders or edits
 * its own element still finds it, and running the upgrade again finds the widget already there
 * instead of adding a second one.
 */
class PlaceholderUpgrader {
  private readonly tags: ReadonlySet<string>;
  private readonly warnings = new WarnOnce();

  constructor(tags: readonly string[]) {
    this.tags = new Set(tags);
  }

  /** Upgrades `root` and every placeholder inside it. */
  upgradeWithin(root: ParentNode): void {
    if (root instanceof Element && root.matches(SELECTOR)) this.upgradeSafely(root);
    for (const placeholder of root.querySelectorAll(SELECTOR)) this.upgradeSafely(placeholder);
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
          // Something removed the widget from a placeholder that is still there: put it back.
          const target = record.target;
          if (target instanceof Element && target.matches(SELECTOR) && !this.widgetIn(target)) {
            this.upgrade(target);
          }
        }
      } catch (error) {
        this.reportFailure(error);
      }
    }
  }

  private attributeChanged(target: Element, attribute: string): void {
    if (attribute === PLACEHOLDER_ATTRIBUTE) {
      if (target.hasAttribute(PLACEHOLDER_ATTRIBUTE)) this.upgrade(target);
      else this.widgetIn(target)?.remove();
      return;
    }
    const widget = target.matches(SELECTOR) ? this.widgetIn(target) : undefined;
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
    const raw = placeholder.getAttribute(PLACEHOLDER_ATTRIBUTE) ?? '';
    const tag = raw.trim().toLowerCase();
    let widget = this.widgetIn(placeholder);
    if (widget && widget.localName !== tag) {
      widget.remove();
      widget = undefined;
    }
    if (!this.tags.has(tag)) {
      this.warnings.warn(
        tag,
        `<${placeholder.localName} ${PLACEHOLDER_ATTRIBUTE}="${raw}"> names no widget, so nothing is shown. ` +
          `Known widgets: ${[...this.tags].join(', ')}.`,
      );
      return;
    }
    const created = !widget;
    widget ??= placeholder.ownerDocument.createElement(tag);
    for (const attribute of Object.keys(PLACEHOLDER_ATTRIBUTES)) {
      // A new widget starts bare; an existing one keeps what the placeholder does not set.
      if (created || placeholder.hasAttribute(attribute)) copyAttribute(placeholder, widget, attribute);
    }
    // Attributes first, then into the page: the widget renders once, with its final settings.
    if (created) placeholder.append(widget);
  }

  private widgetIn(placeholder: Element): Element | undefined {
    for (const child of placeholder.children) if (this.tags.has(child.localName)) return child;
    return undefined;
  }

  private reportFailure(error: unknown): void {
    // A host page's own scripts must never see an error from here; say what happened instead.
    warn(`could not place a widget from a ${PLACEHOLDER_ATTRIBUTE} element: ${String(error)}`);
  }
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
 * @param tags - The widget tag names a placeholder may name.
 * @param root - The document, or an element, to watch.
 */
export function observePlaceholders(tags: readonly string[], root: Document | Element = document): () => void {
  const upgrader = new PlaceholderUpgrader(tags);
  upgrader.upgradeWithin(root);
  const observer = new MutationObserver((records) => upgrader.handle(records));
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [PLACEHOLDER_ATTRIBUTE, ...Object.keys(PLACEHOLDER_ATTRIBUTES)],
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
export function observePagePlaceholders(tags: readonly string[]): void {
  const question = new CustomEvent(ROLL_CALL, { detail: { answered: false } });
  document.dispatchEvent(question);
  if (question.detail.answered) return;
  document.addEventListener(ROLL_CALL, (event) => {
    (event as CustomEvent<{ answered: boolean }>).detail.answered = true;
  });
  observePlaceholders(tags, document);
}
