// Writes every widget pre-rendered with its default settings, for each topic, audience and
// language: dist/prerendered/<topic>/<audience>.<language>/<tag>.html, ready to paste into a page
// (the embed builder offers them). Beside them, dist/prerendered/csp.json: the hashes a strict
// Content-Security-Policy's `style-src` needs for their <style> blocks, the same for every file of
// a release. Run after `npm run build:bundle`, which builds the server renderer (dist/server/render.js).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const PRERENDERED = 'dist/prerendered';

/** Every pre-rendered file of the build: its path under dist/prerendered/ and its HTML. */
export async function prerenderedFiles() {
  const { AUDIENCES, LANGUAGES, TOPICS, WIDGET_TAGS, renderWidget } = await import(
    pathToFileURL('dist/server/render.js').href
  );
  const files = [];
  for (const topic of TOPICS) {
    for (const audience of AUDIENCES) {
      for (const language of LANGUAGES) {
        for (const tag of WIDGET_TAGS) {
          const html = renderWidget(tag, { topic, audience, lang: language });
          files.push({ path: `${topic}/${audience}.${language}/${tag}.html`, html });
        }
      }
    }
  }
  return files;
}

async function buildPrerendered() {
  const { styleHashes } = await import(pathToFileURL('dist/server/render.js').href);
  rmSync(PRERENDERED, { recursive: true, force: true });
  const files = await prerenderedFiles();
  for (const { path, html } of files) {
    const file = `${PRERENDERED}/${path}`;
    mkdirSync(file.slice(0, file.lastIndexOf('/')), { recursive: true });
    writeFileSync(file, `${html}\n`);
  }
  const hashes = [...new Set(files.flatMap(({ html }) => styleHashes(html)))].sort();
  const csp = {
    description:
      "The sources a Content-Security-Policy's style-src needs for the <style> blocks of this release's pre-rendered widgets. See docs/prerendering.md.",
    'style-src': hashes,
  };
  writeFileSync(`${PRERENDERED}/csp.json`, `${JSON.stringify(csp, null, 2)}\n`);
  console.log(`${PRERENDERED}: ${files.length} pre-rendered widgets, ${hashes.length} style hashes.`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await buildPrerendered();
