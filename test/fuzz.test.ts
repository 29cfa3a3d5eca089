import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { elements } from '../src/classes.js';
import { topicName } from '../src/content/registry.js';
import type { TherapyElement } from '../src/shared/therapy-element.js';
import '../src/index.js';
import { captureWarnings, visibleText } from './helpers/dom.js';

/*
 * Attribute fuzzing: a seeded random walk sets thousands of hostile values on every attribute of
 * every widget, connected and disconnected, and checks after each step that nothing throws, no
 * payload runs, no widget goes blank and no bad value is warned about twice by one element.
 *
 * Each run draws a new seed, shown in the test's title. Replay one with
 * `FUZZ_SEED=1234 npm run test:browser` (or `FUZZ_SEED=1234 npm test`); FUZZ_STEPS changes the
 * number of steps (default 3000).
 */

const { seed, steps } = await executeServerCommand<{ seed: number; steps: number }, undefined>('fuzz-settings');

/** mulberry32: a small, fast PRNG whose whole state is one 32-bit number, so a seed replays a run. */
function mulberry32(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

// A payload that runs sets this flag; nothing else on the page does.
const FLAG = '__therapyFuzzRan';
const flagged = () => (window as unknown as Record<string, unknown>)[FLAG];

const PAYLOADS = [
  `<img src=x onerror="window.${FLAG}='img'">`,
  `"><script>window.${FLAG}='script'</script>`,
  `'><svg onload="window.${FLAG}='svg'">`,
  `</p><img src=x onerror=window.${FLAG}='unquoted'>`,
  `</style><img src=x onerror="window.${FLAG}='style'">`,
  `javascript:window.${FLAG}='javascript-url'`,
  `<a href="javascript:window.${FLAG}='link'">x</a>`,
  `<iframe srcdoc="<script>parent.${FLAG}='iframe'</script>"></iframe>`,
  `\${window.${FLAG}='template'}`,
  `{{constructor.constructor('window.${FLAG}=1')()}}`,
  `<details open ontoggle="window.${FLAG}='details'">`,
];

const NOTABLE = [
  '',
  ' ',
  '\t\n ',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-Infinity',
  'true',
  'false',
  '[object Object]',
  '{}',
  '[]',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '0',
  '-0',
  '1',
  '2',
  '6',
  '7',
  '-1',
  '2.5',
  '1e0',
  '0x3',
  ' 4 ',
  '\u0033', // "3"
  '\uff13', // a full-width "3"
  '١', // an Arabic-Indic "1"
  '9'.repeat(400),
  'targeted-therapy',
  ' TARGETED-THERAPY ',
  'targeted therapy',
  'targeted-therapy\u200b',
  '911',
  '999',
  '112',
  '+44 (0) 20 7946 0000',
  '(555) 010-0199',
  "Children's Oncology Group",
  'Riverside Children’s Hospital',
  '© 2026 Example',
  'en',
  'es',
  'es-MX',
  'ES',
  'en-US',
  'fr',
  'x-unknown',
  'zh-Hant-TW',
  'ar',
  'he',
  'مستشفى الأطفال', // Arabic, right to left
  'בית חולים לילדים', // Hebrew, right to left
  '\u202eevil\u202c', // a right-to-left override
  '\u2067isolate\u2069',
  'मैं ठीक हूँ',
  '👩‍👧‍👦🧬💊',
  'e\u0301\u0301\u0301',
  '\ufeffBOM',
  '\u0000',
  '\ud800', // a lone surrogate
  '&lt;b&gt;',
  '&amp;',
  '%3Cscript%3E',
];

// Code point ranges: ASCII, Latin, combining marks, Hebrew, Arabic, bidi and zero-width controls,
// CJK, emoji and lone surrogates.
const RANGES: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x300, 0x36f],
  [0x590, 0x5ff],
  [0x600, 0x6ff],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x2069],
  [0x4e00, 0x9fff],
  [0x1f300, 0x1faff],
  [0xd800, 0xdfff],
];

function randomText(random: Random, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) {
    const [low, high] = pick(random, RANGES);
    text += String.fromCodePoint(between(random, low, high));
  }
  return text;
}

function randomNumber(random: Random): string {
  return pick(random, [
    () => String(between(random, -10, 10)),
    () => String(random() * 20 - 10),
    () => `${between(random, 1, 9)}e${between(random, -3, 3)}`,
    () => String(Number.MAX_SAFE_INTEGER + between(random, 0, 9)),
    () => `${between(random, 0, 9)}${pick(random, ['px', '%', 'em', ' ', '.', ','])}`,
  ])();
}

/** One hostile (or, sometimes, valid) attribute value. */
function randomValue(random: Random): string {
  const kind = random();
  if (kind < 0.3) return pick(random, NOTABLE);
  if (kind < 0.5) return pick(random, PAYLOADS);
  if (kind < 0.65) return randomNumber(random);
  if (kind < 0.85) return randomText(random, between(random, 1, 40));
  if (kind < 0.97) return `${pick(random, NOTABLE)}${pick(random, PAYLOADS)}${randomText(random, 3)}`;
  // A huge value, as a pasted document would be.
  return randomText(random, 16).repeat(between(random, 500, 2500));
}

/** The attributes a widget reacts to, read from the class itself, plus the global `lang`. */
function attributesOf(tag: string): string[] {
  const widget = customElements.get(tag) as unknown as { observedAttributes: string[] };
  return [...new Set([...widget.observedAttributes, 'lang'])];
}

function expectedHeadingLevel(widget: Element): number {
  const value = widget.getAttribute('heading-level');
  const level = value === null ? 2 : Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

function knownTopic(widget: Element): boolean {
  const value = widget.getAttribute('topic');
  return value === null || topicName(value) === 'targeted-therapy';
}

/** What is wrong with how a connected widget renders now, if anything. */
function renderingProblems(widget: TherapyElement): string[] {
  const problems: string[] = [];
  const root = widget.shadowRoot;
  if (!root) return ['has no shadow root'];
  if (visibleText(widget).length === 0) problems.push('renders no text');
  if (root.querySelectorAll('.base').length !== 1) problems.push('does not render exactly one card');
  if (widget.getBoundingClientRect().height === 0) problems.push('takes no space on the page');
  if (root.querySelector('script, img, iframe, object, embed, [onerror], [onload]')) {
    problems.push('renders an element from an attribute value');
  }
  if (widget.children.length > 0) problems.push('gained light DOM children');
  const heading = root.querySelector('h1, h2, h3, h4, h5, h6');
  const fallback = root.querySelector('[part="fallback"]');
  if (!heading && !fallback) problems.push('shows neither a heading nor the fallback message');
  if (heading && Number(heading.tagName[1]) !== expectedHeadingLevel(widget)) {
    problems.push(`uses <${heading.localName}> for heading-level="${widget.getAttribute('heading-level')}"`);
  }
  if (knownTopic(widget) && fallback) problems.push('shows the fallback for a known topic');
  return problems;
}

const shorten = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

describe('attribute fuzzing', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    Reflect.deleteProperty(window, FLAG);
  });

  it('would notice a payload that runs (the check below can fail)', async () => {
    const sandbox = document.createElement('div');
    document.body.append(sandbox);
    // The first payload's shape, with an image that fails without a request.
    sandbox.innerHTML = PAYLOADS[0].replace('src=x', 'src="data:,"');
    for (let i = 0; i < 100 && !flagged(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    sandbox.remove();
    expect(flagged()).to.equal('img');
    Reflect.deleteProperty(window, FLAG);
  });

  it('reads every attribute from the widget classes, lang included', () => {
    for (const tag of Object.keys(elements)) {
      const attributes = attributesOf(tag);
      expect(attributes, tag).to.include.members(['topic', 'heading-level', 'lang']);
    }
    expect(attributesOf('cog-disclaimer')).to.include.members(['emergency-number', 'organization']);
  });

  it(`survives ${steps} random attribute changes, connected and disconnected (seed ${seed}; replay with FUZZ_SEED=${seed})`, async function () {
    this.timeout(120_000);
    console.log(`attribute fuzzing: seed ${seed}, ${steps} steps (replay with FUZZ_SEED=${seed})`);
    const random = mulberry32(seed);
    const started = performance.now();

    // Places a widget can live: two containers in the page and one inside another shadow root.
    const host = document.createElement('div');
    const shadowContainer = host.attachShadow({ mode: 'open' });
    const containers: ParentNode[] = [document.createElement('section'), document.createElement('section')];
    document.body.append(...(containers as Element[]), host);
    containers.push(shadowContainer);

    // Two of each widget: one in the page from the start, one created and changed before it is
    // ever connected.
    const widgets: TherapyElement[] = [];
    for (const tag of Object.keys(elements)) {
      for (const connected of [true, false]) {
        const widget = document.createElement(tag) as TherapyElement;
        if (connected) pick(random, containers).append(widget);
        widgets.push(widget);
      }
    }
    const attributes = new Map(widgets.map((widget) => [widget, attributesOf(widget.localName)]));

    // Wait until every widget that can update has (a widget never connected cannot yet). A widget
    // that never finishes is a failure that names the step, not a test run that hangs.
    const settle = async (): Promise<string | undefined> => {
      for (const widget of widgets) {
        if (!widget.isConnected && !widget.hasUpdated) continue;
        const done = await Promise.race([
          widget.updateComplete.then(() => true),
          new Promise<false>((resolve) => setTimeout(() => resolve(false), 5000)),
        ]);
        if (!done) return `<${widget.localName}> did not finish updating within 5 s`;
      }
      return undefined;
    };

    const warningsPerWidget = new Map<TherapyElement, Map<string, number>>(widgets.map((w) => [w, new Map()]));
    const failures: string[] = [];
    const attributesSet = new Set<string>();
    let valuesSet = 0;
    const warnings = captureWarnings();
    try {
      await settle();
      for (let step = 0; step < steps && failures.length < 10; step++) {
        const widget = pick(random, widgets);
        const action = random();
        let did: string;
        if (action < 0.8) {
          const name = pick(random, attributes.get(widget)!);
          const value = randomValue(random);
          widget.setAttribute(name, value);
          attributesSet.add(`${widget.localName} ${name}`);
          valuesSet += 1;
          did = `${name}=${shorten(value)}`;
        } else if (action < 0.88) {
          const name = pick(random, attributes.get(widget)!);
          widget.removeAttribute(name);
          did = `removed ${name}`;
        } else if (widget.isConnected && action < 0.94) {
          widget.remove();
          did = 'disconnected';
        } else {
          pick(random, containers).append(widget);
          did = 'connected or moved';
        }

        const before = warnings.messages.length;
        const stuck = await settle();
        const where = `step ${step}, <${widget.localName}> ${did}`;
        if (stuck) {
          failures.push(`${where}: ${stuck}`);
          break;
        }
        for (const message of warnings.messages.slice(before)) {
          if (!message.startsWith('[therapy-widgets] ') || !message.includes(`<${widget.localName}>`)) {
            failures.push(`${where}: unexpected warning ${shorten(message)}`);
            continue;
          }
          const counts = warningsPerWidget.get(widget)!;
          counts.set(message, (counts.get(message) ?? 0) + 1);
          if (counts.get(message) === 2) failures.push(`${where}: warned twice: ${shorten(message)}`);
        }
        if (widget.isConnected) {
          for (const problem of renderingProblems(widget)) failures.push(`${where}: ${problem}`);
        }
      }

      // At the end every widget is connected and must render correctly.
      for (const widget of widgets) if (!widget.isConnected) containers[0].append(widget);
      const stuck = await settle();
      if (stuck) failures.push(`at the end, ${stuck}`);
      for (const widget of widgets) {
        for (const problem of renderingProblems(widget)) failures.push(`at the end, <${widget.localName}> ${problem}`);
      }
      console.log(`attribute fuzzing: ${valuesSet} values set in ${Math.round(performance.now() - started)} ms`);
      // Give a payload that slipped through (an image's error handler, say) time to run.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      warnings.restore();
      host.remove();
      for (const container of containers) if (container instanceof Element) container.remove();
    }

    expect(failures, `seed ${seed}`).to.deep.equal([]);
    expect(errors, `uncaught errors (seed ${seed})`).to.deep.equal([]);
    expect(flagged(), `a payload ran (seed ${seed})`).to.be.undefined;
    // The walk really covered what it claims: most steps set values, on every attribute.
    expect(valuesSet).to.be.greaterThan(steps * 0.7);
    for (const widget of widgets) {
      for (const name of attributes.get(widget)!) expect(attributesSet).to.include(`${widget.localName} ${name}`);
    }
  });
});
