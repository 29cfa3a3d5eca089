// The HTML pages the benchmark loads, and the folder it serves them from. Every page of a pair is
// built from the same pieces, so widgets and baselines are timed the same way.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TAGS } from './settings.mjs';

// When a change is on screen: the next frame's rendering steps, then a task (a MessageChannel
// message runs after that frame is painted). Every page gets this one definition, so widgets and
// baselines are timed the same way; it resolves to the time of that task.
const afterPaintScript = `<script>
  window.afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  }));
</script>`;

// Reports when the content is on screen, after the page's content is ready. Both pages of a pair
// use this same script; only `ready` differs. The page sets `window.<mark>At` and logs `<mark>`.
const markRendered = (ready, mark = 'rendered') => `<script>
  (${ready}).then(afterPaint).then((at) => { window.${mark}At = at; console.log('${mark}'); });
</script>`;

const widgetsReady = `Promise.all(${JSON.stringify(TAGS)}.map((tag) => customElements.whenDefined(tag)))
    .then(() => Promise.all([...document.querySelectorAll(${JSON.stringify(TAGS.join(','))})].map((el) => el.updateComplete)))`;

// A parser-inserted script runs after the stylesheets before it have loaded and everything
// above it is parsed, so at that point the static page's content is ready to paint.
const staticReady = 'Promise.resolve()';

// An empty icon, so no page makes a favicon request the other does not.
const head = (title, extra) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">${afterPaintScript}${extra}</head>`;

const widgetsBody = `<body>
${TAGS.map((tag) => `<${tag} topic="targeted-therapy" heading-level="2"></${tag}>`).join('\n')}
${markRendered(widgetsReady)}
</body></html>`;

const script = '<script type="module" src="dist/therapy-widgets.js"></script>';
// Lets the browser fetch the topic's pack alongside the script, as the README's quick start shows.
const preload = '<link rel="preload" as="fetch" crossorigin href="dist/packs/targeted-therapy/family.en.json">';

const widgetsPage = `${head('Widgets', script)}
${widgetsBody}`;

// The same page with the pack preloaded: what the preload hint alone changes.
const preloadedPage = `${head('Widgets, pack preloaded', `${script}${preload}`)}
${widgetsBody}`;

// The same widgets embedded as advised: the preload (the README's quick start), blocking="render"
// and the space-holding stylesheet (docs/performance.md, "No layout shift").
const embeddedPage = `${head(
  'Widgets, embedded as advised',
  `<link rel="stylesheet" href="dist/therapy-widgets.css">${script.replace('></script>', ' blocking="render"></script>')}${preload}`,
)}
${widgetsBody}`;

// The library's own pre-rendered widgets (dist/prerendered/, written by `npm run build`) with the
// script, which hydrates them. "painted": the content on screen, marked as on the static page (the
// body parsed; the module script does not hold the parser); "rendered": every widget defined and
// hydrated.
const prerenderedWidgets = () =>
  TAGS.map((tag) => readFileSync(`dist/prerendered/targeted-therapy/family.en/${tag}.html`, 'utf8').trim()).join('\n');
const hydratedPage = () => `${head('Pre-rendered widgets and the script', `${script}${preload}`)}
<body>
${prerenderedWidgets()}
${markRendered(staticReady, 'painted')}
${markRendered(widgetsReady)}
</body></html>`;

// The same pre-rendered widgets with an empty module script instead of the library's: a control
// for the page above, measuring what loading any script file at all costs the first paint.
const emptyScriptPage =
  () => `${head('Pre-rendered widgets and an empty script', '<script type="module" src="empty.js"></script>')}
<body>
${prerenderedWidgets()}
${markRendered(staticReady)}
</body></html>`;

/** A page with the content already in its HTML and no script to wait for. */
export const scriptlessPage = (title, extra, body) => `${head(title, extra)}
<body>
${body}
${markRendered(staticReady)}
</body></html>`;

const cardsWidgetsPage = `${head('Cards: widgets', '<script type="module" src="dist/therapy-widgets.js"></script>')}
<body><div id="cards"></div></body></html>`;

// static.css is the stylesheet case 1 generates from the widgets' shadow styles.
const cardsPlainPage = `${head('Cards: plain DOM', '<link rel="stylesheet" href="static.css">')}
<body><div id="cards"></div></body></html>`;

/**
 * A temporary folder with the built bundle and the pages every case starts from; case 1 adds the
 * static and pre-rendered pages it generates. Resolves to the folder's path.
 */
export function writePages() {
  const dir = mkdtempSync(join(tmpdir(), 'bench-pages-'));
  cpSync('dist/therapy-widgets.js', join(dir, 'dist/therapy-widgets.js'));
  cpSync('dist/therapy-widgets.css', join(dir, 'dist/therapy-widgets.css'));
  cpSync('dist/chunks', join(dir, 'dist/chunks'), { recursive: true });
  cpSync('dist/packs', join(dir, 'dist/packs'), { recursive: true });
  writeFileSync(join(dir, 'widgets.html'), widgetsPage);
  writeFileSync(join(dir, 'preloaded.html'), preloadedPage);
  writeFileSync(join(dir, 'embedded.html'), embeddedPage);
  writeFileSync(join(dir, 'hydrated.html'), hydratedPage());
  writeFileSync(join(dir, 'empty.js'), 'export {};\n');
  writeFileSync(join(dir, 'empty-script.html'), emptyScriptPage());
  writeFileSync(join(dir, 'cards-widgets.html'), cardsWidgetsPage);
  writeFileSync(join(dir, 'cards-plain.html'), cardsPlainPage);
  return dir;
}
