// Keeps package.json's per-widget entries ("exports" and "sideEffects") equal to the list of
// widgets in src/widgets.ts, read from the build (dist/widgets.js). `npm run sync:package` writes
// them; a package test fails while they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The list of widgets, from the build. */
export async function widgetTags() {
  return (await import(pathToFileURL('dist/widgets.js').href)).WIDGET_TAGS;
}

const moduleOf = (tag) => `./dist/${tag}/${tag}.js`;

/** package.json with one export and one side-effect entry per widget, everything else kept. */
export function syncedPackage(pkg, tags) {
  const isWidgetExport = (subpath) => /^\.\/[a-z]+(-[a-z]+)+\.js$/.test(subpath) && subpath !== './therapy-widgets.js';
  const others = Object.entries(pkg.exports).filter(([subpath]) => !isWidgetExport(subpath));
  const [first, ...rest] = others;
  const widgetEntries = tags.map((tag) => [
    `./${tag}.js`,
    { types: moduleOf(tag).replace(/\.js$/, '.d.ts'), default: moduleOf(tag) },
  ]);
  const widgetModules = new Set(tags.map(moduleOf));
  const otherEffects = pkg.sideEffects.filter((file) => !/^\.\/dist\/([a-z-]+)\/\1\.js$/.test(file));
  const [bundleEntries, styleEntries] = [
    otherEffects.filter((file) => file.endsWith('.js')),
    otherEffects.filter((file) => !file.endsWith('.js')),
  ];
  return {
    ...pkg,
    // The main entry first, then the classes, then the widgets, then the rest as they were.
    exports: Object.fromEntries([first, rest[0], ...widgetEntries, ...rest.slice(1)]),
    sideEffects: [...bundleEntries, ...widgetModules, ...styleEntries],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  writeFileSync('package.json', `${JSON.stringify(syncedPackage(pkg, await widgetTags()), null, 2)}\n`);
}
