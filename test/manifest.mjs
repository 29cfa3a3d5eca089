// The custom elements manifest the build writes (custom-elements.json), for Node-side tests.
import { readFileSync } from 'node:fs';

export const MANIFEST = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Every widget's tag name, from the manifest. */
export const WIDGET_TAGS = MANIFEST.modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));

/** Every `custom-element-definition` in the manifest, each with the path of the module it is in. */
export const DEFINITIONS = MANIFEST.modules.flatMap((module) =>
  (module.exports ?? [])
    .filter((entry) => entry.kind === 'custom-element-definition')
    .map((entry) => ({ ...entry, path: module.path })),
);
