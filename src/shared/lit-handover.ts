import type { Lit } from './hydrate.js';

/**
 * The widgets' own Lit, handed over to Lit's hydration code before it loads. In the script-tag
 * bundle that code reads lit-html from here (rollup.config.js, `litHandedOver()`).
 */
export let handedOver: Lit | undefined;

export function handOver(lit: Lit): void {
  handedOver = lit;
}
