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

// The policy docs/csp.md tells hosts the widgets work under.
const STRICT =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
const NONCE = 'c2FtcGxlLW5vbmNl';
const NONCE_POLICY = `default-src 'none'; script-src 'nonce-${NONCE}' 'strict-dynamic'; style-src 'nonce-${NONCE}'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html`;

// The policy each test page is served with, by path.
const policies = new Map();

const { browser, url, close } = await openBrowserAndSite({
  root: '.',
  headers: (pathname) => (policies.has(pathname) ? { 'content-security-policy': policies.get(pathname) } : {}),
});

after(close);

/** Opens a page served with `policy`, recording every CSP violation and error. */
async function open(path, policy) {
  policies.set(`/test/e2e/pages/${path}`, policy);
  const context = await browser.newContext();
  await ignoreFavicon(context);
  const page = await context.newPage();
  const problems = watchProblems(page);
  const violations = [];
  await page.exposeFunction('reportViolation', (violation) => violations.push(violation));
  // Runs before the page's own scripts; the policy does not apply to it.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      window.reportViolation(`${event.effectiveDirective} blocked ${event.blockedURI || event.sample}`),
    ),
  );
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
    const accent = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('therapy-overview').shadowRoot.querySelector('.base')).borderLeftColor,
    );
    assert.equal(accent, 'rgb(46, 107, 52)', 'meadow theme applied');
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
  assert.equal(
    integrity,
    `sha384-${createHash('sha384').update(readFileSync('dist/therapy-widgets.js')).digest('base64')}`,
  );
  const wrong = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
  for (const [hash, runs] of [
    [integrity, true],
    [wrong, false],
  ]) {
    const context = await browser.newContext();
    await ignoreFavicon(context);
    await context.route('**/sri.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': STRICT },
        body: `<!doctype html><html lang="en"><head><title>SRI</title>
          <script type="module" src="/dist/therapy-widgets.js" integrity="${hash}" crossorigin="anonymous"></script>
          </head><body><side-effect-card></side-effect-card></body></html>`,
      }),
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
  const pinned = `sha384-${createHash('sha384').update(pack).digest('base64')}`;
  const wrong = `sha384-${createHash('sha384').update('something else').digest('base64')}`;
  for (const [hash, shown] of [
    [pinned, true],
    [wrong, false],
  ]) {
    const context = await browser.newContext();
    await ignoreFavicon(context);
    await context.route('**/pinned.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': STRICT },
        body: `<!doctype html><html lang="en"><head><title>Pinned pack</title>
          <script type="module" src="/dist/therapy-widgets.js"></script>
          <link rel="preload" as="fetch" crossorigin href="/test/fixtures/topics/hand-washing/family.en.json"
            data-integrity="${hash}" data-therapy-topic="hand-washing">
          </head><body><therapy-overview topic="hand-washing"></therapy-overview></body></html>`,
      }),
    );
    const page = await context.newPage();
    const warnings = [];
    const packRequests = [];
    page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
    page.on('request', (request) => request.url().endsWith('.json') && packRequests.push(request.url()));
    await page.goto(`${url}pinned.html`);
    const part = shown ? 'title' : 'fallback';
    await page.locator(`therapy-overview [part="${part}"]`).waitFor();
    if (shown) {
      assert.deepEqual(warnings, []);
      assert.equal(packRequests.length, 1, packRequests.join('\n'));
    } else
      assert.ok(
        warnings.some((text) => /hand-washing\/family\.en\.json could not be loaded/.test(text)),
        warnings.join('\n'),
      );
    await context.close();
  }
});
