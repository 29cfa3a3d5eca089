// Pictures for the docs, taken from the built widgets (dist/therapy-widgets.js, as hospitals load
// it) in Debian's Chromium: every widget in every variant below, cropped to the widget, at 1 CSS
// pixel per pixel, written to docs/images/widgets/<widget>-<variant>.png.
//
//   npm run screenshots             widget pictures, then the editor guides' pictures
//   npm run screenshots -- widgets  only the widget pictures
//   npm run screenshots -- editors  only the editor guides' pictures (CKEditor 5, TinyMCE,
//                                   WordPress), which their end-to-end tests take while they run
//   npm run screenshots -- tinymce  only one editor's (ckeditor5, tinymce or wordpress)
//
// Needs `npm run build` first. The page's font is DejaVu Sans (test/visual/font.mjs), so the same
// build gives the same pictures on any machine with that font. An end-to-end test
// (test/e2e/docs-pictures.test.mjs) takes them again and fails when the committed ones are stale;
// the editors' tests compare theirs, and write them only when run from here (TAKE_DOCS_PICTURES).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, startServer } from '../test/e2e/browser.mjs';
import { waitForAllWidgets } from '../test/e2e/page-helpers.mjs';
import { WIDGET_TAGS } from '../test/manifest.mjs';
import { TAKE_DOCS_PICTURES } from '../test/visual/pictures.mjs';
import { MISSING_FONT, PINNED_FONT, fontIsInstalled } from '../test/visual/font.mjs';
import { MARGIN, PAGE_WIDTH, VARIANTS } from '../test/visual/variants.mjs';

/** Where the widget pictures are committed. */
export const PICTURES = 'docs/images/widgets';
const BUNDLE = 'dist/therapy-widgets.js';
const DARK_THEME = 'dist/themes/dark.css';
/** The editors whose end-to-end tests take docs/images/<editor>-*.png while checking them. */
const EDITORS = ['ckeditor5', 'tinymce', 'wordpress'];

/** The widget's box and the margin around it, in whole pixels. */
async function around(widget) {
  const box = await widget.boundingBox();
  const x = Math.max(0, Math.floor(box.x) - MARGIN);
  const y = Math.max(0, Math.floor(box.y) - MARGIN);
  return { x, y, width: Math.ceil(box.x + box.width) + MARGIN - x, height: Math.ceil(box.y + box.height) + MARGIN - y };
}

/** A page with one widget, in the variant's language and theme. */
function pageFor(tag, variant) {
  const theme = variant.theme ? ` data-therapy-theme="${variant.theme}"` : '';
  const themeLink = variant.theme ? `<link rel="stylesheet" href="/${DARK_THEME}">` : '';
  // The theme sets color-scheme on <html>, so the page's Canvas colour is the widget's background.
  return `<!doctype html>
<html lang="${variant.lang ?? 'en'}"${theme}>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tag}</title>
${themeLink}
<style>
  body { margin: 0; background: Canvas; color: CanvasText; font-family: ${PINNED_FONT}, sans-serif; }
  .frame { padding: ${MARGIN}px; display: flow-root; }
</style>
<script type="module" src="/${BUNDLE}"></script>
<div class="frame"><${tag} ${variant.attributes ?? ''}></${tag}></div>
</html>`;
}

/** The file name of every widget picture: `<widget>-<variant>.png`. */
export const pictureNames = () => VARIANTS.flatMap((variant) => WIDGET_TAGS.map((tag) => `${tag}-${variant.name}.png`));

/**
 * Takes every widget picture into `folder`, with `browser` on the project served at `url` (the
 * project's root, so /dist/ is the build). Resolves to the pictures' paths.
 */
export async function takeWidgetPictures(browser, url, folder) {
  for (const file of [BUNDLE, DARK_THEME]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  }
  mkdirSync(folder, { recursive: true });
  const written = [];
  for (const variant of VARIANTS) {
    const context = await browser.newContext({
      viewport: { width: variant.width ?? PAGE_WIDTH, height: 800 },
      deviceScaleFactor: 1,
      colorScheme: variant.colorScheme ?? 'light',
      reducedMotion: 'reduce',
    });
    for (const tag of WIDGET_TAGS) {
      const page = await context.newPage();
      await page.route('**/screenshot.html', (route) =>
        route.fulfill({ contentType: 'text/html', body: pageFor(tag, variant) }),
      );
      if (variant.media) await page.emulateMedia({ media: variant.media });
      await page.goto(`${url}screenshot.html`);
      await waitForAllWidgets(page);
      if (!(await page.evaluate(fontIsInstalled, PINNED_FONT))) throw new Error(MISSING_FONT);
      const path = join(folder, `${tag}-${variant.name}.png`);
      await page.screenshot({
        path,
        clip: await around(page.locator(tag)),
        fullPage: true,
        animations: 'disabled',
        caret: 'hide',
      });
      written.push(path);
      await page.close();
    }
    await context.close();
  }
  return written;
}

async function widgetPictures() {
  const { server, url } = await startServer({ root: '.' });
  const browser = await launchChromium();
  try {
    const written = await takeWidgetPictures(browser, url, PICTURES);
    for (const path of written) console.log(`${path} (${(statSync(path).size / 1024).toFixed(0)} KB)`);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs the editors' end-to-end tests in the mode where they write their pictures. */
function editorPictures(editors) {
  const tests = editors.map((editor) => `test/e2e/${editor}.test.mjs`);
  console.log(`Running ${tests.join(', ')}, which write docs/images/<editor>-*.png where they changed`);
  const { status } = spawnSync(process.execPath, ['--test', ...tests], {
    stdio: 'inherit',
    env: { ...process.env, [TAKE_DOCS_PICTURES]: '1' },
  });
  if (status !== 0) throw new Error('the editor tests failed, so their pictures may be missing or stale');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((word) => !['widgets', 'editors', ...EDITORS].includes(word));
  if (unknown.length) {
    throw new Error(
      `unknown argument ${unknown.join(' ')}: use ${['widgets', 'editors', ...EDITORS].map((word) => `"${word}"`).join(', ')} or nothing`,
    );
  }
  const all = wanted.length === 0;
  if (all || wanted.includes('widgets')) await widgetPictures();
  const editors = EDITORS.filter((editor) => all || wanted.includes('editors') || wanted.includes(editor));
  if (editors.length) editorPictures(editors);
}
