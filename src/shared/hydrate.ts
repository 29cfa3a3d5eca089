import type { LitElement, PropertyValues, _$LH, noChange } from 'lit';
import { handOver } from './lit-handover.js';

// A chunk of its own, loaded only by widgets pre-rendered as declarative shadow DOM (see
// src/server/render.ts): Lit's hydration, which adopts the nodes a server rendered instead of
// rendering new ones. It must work with the very copy of Lit that renders the widget afterwards,
// yet import nothing from the script-tag bundle (a chunk that did would make the browser fetch a
// second copy whenever the bundle's URL has a query string, `?v=2`, as placeholders.ts explains).
// So the widget hands its Lit over, and Lit's hydration code, a second chunk, is loaded only
// then: the script-tag build points its imports of lit-html at what was handed over
// (rollup.config.js). In the npm build those imports are plain imports of the application's Lit.

/** What of Lit the widget hands over. */
export interface Lit {
  _$LH: typeof _$LH;
  noChange: typeof noChange;
}

/**
 * Runs a pre-rendered widget's first update: its render adopts the nodes in its shadow root.
 * Returns false when they cannot be adopted (they are removed then, and the caller renders anew).
 */
export type Hydrate = (widget: LitElement, changed: PropertyValues) => boolean;

/**
 * Lit's hydration, for widgets rendered by the Lit handed over (`_$LH`, lit-html's internals for
 * hydration, `noChange`, `LitElement`); `warn` is the widgets' own.
 */
export async function createHydrate(
  internals: typeof _$LH,
  unchanged: typeof noChange,
  Lit: typeof LitElement,
  warn: (message: string) => void,
): Promise<Hydrate> {
  handOver({ _$LH: internals, noChange: unchanged });
  // ReactiveElement's update(), which LitElement's calls before rendering.
  const reactiveUpdate = Object.getPrototypeOf(Lit.prototype).update as (changed: PropertyValues) => void;
  const { hydrate } = await import('@lit-labs/ssr-client');
  return (widget, changed) => {
    // What LitElement's update() does, with hydrate() where it calls render().
    const value = (widget as unknown as { render(): unknown }).render();
    widget.renderOptions.isConnected = widget.isConnected;
    reactiveUpdate.call(widget, changed);
    try {
      hydrate(value, widget.renderRoot, widget.renderOptions);
      return true;
    } catch (error) {
      // Pre-rendered from another release's templates, or the widget now shows something else
      // (its pack could not be loaded): show what it has now.
      warn(`<${widget.localName}> does not match its pre-rendered HTML (${String(error)}); rendering it again.`);
      widget.renderRoot.replaceChildren();
      return false;
    }
  };
}
