// The custom elements manifest the build writes (custom-elements.json), for Node-side tests.
import { readFileSync } from 'node:fs';

export const MANIFEST = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Every widget's tag name, from the manifest. */
export const WIDGET_TAGS = MANIFEST.modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));
