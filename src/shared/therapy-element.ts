import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { topicNotAvailable } from '../content/common.js';
import { DEFAULT_TOPIC, findTopic } from '../content/topics.js';
import type { Topics } from '../content/types.js';
import type { AttributeRule } from './attribute-rule.js';
import { LanguageController } from './language-controller.js';
import { renderInLocale } from './localization.js';
import { ReadAloud } from './read-aloud.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';
import { WarnOnce } from './warn.js';

export const DEFAULT_HEADING_LEVEL = 2;

/**
 * What every widget shares: the `topic` and `heading-level` attributes, forgiving handling of bad
 * values (a visible fallback and one console warning, never an exception), and base styles.
 * Widgets only say how to present their part of a topic's content.
 *
 * @attr {string} lang - Language of the widget: `en` or `es` (region tags such as `es-MX` count as their
 * language). Without it, the nearest ancestor's `lang` or `<html lang>` applies; otherwise English.
 *
 * @csspart base - The card around the whole widget.
 * @csspart title - The main heading.
 * @csspart fallback - The message shown when the topic is not available.
 * @csspart listen - The row of read-aloud buttons (with `listen`).
 * @csspart listen-button - Each read-aloud button: Listen, Pause or Continue, and Stop.
 *
 * Custom properties (`--therapy-*`) are the design tokens in tokens.ts; the manifest lists them
 * for each widget from there.
 */
export abstract class TherapyElement<Content = unknown> extends LitElement {
  /** The library version that defined this element; used to detect two copies on one page. */
  static readonly version = VERSION;

  static override styles = [baseStyles];

  // Declared without decorators: decorator helpers would cost every page extra bytes.
  static override properties: PropertyDeclarations = {
    topic: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    listen: { type: Boolean, reflect: true },
  };

  /**
   * Which topic to show. Known topics: `targeted-therapy`.
   * An unknown topic shows a short "not available" message and logs a warning.
   */
  // Defaults are written as literals so the generated API docs show them; tests keep them
  // equal to the DEFAULT_* fallbacks used for bad values.
  topic: string = 'targeted-therapy';

  /**
   * Level (1–6) of the widget's main heading; its sub-headings are one level below.
   * Any other value falls back to 2 and logs a warning.
   */
  headingLevel: number = 2;

  /**
   * Shows a "Listen" button that reads the widget aloud in its language, with a voice that runs
   * on the device. Without such a voice (or speech) in the browser, no button is shown.
   */
  listen: boolean = false;

  private readonly warnings = new WarnOnce();

  /** The widget's language, from `lang` on it, an ancestor or `<html>`. */
  protected readonly language = new LanguageController(this);

  private readonly readAloud = new ReadAloud(this, () => (this.listen ? this.language.locale : undefined));

  /** This widget's content for each topic it can show: its table in `content/topics.ts`. */
  protected abstract readonly topics: Topics<Content>;

  /** This widget's content for the current topic, or `undefined` when the topic is unknown. */
  protected topicContent: Content | undefined;

  /** The main heading level actually used, after checking `heading-level`. */
  protected level = DEFAULT_HEADING_LEVEL;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('topic')) this.topicContent = this.checkTopic();
    if (changed.has('headingLevel')) this.level = this.checkHeadingLevel();
  }

  /**
   * Moves keyboard focus to a section's heading and scrolls it into view (smoothly only if the
   * page's `scroll-behavior` says so), for "on this page" links. Sections: `title` (every
   * widget), and in `<therapy-overview>` also `how-it-works` and `alone-or-combined`. Returns
   * false when the widget has no such section.
   */
  focusSection(section = 'title'): boolean {
    const target = this.shadowRoot?.getElementById(section);
    if (!(target instanceof HTMLElement)) return false;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  }

  /** Waits for the widget's translation (loaded once per page) before rendering. */
  protected override async scheduleUpdate(): Promise<void> {
    await this.language.ready();
    super.scheduleUpdate();
  }

  protected override render(): TemplateResult {
    const { locale } = this.language;
    // The rendered content says its language, so screen readers switch voice.
    return renderInLocale(
      locale,
      () =>
        html`<div class="base" part="base" lang=${locale}>
          ${this.readAloud.render()}
          ${this.topicContent === undefined ? this.renderUnknownTopic() : this.renderTopic(this.topicContent)}
        </div>`,
    );
  }

  /** The widget's content for a known topic. */
  protected abstract renderTopic(content: Content): TemplateResult;

  /** What to show when the topic is unknown: a polite, visible message rather than nothing. */
  protected renderUnknownTopic(): TemplateResult {
    return html`<p class="fallback" part="fallback">${topicNotAvailable()}</p>`;
  }

  /**
   * Reports a bad attribute value once per element and value, naming the element and attribute.
   */
  protected warnAttribute(attribute: string, value: unknown, consequence: string): void {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    this.warnings.warn(
      `${attribute}=${shown}`,
      `<${this.localName}> ${attribute}=${shown} is not valid; ${consequence}.`,
    );
  }

  /** The value to use for an attribute: its parsed value, or the rule's fallback with one warning. */
  protected checkAttribute(rule: AttributeRule, value: string | null | undefined): string {
    // A removed attribute means "use the default", not "bad value".
    if (value === null || value === undefined) return rule.fallback;
    const parsed = rule.parse(String(value));
    if (parsed !== undefined) return parsed;
    this.warnAttribute(rule.attribute, value, rule.consequence);
    return rule.fallback;
  }

  private checkTopic(): Content | undefined {
    // A removed attribute means "use the default", not "unknown".
    const found = findTopic(this.topics, this.topic ?? DEFAULT_TOPIC);
    if (found === undefined) {
      const known = Object.keys(this.topics).join(', ');
      this.warnAttribute('topic', this.topic, `there is no content for it. Known topics: ${known}`);
    }
    return found;
  }

  private checkHeadingLevel(): number {
    const level = this.headingLevel;
    if (level === null || level === undefined) return DEFAULT_HEADING_LEVEL;
    if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
    // Name the value as the editor typed it ("abc"), not as the number it became (NaN).
    const attribute = this.getAttribute('heading-level');
    const raw = attribute !== null && Object.is(Number(attribute), level) ? attribute : level;
    this.warnAttribute('heading-level', raw, `using ${DEFAULT_HEADING_LEVEL}. Use a whole number from 1 to 6`);
    return DEFAULT_HEADING_LEVEL;
  }
}
