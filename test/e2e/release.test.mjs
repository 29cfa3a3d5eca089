// The release zip, unzipped and served as a hospital would host it (its folder at /therapy-widgets/,
// the page under the policy its hosting note gives): the note's own snippet works with its
// integrity hash, and a page using every widget, language, audience, placeholder, Listen and theme
// loads every served file the zip holds and nothing else.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { unzipSync } from 'fflate';
import { FOLDER, makeRelease } from '../../scripts/release.mjs';
import { openBrowserAndSite, WIDGET_TAGS } from './browser.mjs';
import { watchProblems } from './page-helpers.mjs';

const site = mkdtempSync(join(tmpdir(), 'release-site-'));
const { path } = makeRelease({ outDir: join(site, '..', `${site.split('/').pop()}-zip`) });
const names = [];
for (const [name, bytes] of Object.entries(unzipSync(readFileSync(path)))) {
  if (name.endsWith('/')) continue;
  mkdirSync(dirname(join(site, name)), { recursive: true });
  writeFileSync(join(site, name), bytes);
  names.push(name.slice(FOLDER.length + 1));
}
const note = readFileSync(join(site, FOLDER, 'HOSTING.md'), 'utf8');
const policy = note.match(/^Content-Security-Policy: (.+)$/m)[1];

// A pre-rendered widget, with the style hashes the zip's csp.json gives added to the note's
// policy, as the note and docs/prerendering.md say: such a page also loads the hydration chunks.
const prerendered = readFileSync('dist/prerendered/targeted-therapy/family.en/side-effect-card.html', 'utf8');
const styleHashes = JSON.parse(readFileSync(join(site, FOLDER, 'csp.json'), 'utf8'))['style-src'];
const withHashes = policy.replace(/style-src ([^;]+)/, (_, sources) => `style-src ${sources} ${styleHashes.join(' ')}`);
assert.notEqual(withHashes, policy, 'the policy has a style-src to add the hashes to');

const { browser, url, close } = await openBrowserAndSite({
  root: site,
  headers: (pathname) =>
    pathname.endsWith('.html')
      ? { 'content-security-policy': pathname.endsWith('everything.html') ? withHashes : policy }
      : {},
});
after(async () => {
  await close();
  rmSync(site, { recursive: true });
  rmSync(dirname(path), { recursive: true });
});

async function load(file, html) {
  writeFileSync(
    join(site, file),
    `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>${file}</title></head><body>${html}</body></html>`,
  );
  const context = await browser.newContext();
  await context.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  const page = await context.newPage();
  const problems = watchProblems(page);
  const requested = new Set();
  page.on('request', (request) => requested.add(new URL(request.url()).pathname));
  await page.goto(new URL(file, url).href);
  return { context, page, problems, requested };
}

/** Waits until every widget in the page's HTML, and in its placeholders, shows its content. */
async function rendered(page) {
  const counts = await page.waitForFunction(
    (tags) => {
      const widgets = [...document.querySelectorAll(tags.join(', '))];
      const ready = widgets.every(
        (widget) =>
          widget.shadowRoot?.querySelector('h1, h2, h3, h4, h5, h6') &&
          !widget.shadowRoot.querySelector('[part="fallback"]') &&
          widget.getAttribute('aria-busy') !== 'true',
      );
      return ready && widgets.length;
    },
    WIDGET_TAGS,
    { timeout: 10000 },
  );
  return counts.jsonValue();
}

test("the hosting note's snippet, pasted as it is, shows the widgets under the note's policy", async () => {
  const snippet = note.match(/```html\n([\s\S]*?)```/)[1];
  assert.match(snippet, /integrity="sha384-/);
  const { context, page, problems } = await load('note.html', snippet);
  assert.ok((await rendered(page)) >= 1);
  assert.equal(
    await page.evaluate(
      () => document.querySelector('therapy-page').shadowRoot.querySelector('h1').textContent.trim().length > 0,
    ),
    true,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('a page using every part of the release loads each served file in the zip, and no other', async () => {
  const widgets = (attributes) => WIDGET_TAGS.map((tag) => `<${tag} ${attributes}></${tag}>`).join('\n');
  const themes = names.filter((name) => name.startsWith('themes/'));
  const { context, page, problems, requested } = await load(
    'everything.html',
    `<link rel="stylesheet" href="/${FOLDER}/therapy-widgets.css" />
    ${themes.map((theme) => `<link rel="stylesheet" href="/${FOLDER}/${theme}" />`).join('\n')}
    <script type="module" src="/${FOLDER}/therapy-widgets.js"></script>
    <div data-therapy-theme="meadow dark">${widgets('listen heading-level="2"')}</div>
    <div lang="es">${widgets('audience="child"')}</div>
    <div>${widgets('audience="child"')}</div>
    <div lang="es">${widgets('')}</div>
    <div data-therapy-widget="side-effect-card" data-listen></div>
    ${prerendered}`,
  );
  assert.equal(await rendered(page), WIDGET_TAGS.length * 4 + 2);
  await page.waitForLoadState('networkidle');
  const loaded = [...requested]
    .filter((pathname) => pathname.startsWith(`/${FOLDER}/`))
    .map((pathname) => pathname.slice(FOLDER.length + 2));
  // What a page never requests itself: source maps (fetched by developer tools), and the files
  // for people: the licence, the hosting note, the style hashes for the policy and the integrity hashes.
  const forPeople = ['LICENSE', 'HOSTING.md', 'csp.json', 'integrity.json'];
  const expected = names.filter((name) => !name.endsWith('.map') && !forPeople.includes(name));
  assert.deepEqual(loaded.sort(), expected.sort());
  assert.deepEqual(problems, []);
  await context.close();
});
