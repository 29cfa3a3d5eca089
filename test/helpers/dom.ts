/** Text of an element's shadow root with slots resolved to what they show, spaces collapsed. */
export function visibleText(element: Element): string {
  return collect(element.shadowRoot ?? element)
    .replace(/\s+/g, ' ')
    .trim();
}

function collect(node: Node): string {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned.map(collect).join('') : [...node.childNodes].map(collect).join('');
  }
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLStyleElement) return '';
  return [...node.childNodes].map(collect).join('');
}

/**
 * Every text block a widget renders from its own content: paragraphs, list items, headings,
 * captions, and text alternatives (`aria-label`), which screen readers read out.
 * Dates are read as dates, not words, so each `<time>` stands as the word "today".
 */
export function textBlocks(element: Element): string[] {
  const root = element.shadowRoot!;
  const blocks = [...root.querySelectorAll('p, li, figcaption, h1, h2, h3, h4, h5, h6')]
    .filter((block) => !block.querySelector('p, li, figcaption'))
    .map((block) => {
      const copy = block.cloneNode(true) as Element;
      copy.querySelectorAll('time').forEach((time) => time.replaceWith('today'));
      return copy.textContent!;
    });
  const labels = [...root.querySelectorAll('[aria-label]')].map((labelled) => labelled.getAttribute('aria-label')!);
  return [...blocks, ...labels].map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A heading found by `headingsIn`. */
export interface FoundHeading {
  /** Its tag name in lower case: `h2`, or `h7` if a widget ever wrote one. */
  tag: string;
  /** The number in its tag name. */
  level: number;
  /** Its `part`: `title` for a section's title, `subtitle` for a sub-heading. */
  part: string;
  /** How many widgets deep it is: 0 in `root` itself, 1 in a widget inside it (`<therapy-page>`'s). */
  depth: number;
  text: string;
}

/**
 * Every heading in `root`, in reading order, also those in the shadow roots of widgets inside it.
 * Any tag named `h` and a number counts, so a level HTML does not have (`<h7>`) shows up too.
 */
export function headingsIn(root: Element | ShadowRoot, depth = 0): FoundHeading[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [
    ...(/^H\d+$/.test(element.tagName)
      ? [
          {
            tag: element.localName,
            level: Number(element.tagName.slice(1)),
            part: element.getAttribute('part') ?? '',
            depth,
            text: element.textContent!.trim(),
          },
        ]
      : []),
    ...(element.shadowRoot ? headingsIn(element.shadowRoot, depth + 1) : []),
  ]);
}

/** Records console.warn calls until `restore()`; messages are joined arguments. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/**
 * Runs `body` with console.warn recorded (`warnings.messages`, as `captureWarnings` gives them),
 * and puts console.warn back afterwards, whether `body` passes or throws.
 */
export async function withWarnings<T>(body: (warnings: { messages: string[] }) => T | Promise<T>): Promise<T> {
  const warnings = captureWarnings();
  try {
    return await body(warnings);
  } finally {
    warnings.restore();
  }
}

/** The built script-tag file, as a hospital page loads it. `npm test` builds it first. */
export const BUNDLE = '/dist/therapy-widgets.js';

/** Adds a module script to the page and resolves once it has run. */
export function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Adds a stylesheet to the page and resolves once it applies. */
export function loadStylesheet(href: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`could not load ${href}`));
    document.head.append(link);
  });
}
