// Writes every widget's CMS-safe placeholder holding its fallback text, with default settings, for
// every topic, audience and language the build has packs for:
// dist/fallback/<topic>/<audience>.<lang>/<widget>.html. The embed builder offers these files;
// other settings: `npx therapy-widgets fallback <widget> …`.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const OUT = 'dist/fallback';

/** Every pack the build wrote, as topic, audience and language. */
export function builtPacks(folder = 'dist/packs') {
  return readdirSync(folder).flatMap((topic) =>
    readdirSync(join(folder, topic)).map((file) => {
      const [audience, language] = file.split('.');
      return { topic, audience, language };
    }),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { renderPlaceholder } = await import('../dist/server/fallback.js');
  const { WIDGET_TAGS } = await import('../dist/widgets.js');
  let written = 0;
  for (const { topic, audience, language } of builtPacks()) {
    const folder = join(OUT, topic, `${audience}.${language}`);
    mkdirSync(folder, { recursive: true });
    for (const widget of WIDGET_TAGS) {
      writeFileSync(
        join(folder, `${widget}.html`),
        `${await renderPlaceholder({ widget, topic, audience, lang: language })}\n`,
      );
      written++;
    }
  }
  console.log(`Wrote ${written} fallback files in ${OUT}`);
}
