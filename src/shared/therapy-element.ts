import {
  _$LH,
  LitElement,
  adoptStyles,
  html,
  noChange,
  nothing,
  svg,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { loadPack, onPackChange, packKey, topicName } from '../content/registry.js';
import { AUDIENCES, DEFAULT_AUDIENCE, type Audience, type Pack } from '../content/types.js';
import type { AttributeRule } from './attribute-rule.js';
import type { Hydrate } from './hydrate.js';
import { LanguageController } from './language-controller.js';
import { renderInLocale, type Locale } from './localization.js';
import { EMERGENCY_NUMBER } from './emergency-number.js';
import type { ReadAloud } from './read-aloud.js';
import { warn } from './warn.js';
import { listenWords } from './words.js';
import { baseStyles } from './styles.js';
import { VERSION } from './version.js';
import { WarnOnce } from './warn.js';
import { topicNotAvailable } from './words.js';

export const DEFAULT_HEADING_LEVEL = 2;

/** The topic a widget shows when its `topic` attribute is missing. */
export const DEFAULT_TOPIC = 'targeted-therapy';

const AUDIENCE: AttributeRule = {
  attribute: 'audience',
  fallback: DEFAULT_AUDIENCE,
  parse: (value) => AUDIENCES.find((audience) => audience === value.trim().toLowerCase()),
  consequence: `showing the text for families. Use ${AUDIENCES.join(' or ')}`,
};

/**
 * What every widget shares: the `topic`, `audience`, `heading-level` and `emergency-number`
 * attributes, the topic's content pack (fetched once per page, in the widget's language), forgiving
 * handling of bad values (a visible fallback and one console warning, never an exception), and
 * base styles. Widgets only say how to present the pack.
 *
 * @attr {string} lang - Language of the widget: `en` or `es` (region tags such as `es-MX` count as their
 * language). Without it, the nearest ancestor's `lang` or `<html lang>` applies; otherwise English.
 *
 * @csspart base - The card around the whole widget.
 * @csspart title - The main heading.
 * @csspart fallback - The message shown when the topic's content cannot be shown.
 * @csspart listen - The row of read-aloud buttons (with `listen`).
 * @csspart listen-button - Each read-aloud button: Listen, Pause or Continue, and Stop.
 */
export abstract class TherapyElement extends LitElement {
  /** The library version that defined this element; used to detect two copies on one page. */
  static readonly version = VERSION;

  static override styles = [baseStyles];

  // Declared without decorators: decorator helpers would cost every page extra bytes.
  static override properties: PropertyDeclarations = {
    topic: { reflect: true },
    audience: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    emergencyNumber: { attribute: 'emergency-number', reflect: true },
    listen: { type: Boolean, reflect: true },
  };

  /**
   * Which topic to show: the id of a content pack, such as `targeted-therapy`. Capitals and spaces
   * are forgiven (`Targeted therapy`). A topic with no pack shows a short "not available" message
   * (`<cog-disclaimer>` shows its own safety text, without the topic's dates) and logs a warning.
   */
  // Defaults are written as literals so the generated API docs show them; tests keep them
  // equal to the fallbacks used for bad values.
  topic: string = 'targeted-therapy';

  /**
   * Who the text is written for: `family` (children with cancer and their families) or `child`
   * (children of about 7 to 10). Any other value falls back to `family` and logs a warning.
   */
  audience: string = 'family';

  /**
   * Level (1–6) of the widget's main heading; its sub-headings are one level below.
   * Any other value falls back to 2 and logs a warning.
   */
  headingLevel: number = 2;

  /**
   * The local emergency phone number, wherever the text asks to call it, for example `999` or
   * `112`. Digits, spaces, `+`, `-`, `.` and brackets; anything else falls back to 911 with a warning.
   */
  emergencyNumber: string = '911';

  /**
   * Shows a "Listen" button that reads the widget aloud in its language, with a voice that runs
   * on the device. Without such a voice (or speech) in the browser, no button is shown.
   */
  listen: boolean = false;

  private readonly warnings = new WarnOnce();

  /** The widget's language, from `lang` on it, an ancestor or `<html>`. */
  protected readonly language = new LanguageController(this);

  /** The pack shown, or undefined when it cannot be had. */
  protected pack: Pack | undefined;

  /** The read-aloud buttons' code, loaded the first time `listen` is set. */
  private readAloud?: ReadAloud | Promise<void>;

  /** The main heading level actually used, after checking `heading-level`. */
  protected level = DEFAULT_HEADING_LEVEL;

  /** The emergency number actually used, after checking `emergency-number`. */
  protected phone = EMERGENCY_NUMBER.fallback;

  /** Who the widget's text is for, after checking `audience`. */
  protected reader: Audience = DEFAULT_AUDIENCE;

  private shownKey = '';
  private stopListening?: () => void;

  /**
   * For a pre-rendered widget (its shadow root came with the page's HTML), until its first update:
   * the code that adopts the pre-rendered nodes instead of rendering new ones.
   */
  private hydrator?: Promise<Hydrate> | Hydrate;

  override connectedCallback(): void {
    super.connectedCallback();
    // Until its first render (its pack may still be on its way) the widget says it is busy, which
    // screen readers understand and the optional space-holding stylesheet reads. A pre-rendered
    // widget is already showing its content.
    if (!this.hasUpdated && !this.hydrator) this.setAttribute('aria-busy', 'true');
    // A pack registered again (changed), or fetched again from a new folder, while shown: show the
    // new one. One that changed while the widget was out of the page is looked up when it is back.
    this.stopListening = onPackChange((key) => key === this.shownKey && this.requestUpdate());
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  /**
   * A widget pre-rendered as declarative shadow DOM keeps its shadow root: its first update adopts
   * the nodes there (no text replaced, no layout shift), with code only such pages load.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot;
    if (!prerendered) {
      try {
        return super.createRenderRoot();
      } catch {
        // Connected in another document (a frame a page copied the widget into), whose shadow
        // roots cannot adopt this window's styles: shown there unstyled, as plain readable HTML,
        // in the shadow root attached before the styles were refused.
        return (this as HTMLElement).shadowRoot as ShadowRoot;
      }
    }
    // Its <style> stays too; the same styles are adopted, for pages whose policy blocks that <style>.
    adoptStyles(prerendered, (this.constructor as typeof LitElement).elementStyles);
    this.hydrator = import('./hydrate.js')
      .then(({ createHydrate }) => createHydrate(_$LH, noChange, LitElement, warn))
      .catch((error: unknown): Hydrate => {
        warn(`could not load the code for pre-rendered widgets (${String(error)}).`);
        // Rendered anew, as without pre-rendering.
        return (widget) => (widget.renderRoot.replaceChildren(), false);
      });
    return prerendered;
  }

  /** The first update of a pre-rendered widget adopts its nodes; the others render as usual. */
  protected override update(changed: PropertyValues<this>): void {
    const hydrate = this.hydrator as Hydrate | undefined;
    this.hydrator = undefined;
    if (!hydrate?.(this, changed)) super.update(changed);
  }

  protected override firstUpdated(): void {
    this.removeAttribute('aria-busy');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.listen && !this.readAloud) this.readAloud = this.loadReadAloud();
    if (changed.has('headingLevel')) this.level = this.checkHeadingLevel();
    if (changed.has('emergencyNumber')) this.phone = this.checkAttribute(EMERGENCY_NUMBER, this.emergencyNumber);
  }

  /** The widget is complete once its read-aloud buttons, if asked for, are there too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!(this.readAloud instanceof Promise)) return done;
    await this.readAloud;
    return super.getUpdateComplete();
  }

  /** Loads the read-aloud code, a chunk of its own that only widgets with `listen` need. */
  private async loadReadAloud(): Promise<void> {
    try {
      const { ReadAloud } = await import('./read-aloud.js');
      const language = () => (this.listen ? this.language.locale : undefined);
      this.readAloud = new ReadAloud(this, language, { html, svg, nothing, words: listenWords });
      this.requestUpdate();
    } catch (error) {
      warn(`the read-aloud code could not be loaded (${String(error)}); no Listen button is shown.`);
    }
  }

  /**
   * Moves keyboard focus to a section's heading and scrolls it into view (smoothly only if the
   * page's `scroll-behavior` says so), for "on this page" links. Sections: `title` (every
   * widget), and the id of each sub-heading the pack names. Returns false when the widget has no
   * such section.
   */
  focusSection(section = 'title'): boolean {
    const target = this.shadowRoot?.getElementById(section);
    if (!(target instanceof HTMLElement)) return false;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
    return true;
  }

  /**
   * Waits for the widget's translation and its pack (each loaded once per page, in parallel)
   * before rendering, so the widget never shows one text and then another.
   */
  protected override async scheduleUpdate(): Promise<void> {
    for (let wanted = this.wantedPack(); ;) {
      const request = loadPack(wanted.topic, wanted.audience, wanted.language);
      const [, pack] = await Promise.all([
        this.language.ready(),
        request,
        this.loadWords?.(wanted.audience, wanted.language),
      ]);
      // Settings, or the folder the pack comes from, may change while the pack loads: show the
      // pack for the latest ones (each pack has its own promise, fetched again when it moves).
      const now = this.wantedPack();
      if (loadPack(now.topic, now.audience, now.language) === request) {
        this.pack = 'problem' in pack ? undefined : pack;
        this.reader = wanted.audience;
        if ('problem' in pack && !pack.reported) {
          // Once per problem: a pack that fails again in a new folder is a new problem.
          const message = `topic="${this.topic}" cannot be shown: ${pack.problem}.`;
          this.warnOnce(message, message);
        }
        this.shownKey = wanted.key;
        break;
      }
      wanted = now;
    }
    if (this.hydrator) this.hydrator = await this.hydrator;
    super.scheduleUpdate();
  }

  /** Loads the widget's own words for `audience` in `language` that not every page needs, if it has any. Never rejects. */
  protected loadWords?(audience: Audience, language: Locale): Promise<void>;

  /** The pack the widget's settings ask for. */
  private wantedPack() {
    // A removed attribute means "use the default", not "unknown".
    const topic = topicName(this.topic ?? DEFAULT_TOPIC);
    const audience = this.checkAttribute(AUDIENCE, this.audience) as Audience;
    const language = this.language.wanted;
    return { topic, audience, language, key: packKey(topic, audience, language) };
  }

  protected override render(): TemplateResult {
    const { locale } = this.language;
    // The rendered content says its language, so screen readers switch voice, and its direction:
    // both languages are written left to right, also on a right-to-left page.
    return renderInLocale(
      locale,
      () =>
        html`<div class="base" part="base" lang=${locale} dir="ltr">
          ${this.readAloud instanceof Promise ? nothing : this.readAloud?.render()}
          ${this.pack === undefined ? this.renderUnavailable() : this.renderPack(this.pack)}
        </div>`,
    );
  }

  /** The widget's content from its topic's pack. */
  protected abstract renderPack(pack: Pack): TemplateResult;

  /** What to show when the pack cannot be had: a polite, visible message rather than nothing. */
  protected renderUnavailable(): TemplateResult {
    return html`<p class="fallback" part="fallback">${topicNotAvailable()}</p>`;
  }

  /** Reports a problem with the widget's settings once per element and value. */
  protected warnOnce(key: string, message: string): void {
    this.warnings.warn(key, `<${this.localName}> ${message}`);
  }

  /**
   * Reports a bad attribute value once per element and value, naming the element and attribute.
   */
  protected warnAttribute(attribute: string, value: unknown, consequence: string): void {
    const shown = typeof value === 'string' ? `"${value}"` : String(value);
    this.warnOnce(`${attribute}=${shown}`, `${attribute}=${shown} is not valid; ${consequence}.`);
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

/**
 * Readies a widget for a server render (see src/server/render.ts), which runs no update cycle:
 * the language and the pack its first update would have loaded, handed over synchronously.
 * Nothing in the browser calls it, so the script-tag bundle leaves it out.
 */
export function prepareServerRender(
  widget: TherapyElement,
  locale: Locale,
  packFor: (topic: string, audience: Audience, language: Locale) => Pack | undefined,
): void {
  // Element access reaches the private members this module owns, for the server only.
  widget['language']['requested'] = locale;
  const wanted = widget['wantedPack']();
  widget['pack'] = packFor(wanted.topic, wanted.audience, locale);
  widget['reader'] = wanted.audience;
  widget['shownKey'] = wanted.key;
  // With `listen`, the widget renders as its first render in the browser does while the read-aloud
  // code loads: without the buttons, as only the device can say it has a voice. The server never
  // loads that code.
  widget['readAloud'] = Promise.resolve();
}
