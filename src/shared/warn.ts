/**
 * Development warnings with one stable shape, so a web team can search their console for
 * `[therapy-widgets]` and see which element and attribute to fix.
 */
export function warn(message: string): void {
  console.warn(`[therapy-widgets] ${message}`);
}

/**
 * Remembers what an element has already warned about, so a bad value is reported once per
 * element however often it re-renders.
 */
export class WarnOnce {
  private readonly said = new Set<string>();

  warn(key: string, message: string): void {
    if (this.said.has(key)) return;
    this.said.add(key);
    warn(message);
  }
}
