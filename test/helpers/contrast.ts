/** WCAG 2.2 contrast of colours as the browser resolved them (getComputedStyle). */

export type Rgba = readonly [number, number, number, number];

/** Reads a computed colour: `rgb(r, g, b)` or `rgba(r, g, b, a)`. Anything else is an error. */
export function parseColor(value: string): Rgba {
  const match = /^rgba?\(([^)]*)\)$/.exec(value.trim());
  if (!match) throw new Error(`cannot read the colour "${value}"`);
  const [r, g, b, a = 1] = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return [r!, g!, b!, a];
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as unknown as Rgba;
}

export function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The parent in the flat tree: out of a shadow root to its host. */
function parentOf(element: Element): Element | null {
  return element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);
}

/** The opaque colour behind an element: every background below it, painted on a white page. */
export function backgroundBehind(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = parentOf(node)) {
    layers.push(parseColor(getComputedStyle(node).backgroundColor));
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** The colour of a property, painted over what is behind the element. */
export function drawn(element: Element, property: string): Rgba {
  const value = getComputedStyle(element).getPropertyValue(property);
  return over(parseColor(value), backgroundBehind(element));
}

/** WCAG large text: at least 24px, or 18.66px (14pt) and bold. */
export function isLargeText(element: Element): boolean {
  const style = getComputedStyle(element);
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}

/** Every element in a shadow root that holds text of its own (slot fallbacks included). */
export function textHolders(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].filter((element) =>
    [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
  );
}
