import type { html, nothing, ReactiveController, ReactiveControllerHost, svg } from 'lit';
import type { Locale } from './localization.js';
import type { listenWords } from './words.js';

// A chunk of its own, loaded only by widgets with `listen`. It imports nothing at run time: what
// it needs of Lit and the widgets' words is handed to it, since a chunk that imported the
// script-tag bundle back would make the browser fetch a second copy whenever the bundle's URL has
// a query string (`?v=2`), as placeholders.ts explains.

type Host = ReactiveControllerHost & HTMLElement;

/** What the widget that loads this code hands it. */
export interface ReadAloudTools {
  html: typeof html;
  svg: typeof svg;
  nothing: typeof nothing;
  words: typeof listenWords;
}

// Speech is page-wide, so a widget that starts reading (or whose button gets focus) tells every
// other one, from any copy of the library on the page, to stop. An event needs no global variable.
const STOP_OTHERS = 'therapy-widgets-listen';

// Elements whose text is not part of what the widget says: its own buttons, the "on this page"
// links (the headings they name are read where they stand), and what is never shown.
const SKIPPED = new Set(['button', 'nav', 'style', 'script', 'template']);

const ICONS = {
  listen: 'M3 9v6h4l5 5V4L7 9H3Zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4Z',
  pause: 'M6 5h4v14H6Zm8 0h4v14h-4Z',
  resume: 'M7 5v14l12-7Z',
  stop: 'M6 6h12v12H6Z',
};

/** The page's speech synthesis, or undefined where the browser has none. Read at use time. */
function speech(): SpeechSynthesis | undefined {
  return typeof SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : undefined;
}

/**
 * A voice for `locale` that runs on the device. Remote voices send the text to a server, which
 * a page about a child's treatment must not do without asking.
 */
function localVoice(synth: SpeechSynthesis, locale: Locale): SpeechSynthesisVoice | undefined {
  // `es-MX` and `es_ES` are Spanish voices, as region tags fold to their language everywhere here.
  const voices = synth
    .getVoices()
    .filter((voice) => voice.localService && voice.lang.toLowerCase().split(/[-_]/)[0] === locale);
  return voices.find((voice) => voice.default) ?? voices[0];
}

/**
 * What `root` shows, as text blocks in reading order: headings, paragraphs, list items, captions,
 * text alternatives of pictures, and slotted text in place of what it replaces. Anything laid out
 * as a block starts a new one; hidden elements are left out.
 */
function readableText(root: Node): string[] {
  const blocks: string[] = [];
  let text = '';
  const endBlock = () => {
    const block = text.replace(/\s+/g, ' ').trim();
    if (block) blocks.push(block);
    text = '';
  };
  const visit = (node: Node): void => {
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...node.childNodes]).forEach(visit);
    } else if (node instanceof Element) {
      const display = getComputedStyle(node).display;
      if (SKIPPED.has(node.localName) || node.getAttribute('aria-hidden') === 'true' || display === 'none') return;
      const block = !/^(inline|contents)/.test(display);
      if (block) endBlock();
      const alternative =
        node.getAttribute('role') === 'img'
          ? node.getAttribute('aria-label')
          : node instanceof HTMLImageElement
            ? node.alt
            : null;
      if (alternative !== null) text += ` ${alternative} `;
      else (node.shadowRoot ?? node).childNodes.forEach(visit);
      if (block) endBlock();
    } else if (node instanceof DocumentFragment) {
      node.childNodes.forEach(visit);
    } else if (node.nodeType === Node.TEXT_NODE) {
      text += node.textContent;
    }
  };
  visit(root);
  endBlock();
  return blocks;
}

/**
 * Reads a widget aloud with the browser's own speech, on request: a "Listen" button, then
 * "Pause" (or "Continue") and "Stop". It reads what the widget shows, in the widget's language,
 * with a voice that runs on the device; with no such voice, or no speech at all, there is no
 * button. Only one widget reads at a time, and reading stops when another widget's button gets
 * focus (a screen reader is speaking then), when the widget leaves the page, or when its language
 * changes or `listen` is turned off.
 */
export class ReadAloud implements ReactiveController {
  private state: 'idle' | 'reading' | 'paused' = 'idle';
  private locale?: Locale;
  private voice?: SpeechSynthesisVoice;
  private blocks: string[] = [];
  // The utterances of the current reading; events of any other (a cancelled one) are ignored.
  private queue: SpeechSynthesisUtterance[] = [];
  private position = 0;

  /** `language` gives the language to read in, or undefined while reading aloud is off. */
  constructor(
    private readonly host: Host,
    private readonly language: () => Locale | undefined,
    private readonly tools: ReadAloudTools,
  ) {
    host.addController(this);
  }

  private icon(name: keyof typeof ICONS) {
    return this.tools.svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${ICONS[name]} /></svg>`;
  }

  hostConnected(): void {
    document.addEventListener(STOP_OTHERS, this.otherStarted);
  }

  hostDisconnected(): void {
    this.stop();
    speech()?.removeEventListener?.('voiceschanged', this.voicesChanged);
    document.removeEventListener(STOP_OTHERS, this.otherStarted);
  }

  hostUpdate(): void {
    const locale = this.language();
    if (locale !== this.locale) this.stop();
    this.locale = locale;
    const synth = locale ? speech() : undefined;
    // Widgets without `listen` leave speech alone. Adding the same listener again does nothing.
    synth?.addEventListener?.('voiceschanged', this.voicesChanged);
    this.voice = locale && synth ? localVoice(synth, locale) : undefined;
    if (!this.voice) this.stop();
  }

  /** The buttons, or nothing when the widget cannot or should not read aloud. */
  render() {
    const { html, nothing } = this.tools;
    if (!this.voice) return nothing;
    const words = this.tools.words();
    const action = this.state === 'reading' ? 'pause' : this.state === 'paused' ? 'resume' : 'listen';
    return html`<div class="listen" part="listen" @focusin=${this.claim}>
      <button type="button" part="listen-button" @click=${this.toggle}>${this.icon(action)}${words[action]}</button>
      ${
        this.state === 'idle'
          ? nothing
          : html`<button type="button" class="stop" part="listen-button" @click=${() => this.stop()}>
              ${this.icon('stop')}${words.stop}
            </button>`
      }
    </div>`;
  }

  private readonly voicesChanged = () => this.host.requestUpdate();

  private readonly claim = () => document.dispatchEvent(new CustomEvent(STOP_OTHERS, { detail: this }));

  private readonly otherStarted = (event: Event) => {
    if ((event as CustomEvent).detail !== this) this.stop();
  };

  private readonly toggle = () => {
    if (this.state === 'reading') {
      // Android's pause() ends the utterance instead, so pausing everywhere stops, and going on
      // starts the paragraph being read again.
      this.end('paused');
    } else {
      if (this.state === 'idle') {
        this.blocks = readableText(this.host.shadowRoot ?? this.host);
        this.position = 0;
      }
      this.speakFrom(this.position);
    }
  };

  private speakFrom(start: number): void {
    const { locale, voice } = this;
    const synth = speech();
    if (!synth || !voice || !locale) return;
    this.claim();
    synth.cancel();
    if (synth.paused) synth.resume();
    this.queue = this.blocks.slice(start).map((text, offset) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = locale;
      utterance.voice = voice;
      const ours = () => this.queue.includes(utterance);
      // Finished, or cancelled by someone else (the page, another copy of the library): nothing
      // of ours is left to cancel.
      const done = () => {
        this.queue = [];
        this.end('idle');
      };
      utterance.addEventListener('start', () => ours() && (this.position = start + offset));
      utterance.addEventListener('end', () => {
        if (ours()) this.position = start + offset + 1;
        if (this.queue.at(-1) === utterance) done();
      });
      utterance.addEventListener('error', () => ours() && done());
      return utterance;
    });
    this.queue.forEach((utterance) => synth.speak(utterance));
    this.state = 'reading';
    this.host.requestUpdate();
  }

  /** Stops reading, if this widget is reading. */
  stop(): void {
    if (this.state !== 'idle') this.end('idle');
  }

  private end(state: 'idle' | 'paused'): void {
    const root = this.host.shadowRoot;
    // The Stop button goes away; focus on it moves to the Listen button, not to the page.
    const focusMoves = state === 'idle' && root?.activeElement?.classList.contains('stop');
    const wasSpeaking = this.queue.length > 0;
    this.queue = [];
    if (wasSpeaking) speech()?.cancel();
    this.state = state;
    this.host.requestUpdate();
    if (focusMoves) this.host.updateComplete.then(() => root?.querySelector<HTMLElement>('.listen button')?.focus());
  }
}
