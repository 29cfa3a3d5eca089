/**
 * A recording stand-in for the browser's speech synthesis. The engines the tests run in have no
 * voices, so they cannot speak; this records what a widget asks to be spoken (text, language,
 * voice, order) and every pause, resume and cancel, and lets a test finish an utterance as a
 * real voice would.
 */

export interface TestVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

/** A voice as `getVoices()` lists it. */
export function voice(name: string, lang: string, localService: boolean): TestVoice {
  return { name, lang, localService, default: false, voiceURI: name };
}

/** The utterance class the widget creates while the recorder is installed. */
export class RecordedUtterance extends EventTarget {
  lang = '';
  voice: TestVoice | null = null;

  constructor(public text = '') {
    super();
  }
}

export class RecordingSpeech extends EventTarget {
  /** Everything asked, in order: `speak <text>`, `pause`, `resume`, `cancel`. */
  readonly calls: string[] = [];
  /** Every utterance handed to `speak()`, in order. */
  readonly spoken: RecordedUtterance[] = [];
  /** Utterances waiting or being spoken; the first is being spoken. */
  queue: RecordedUtterance[] = [];
  paused = false;
  /** How often the voice list was read: a widget without `listen` never reads it. */
  voiceLookups = 0;

  constructor(private voices: TestVoice[]) {
    super();
  }

  get speaking(): boolean {
    return this.queue.length > 0;
  }

  get pending(): boolean {
    return this.queue.length > 1;
  }

  getVoices(): TestVoice[] {
    this.voiceLookups++;
    return this.voices;
  }

  /** Voices that arrive later, as Chrome's do. */
  setVoices(voices: TestVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  speak(utterance: RecordedUtterance): void {
    this.calls.push(`speak ${utterance.text}`);
    this.spoken.push(utterance);
    this.queue.push(utterance);
    if (this.queue.length === 1) utterance.dispatchEvent(new Event('start'));
  }

  pause(): void {
    this.calls.push('pause');
    this.paused = true;
  }

  resume(): void {
    this.calls.push('resume');
    this.paused = false;
  }

  cancel(): void {
    this.calls.push('cancel');
    const dropped = this.queue;
    this.queue = [];
    for (const utterance of dropped) utterance.dispatchEvent(new Event('error'));
  }

  /** The voice finishes the utterance being spoken; the next one starts. */
  finishOne(): void {
    const finished = this.queue.shift();
    finished?.dispatchEvent(new Event('end'));
    this.queue[0]?.dispatchEvent(new Event('start'));
  }

  /** The texts handed to `speak()` since the last `cancel`. */
  get reading(): string[] {
    const start = this.calls.lastIndexOf('cancel') + 1;
    return this.calls.slice(start).flatMap((call) => (call.startsWith('speak ') ? [call.slice(6)] : []));
  }
}

type Restore = () => void;

/** Replaces a property of `window` until the returned function puts it back. */
function replace(name: string, value: unknown): Restore {
  let owner: object | null = window;
  while (owner && !Object.prototype.hasOwnProperty.call(owner, name)) owner = Object.getPrototypeOf(owner);
  const original = owner ? Object.getOwnPropertyDescriptor(owner, name) : undefined;
  Object.defineProperty(window, name, { value, configurable: true, writable: true });
  return () => {
    if (owner === window && original) Object.defineProperty(window, name, original);
    else Reflect.deleteProperty(window, name);
  };
}

/** Installs a recorder with these voices as the page's speech synthesis. */
export function installSpeech(voices: TestVoice[]): { speech: RecordingSpeech; restore: Restore } {
  const speech = new RecordingSpeech(voices);
  const restores = [replace('speechSynthesis', speech), replace('SpeechSynthesisUtterance', RecordedUtterance)];
  return { speech, restore: () => restores.forEach((restore) => restore()) };
}

/** A browser without speech synthesis at all. */
export function removeSpeech(): Restore {
  const restores = [replace('speechSynthesis', undefined), replace('SpeechSynthesisUtterance', undefined)];
  return () => restores.forEach((restore) => restore());
}
