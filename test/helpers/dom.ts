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
