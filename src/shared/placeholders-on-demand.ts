import { PLACEHOLDER_ATTRIBUTE } from '../widgets.js';
import { loadLocale, renderInLocale, SOURCE_LOCALE, supportedLocale } from './localization.js';
import { warn } from './warn.js';
import { topicNotAvailable } from './words.js';

// Many CMS editors strip custom elements and scripts but keep `data-*` attributes, so the
// placeholder form survives their HTML filters; the site-wide script turns it into the widget.
export { PLACEHOLDER_ATTRIBUTE };

const SELECTOR = `[${PLACEHOLDER_ATTRIBUTE}]`;

const isOrHoldsPlaceholder = (node: Node): boolean =>
  node instanceof Element && (node.matches(SELECTOR) || node.querySelector(SELECTOR) !== null);

/** The widgets' "not available" words in the language a `lang` value names (English if unknown). */
export async function notAvailable(language: string): Promise<string> {
  const locale = supportedLocale(language) ?? SOURCE_LOCALE;
  await loadLocale(locale);
  return renderInLocale(locale, topicNotAvailable);
}

/**
 * Upgrades the page's placeholders into widgets from the moment the page has one: now, or when
 * one is added or marked later. Only then is the upgrade code (placeholders.ts, a chunk of its
 * own) fetched from the bundle's folder, so pages without placeholders never download it. Until
 * then only added nodes are looked at, so a busy page pays little for the watching.
 *
 * @param tags - The widget tag names a placeholder may name.
 */
export function upgradePlaceholdersOnDemand(tags: readonly string[]): void {
  const observer = new MutationObserver((records) => {
    const found = records.some((record) =>
      record.type === 'attributes'
        ? isOrHoldsPlaceholder(record.target)
        : [...record.addedNodes].some(isOrHoldsPlaceholder),
    );
    if (found) start();
  });
  const start = (): void => {
    observer.disconnect();
    import('./placeholders.js').then(
      ({ observePagePlaceholders }) =>
        observePagePlaceholders({ tags, attribute: PLACEHOLDER_ATTRIBUTE, warn, notAvailable }),
      (error: unknown) => warn(`could not load the code for ${PLACEHOLDER_ATTRIBUTE} elements (${String(error)}).`),
    );
  };
  if (document.querySelector(SELECTOR)) start();
  else observer.observe(document, { childList: true, subtree: true, attributeFilter: [PLACEHOLDER_ATTRIBUTE] });
}
