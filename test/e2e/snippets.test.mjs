// Every ```html block in README.md and docs/**/*.md, pasted into a blank page and loaded in
// Chromium with the built bundle, must render each widget it places, with no console error, no
// error thrown and no failed request: the docs' examples work as written.
//
// The snippets are pasted unchanged. The test serves the addresses they use instead:
// - /therapy-widgets/ is dist/, the folder a hospital hosts (the release zip's folder);
// - /node_modules/ckeditor5/ is the installed CKEditor, and /node_modules/therapy-widgets/ this
//   repository, as if installed (the CKEditor guide's import map);
// - /our-packs/ is test/fixtures/topics/, a hospital's own topic (the authors' guide).
// Two adjustments only: `integrity="sha384-…"`, the docs' stand-in for a hash, becomes the hash of
// the file the tag loads; and a snippet with no script tag gets the script tag
// (<script type="module" src="/therapy-widgets/therapy-widgets.js">) at its end, as the page
// template it is pasted into would have.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import MarkdownIt from 'markdown-it';
import { sourcePages } from '../../scripts/build-docs.mjs';
import { openBrowserAndSite, WIDGET_TAGS } from './browser.mjs';
import { watchProblems } from './page-helpers.mjs';

const SCRIPT = '/therapy-widgets/therapy-widgets.js';
const HASH_STAND_IN = 'sha384-…';

/** The ```html blocks of a Markdown file, with the line each starts on. */
function htmlSnippets(path) {
  return new MarkdownIt({ html: true })
    .parse(readFileSync(path, 'utf8'), {})
    .filter((token) => token.type === 'fence' && token.info.trim() === 'html')
    .map((token) => ({ path, line: token.map[0] + 1, html: token.content }));
}

const snippets = ['README.md', ...sourcePages()].flatMap(htmlSnippets);

// The served folder: links to the real files, nothing copied.
const root = mkdtempSync(join(tmpdir(), 'snippets-'));
symlinkSync(resolve('dist'), join(root, 'therapy-widgets'));
symlinkSync(resolve('test/fixtures/topics'), join(root, 'our-packs'));
mkdirSync(join(root, 'node_modules'));
symlinkSync(resolve('node_modules/ckeditor5'), join(root, 'node_modules/ckeditor5'));
symlinkSync(resolve('.'), join(root, 'node_modules/therapy-widgets'));

const { browser, url, close } = await openBrowserAndSite({ root });
after(async () => {
  await close();
  rmSync(root, { recursive: true });
});

/** The snippet as a page: hash stand-ins filled in, the script tag added where it has none. */
function pageFor({ path, line, html }) {
  const withHashes = html.replace(
    /(<script\b[^>]*?\bsrc="([^"]+)"[^>]*?\bintegrity=")sha384-…"/gs,
    (_, start, src) =>
      `${start}sha384-${createHash('sha384')
        .update(readFileSync(join(root, new URL(src, url).pathname)))
        .digest('base64')}"`,
  );
  const script = html.includes(SCRIPT) ? '' : `<script type="module" src="${SCRIPT}"></script>`;
  return `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <title>${path}, line ${line}</title>
  </head>
  <body>
${withHashes}
${script}
  </body>
</html>
`;
}

test('the docs have HTML snippets to check, the hash stand-in among them', () => {
  assert.ok(snippets.length >= 10, `${snippets.length} snippets`);
  assert.ok(snippets.some((snippet) => snippet.html.includes(HASH_STAND_IN)));
});

for (const [index, snippet] of snippets.entries()) {
  test(`${snippet.path}, line ${snippet.line}: the snippet renders its widgets with no error`, async () => {
    writeFileSync(join(root, `snippet-${index}.html`), pageFor(snippet));
    const context = await browser.newContext();
    await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(new URL(`snippet-${index}.html`, url).href);
    await page.waitForLoadState('networkidle');
    // Each widget the snippet places, as an element or as a CMS placeholder, has rendered its
    // content (a heading, no "not available" message, no longer busy).
    const placed = await page.waitForFunction(
      (tags) => {
        const selector = tags.join(', ');
        const widgets = [...document.querySelectorAll(selector)];
        const placeholders = [...document.querySelectorAll('[data-therapy-widget]')];
        if (placeholders.some((div) => !div.querySelector(selector))) return false;
        const rendered = (widget) =>
          widget.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6') &&
          !widget.shadowRoot.querySelector('[part="fallback"]') &&
          widget.getAttribute('aria-busy') !== 'true';
        return widgets.every(rendered) && { widgets: widgets.length, placeholders: placeholders.length };
      },
      WIDGET_TAGS,
      { timeout: 10000 },
    );
    const { widgets } = await placed.jsonValue();
    const expected = WIDGET_TAGS.some((tag) => snippet.html.includes(`<${tag}`) || snippet.html.includes(`"${tag}"`));
    assert.equal(widgets > 0, expected, 'the page shows a widget exactly when the snippet places one');
    assert.deepEqual(problems, []);
    await context.close();
  });
}
