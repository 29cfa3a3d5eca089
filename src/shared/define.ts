import { VERSION } from './version.js';
import { warn } from './warn.js';

/** A custom element class that knows which version of the library defined it. */
export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers custom elements without ever throwing. The script-tag bundle may be on a page twice
 * (two script tags, or two versions): the same version does nothing the second time, another
 * version keeps the first definition and logs one warning that names both versions.
 */
export function defineElements(elements: Record<string, VersionedElement>): void {
  const clashes: string[] = [];
  let otherVersion = '';
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag) as VersionedElement | undefined;
    if (!existing) {
      customElements.define(tag, element);
    } else if (existing !== element && existing.version !== VERSION) {
      clashes.push(`<${tag}>`);
      otherVersion = existing.version ?? 'an unknown version';
    }
  }
  if (clashes.length > 0) {
    warn(
      `${clashes.join(', ')} already defined by ${otherVersion}, so version ${VERSION} is not used. ` +
        'Load therapy-widgets once per page.',
    );
  }
}
