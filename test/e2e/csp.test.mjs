// Strict Content-Security-Policy, Trusted Types, nonces and Subresource Integrity, with real
// response headers in real Chromium.
import assert from 'node:assert/strict';
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { TAGS, ignoreFavicon, waitForWidgets, watchProblems } from './page-helpers.mjs';
import { REQUIRE_TRUSTED_TYPES, recordViolations } from './trusted-types.mjs';

// The policy docs/csp.md tells hosts the widgets work under.
const STRICT = `default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; ${REQUIRE_TRUSTED_TYPES}`;
const NONCE = 'c2FtcGxlLW5vbmNl';
const NONCE_POLICY = `default-src 'none'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'nonce-${NONCE}'; connect-src 'self'; object-src 'none'; base-uri 'none'; ${REQUIRE_TRUSTED_TYPES}; trusted-types lit-html`;

// The policy each test page is served with, by path.
const policies = new Map();

const { browser, url, close } = await openBrowserAndSite({
  root: '.',
  headers: (pathname) => (policies.has(pathname) ? { 'content-security-policy': policies.get(pathname) } : {}),
});

after(close);

/** The Subresource Integrity value of `content`: its SHA-384 digest, as the docs' command writes it. */
const integrityOf = (content) => `sha384-${createHash('sha384').update(content).digest('base64')}`;
/** An integrity value that matches no file of the project. */
const WRONG_INTEGRITY = integrityOf('something else');

/** A new browser context in which the page at `path` of the site is `body`, served with `policy`. */
async function contextServing(path, body, policy = STRICT) {
  const context = await browser.newContext();
  await ignoreFavicon(context);
  await context.route(`**/${path}`, (route) =>
    route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': policy }, body }),
  );
  return context;
}

/** The accent colour of the overview's card (the meadow theme's, where the page loads it). */
const overviewAccent = (page) =>
  page.evaluate(
    () =>
      getComputedStyle(document.querySelector('therapy-overview').shadowRoot.querySelector('.base')).borderLeftColor,
  );

/** Opens a page served with `policy`, recording every CSP violation and error. */
async function open(path, policy) {
  policies.set(`/test/e2e/pages/${path}`, policy);
  const context = await browser.newContext();
  await ignoreFavicon(context);
  const page = await context.newPage();
  const problems = watchProblems(page);
  const violations = await recordViolations(page);
  const response = await page.goto(`${url}test/e2e/pages/${path}`);
  assert.equal(response.headers()['content-security-policy'], policy, 'served with the policy');
  return { context, page, problems, violations };
}

/** The widgets rendered, and their styles (Lit's constructable stylesheets) applied. */
async function expectStyledWidgets(page) {
  await waitForWidgets(page);
  const rendered = await page.evaluate(
    (tags) =>
      tags.map((tag) => {
        const root = document.querySelector(tag).shadowRoot;
        return {
          tag,
          heading: root.querySelector('h2').textContent,
          bar: getComputedStyle(root.querySelector('.base')).borderLeftWidth,
          sheets: root.adoptedStyleSheets.length,
        };
      }),
    TAGS,
  );
  for (const widget of rendered) {
    assert.ok(widget.heading.length > 5, widget.tag);
    assert.ok(parseFloat(widget.bar) >= 4, `${widget.tag} styled`);
    assert.ok(widget.sheets >= 1, `${widget.tag} uses constructable stylesheets`);
  }
}

test('under the strict policy the widgets render and style themselves with no violation', async () => {
  for (const policy of [STRICT, `${STRICT}; trusted-types lit-html`]) {
    const { context, page, problems, violations } = await open('csp.html', policy);
    await expectStyledWidgets(page);
    // The theme file and the space-holding sheet are ordinary same-origin stylesheets.
    assert.equal(await overviewAccent(page), 'rgb(46, 107, 52)', 'meadow theme applied');
    assert.deepEqual(violations, [], policy);
    assert.deepEqual(problems, [], policy);
    await context.close();
  }
});

test("loaded twice under 'trusted-types lit-html', the second copy is refused its policy unless 'allow-duplicates'", async () => {
  const restricted = await open('csp-twice.html', `${STRICT}; trusted-types lit-html`);
  await expectStyledWidgets(restricted.page);
  assert.ok(
    restricted.violations.some((violation) => violation.startsWith('trusted-types')),
    JSON.stringify(restricted.violations),
  );
  assert.ok(
    restricted.problems.some((problem) => problem.includes('lit-html')),
    JSON.stringify(restricted.problems),
  );
  await restricted.context.close();

  const allowed = await open('csp-twice.html', `${STRICT}; trusted-types lit-html 'allow-duplicates'`);
  await expectStyledWidgets(allowed.page);
  assert.deepEqual(allowed.violations, []);
  assert.deepEqual(allowed.problems, []);
  await allowed.context.close();
});

test('with a nonce-based policy the script needs the nonce and the styles need none', async () => {
  const { context, page, problems, violations } = await open('csp-nonce.html', NONCE_POLICY);
  await expectStyledWidgets(page);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Subresource Integrity: the hash from the docs' command lets the bundle run, any other blocks it", async () => {
  const command = readFileSync('docs/csp.md', 'utf8')
    .split('\n')
    .find((line) => line.trim().startsWith('node -e') && line.includes('sha384'));
  assert.ok(command, 'docs/csp.md shows a Node.js command for the hash');
  // As the docs say, run in the folder that holds the hosted therapy-widgets/ folder.
  const site = mkdtempSync(join(tmpdir(), 'sri-'));
  mkdirSync(join(site, 'therapy-widgets'));
  copyFileSync('dist/therapy-widgets.js', join(site, 'therapy-widgets', 'therapy-widgets.js'));
  const integrity = execSync(command.trim(), { encoding: 'utf8', cwd: site }).trim();
  rmSync(site, { recursive: true });
  assert.equal(integrity, integrityOf(readFileSync('dist/therapy-widgets.js')));
  for (const [hash, runs] of [
    [integrity, true],
    [WRONG_INTEGRITY, false],
  ]) {
    const context = await contextServing(
      'sri.html',
      `<!doctype html><html lang="en"><head><title>SRI</title>
          <script type="module" src="/dist/therapy-widgets.js" integrity="${hash}" crossorigin="anonymous"></script>
          </head><body><side-effect-card></side-effect-card></body></html>`,
    );
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${url}sri.html`);
    await page.waitForLoadState('load');
    const defined = await page.evaluate(() => customElements.get('side-effect-card') !== undefined);
    assert.equal(defined, runs, hash);
    if (runs) assert.deepEqual(problems, []);
    else
      assert.ok(
        problems.some((problem) => /integrity/i.test(problem)),
        JSON.stringify(problems),
      );
    await context.close();
  }
});

test("a hospital's own topic, named by a preload link, renders under the strict policy with no violation", async () => {
  const { context, page, problems, violations } = await open('csp-hospital-topic.html', STRICT);
  const title = page.locator('therapy-overview #title');
  await title.waitFor();
  assert.equal(await title.textContent(), 'Why we wash our hands');
  assert.equal(await page.locator('how-it-works [part="picture"]').count(), 1);
  // The disclaimer credits the hospital pack's own source.
  assert.match(await page.locator('cog-disclaimer [part="credit"]').textContent(), /a made-up test source/);
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Subresource Integrity for a pack: data-integrity on its link pins it, fetched once, and another file is refused', async () => {
  const pack = readFileSync('test/fixtures/topics/hand-washing/family.en.json');
  // Also with a query on the link's address (`?v=2`, for caches): the pack is fetched from it.
  for (const [hash, shown, query] of [
    [integrityOf(pack), true, ''],
    [WRONG_INTEGRITY, false, ''],
    [integrityOf(pack), true, '?v=2'],
    [WRONG_INTEGRITY, false, '?v=2'],
  ]) {
    const context = await contextServing(
      'pinned.html',
      `<!doctype html><html lang="en"><head><title>Pinned pack</title>
          <script type="module" src="/dist/therapy-widgets.js"></script>
          <link rel="preload" as="fetch" crossorigin href="/test/fixtures/topics/hand-washing/family.en.json${query}"
            data-integrity="${hash}" data-therapy-topic="hand-washing">
          </head><body><therapy-overview topic="hand-washing"></therapy-overview></body></html>`,
    );
    const page = await context.newPage();
    const warnings = [];
    const packRequests = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    page.on('request', (request) => /\.json(\?|$)/.test(request.url()) && packRequests.push(request.url()));
    await page.goto(`${url}pinned.html`);
    const part = shown ? 'title' : 'fallback';
    await page.locator(`therapy-overview [part="${part}"]`).waitFor();
    if (shown) {
      assert.deepEqual(warnings, []);
      assert.deepEqual(packRequests, [`${url}test/fixtures/topics/hand-washing/family.en.json${query}`]);
    } else
      assert.ok(
        warnings.some((text) => /hand-washing\/family\.en\.json could not be loaded/.test(text)),
        warnings.join('\n'),
      );
    await context.close();
  }
});

test('a topic link that does not point into this site is ignored with one warning, and breaks nothing else', async () => {
  for (const href of [
    'about:blank',
    'data:application/json,{}',
    'https://elsewhere.example/packs/hand-washing/family.en.json',
  ]) {
    const context = await contextServing(
      'odd-link.html',
      `<!doctype html><html lang="en"><head><title>Odd link</title>
          <script type="module" src="/dist/therapy-widgets.js"></script>
          <link rel="preload" as="fetch" crossorigin href="${href}" data-therapy-topic="hand-washing">
          </head><body><therapy-overview topic="hand-washing"></therapy-overview>
          <therapy-overview id="own"></therapy-overview><cog-disclaimer></cog-disclaimer></body></html>`,
    );
    const requests = [];
    context.on('request', (request) => requests.push(request.url()));
    await context.route('https://elsewhere.example/**', (route) => route.abort());
    const page = await context.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    await page.goto(`${url}odd-link.html`);
    await page.locator('therapy-overview[topic="hand-washing"] [part="fallback"]').waitFor();
    // The library's own topic is not affected.
    await page.locator('#own [part="title"]').first().waitFor();
    await page.locator('cog-disclaimer [part="title"]').waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(errors, [], href);
    const ignored = warnings.filter((text) => text.includes('<link data-therapy-topic="hand-washing"'));
    assert.equal(ignored.length, 1, `${href}: ${warnings.join('\n')}`);
    assert.match(ignored[0], /is ignored: it is not on this site/);
    assert.deepEqual(
      // The browser's preload fetches the link itself; the widgets fetch nothing elsewhere.
      requests.filter((request) => !request.startsWith(url) && request !== href),
      [],
      `${href}: nothing is fetched from anywhere else`,
    );
    await context.close();
  }
});

/**
 * A strict policy's page (`csp.html`, or another of test/e2e/pages/) with its widgets pre-rendered
 * (docs/prerendering.md, with the renderer's `options`), served with `policy`; the script is held
 * back until `releaseScript()`. Records violations and problems, console warnings included.
 */
async function openPrerendered(policy, { page: file = 'csp.html', ...options } = {}) {
  const { prerenderMarkedWidgets } = await import('../../scripts/build-site.mjs');
  const renderer = await import('../../dist/server/render.js');
  const source = readFileSync(`test/e2e/pages/${file}`, 'utf8').replace(
    /<(therapy-overview|how-it-works|side-effect-card|cog-disclaimer)\b/g,
    '<$1 data-prerender',
  );
  const body = prerenderMarkedWidgets(source, renderer, options);
  assert.equal(body.match(/shadowrootmode="open"/g)?.length, 3, 'three pre-rendered widgets');
  const context = await contextServing('csp-prerendered.html', body, policy);
  let releaseScript;
  const held = new Promise((resolve) => (releaseScript = resolve));
  await context.route('**/dist/therapy-widgets.js', async (route) => {
    await held;
    await route.continue();
  });
  const page = await context.newPage();
  const problems = watchProblems(page);
  page.on('console', (message) => message.type() === 'warning' && problems.push(`warning: ${message.text()}`));
  const violations = await recordViolations(page);
  await page.goto(`${url}csp-prerendered.html`, { waitUntil: 'commit' });
  await page.locator('cog-disclaimer [part="title"]').waitFor();
  return { context, page, problems, violations, releaseScript };
}

/** The left border of each widget's card: 4px or more once its styles apply. */
const cardBorders = (page) =>
  page.evaluate(
    (tags) =>
      tags.map(
        (tag) => getComputedStyle(document.querySelector(tag).shadowRoot.querySelector('.base')).borderLeftWidth,
      ),
    TAGS,
  );

/** Waits until the held-back script has defined and hydrated every widget. */
async function hydrated(page) {
  await page.waitForFunction(
    (tags) => tags.every((tag) => customElements.get(tag) && !document.querySelector(tag).hasAttribute('aria-busy')),
    TAGS,
  );
  await page.waitForLoadState('networkidle');
}

test('pre-rendered widgets under the strict policy with the published style hashes: styled before the script, hydrated after it, no violation', async () => {
  const { 'style-src': hashes } = JSON.parse(readFileSync('dist/prerendered/csp.json', 'utf8'));
  assert.ok(hashes.length > 0 && hashes.every((hash) => /^'sha256-[\w+/]+=*'$/.test(hash)), hashes.join(' '));
  const policy = `${STRICT.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`)}; trusted-types lit-html`;
  const { context, page, problems, violations, releaseScript } = await openPrerendered(policy);
  // Before any script: the pre-rendered <style> blocks apply, allowed by their hashes.
  for (const border of await cardBorders(page)) assert.ok(parseFloat(border) >= 4, border);
  await page.locator('therapy-overview #title').evaluate((title) => (title.dataset.seen = 'yes'));
  releaseScript();
  await hydrated(page);
  assert.equal(await page.locator('therapy-overview #title').getAttribute('data-seen'), 'yes', 'same node');
  for (const border of await cardBorders(page)) assert.ok(parseFloat(border) >= 4, border);
  assert.equal(await overviewAccent(page), 'rgb(46, 107, 52)', 'meadow theme applied');
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a hospital's own topic, pre-rendered from its pack folder, shows before the script and is hydrated in place under the strict policy", async () => {
  const { 'style-src': hashes } = JSON.parse(readFileSync('dist/prerendered/csp.json', 'utf8'));
  const policy = `${STRICT.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`)}; trusted-types lit-html`;
  const { context, page, problems, violations, releaseScript } = await openPrerendered(policy, {
    page: 'csp-hospital-topic.html',
    packFolder: 'test/fixtures/topics',
  });
  const title = page.locator('therapy-overview #title');
  assert.equal(await title.textContent(), 'Why we wash our hands');
  assert.equal(await page.locator('how-it-works [part="picture"]').count(), 1);
  assert.match(await page.locator('cog-disclaimer [part="credit"]').textContent(), /a made-up test source/);
  await title.evaluate((node) => (node.dataset.seen = 'yes'));
  assert.equal(await page.evaluate(() => customElements.get('therapy-overview')), undefined);
  releaseScript();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-prerendered]')].every(
      (widget) => customElements.get(widget.localName) && !widget.hasAttribute('aria-busy'),
    ),
  );
  await page.waitForLoadState('networkidle');
  // Hydrated, not rendered again: the same node, and no warning that the HTML did not match.
  assert.equal(await title.getAttribute('data-seen'), 'yes', 'same node');
  assert.equal(await title.textContent(), 'Why we wash our hands');
  assert.deepEqual(violations, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('without the style hashes the strict policy blocks the pre-rendered <style> blocks, and the script still styles the widgets', async () => {
  const { context, page, violations, releaseScript } = await openPrerendered(`${STRICT}; trusted-types lit-html`);
  assert.ok(
    violations.some((violation) => violation.startsWith('style-src')),
    JSON.stringify(violations),
  );
  for (const border of await cardBorders(page))
    assert.ok(parseFloat(border) < 4, `unstyled before the script: ${border}`);
  releaseScript();
  await hydrated(page);
  // The widgets adopt their constructable stylesheets, which the policy allows.
  for (const border of await cardBorders(page)) assert.ok(parseFloat(border) >= 4, border);
  await context.close();
});
