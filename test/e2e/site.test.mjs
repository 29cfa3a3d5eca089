// The demo site as `npm start` serves it (dist-site/, built by `npm run build`), loaded as a
// family's or an editor's browser would load it.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { axeViolations, watchProblems } from './page-checks.mjs';

const WIDGETS = ['therapy-overview', 'how-it-works', 'side-effect-card', 'cog-disclaimer'];
const HOSPITAL_PAGES = [
  { path: 'hospital/', lang: 'en', script: '../dist/therapy-widgets.js', title: 'What is targeted therapy?' },
  { path: 'hospital/es/', lang: 'es', script: '../../dist/therapy-widgets.js', title: '¿Qué es la terapia dirigida?' },
];

const { browser, url, close } = await openBrowserAndSite();
after(close);

async function open(path, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = watchProblems(page, new URL(url).origin);
  await page.goto(new URL(path, url).href);
  return { context, page, problems };
}

test("the site root is a landing page that links to the hospital pages, the children's page, the builder and the docs", async () => {
  const { context, page, problems } = await open('');
  assert.equal(new URL(page.url()).pathname, '/');
  assert.equal(await page.locator('h1').count(), 1);
  const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => new URL(a.href).pathname));
  const pages = ['/hospital/', '/hospital/es/', '/hospital/kids/', '/builder/', '/docs/'];
  for (const path of pages) assert.ok(links.includes(path), path);
  for (const path of pages) {
    const response = await page.request.get(new URL(path, url).href);
    assert.equal(response.status(), 200, path);
  }
  await page.locator('main a[href="builder/"]').click();
  await page.waitForURL('**/builder/');
  // The builder is ready once its form has its choices (as its own tests wait for).
  await page.locator('form[data-ready]').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(url);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const { path, lang, script, title } of HOSPITAL_PAGES) {
  test(`the hospital page ${path} embeds the widgets as the docs say, and they render`, async () => {
    // As served: one script tag for the built bundle, and the elements in the HTML, written
    // pre-rendered by the site's build (docs/prerendering.md), so the page neither waits for the
    // script (no blocking="render") nor holds their space (no therapy-widgets.css), as that guide
    // says. The search engines' description they carry is data, not a script that runs.
    const html = await (await fetch(new URL(path, url))).text();
    assert.deepEqual(
      [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag).filter((tag) => !tag.includes('application/ld+json')),
      [`<script type="module" src="${script}">`],
    );
    for (const tag of WIDGETS) {
      assert.match(html, new RegExp(`<${tag} [^>]*data-prerendered[^>]*><template [^>]*shadowrootmode="open">`), tag);
    }
    assert.ok(!html.includes('therapy-widgets.css'), 'no space-holding stylesheet');
    // The topic's pack is fetched alongside the script, as the docs say.
    const pack = script.replace('therapy-widgets.js', `packs/targeted-therapy/family.${lang}.json`);
    assert.ok(html.includes(`<link rel="preload" as="fetch" href="${pack}" crossorigin />`), pack);
    for (const tag of WIDGETS) assert.match(html, new RegExp(`<${tag}[\\s>]`), tag);

    const { context, page, problems } = await open(path);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    for (const tag of WIDGETS) {
      const heading = page.locator(`${tag} h2`).first();
      await heading.waitFor();
      assert.ok((await heading.textContent()).trim().length > 0, tag);
    }
    assert.equal(await page.locator('therapy-overview #title').textContent(), title);
    assert.match(await page.locator('cog-disclaimer [part="phone"]').textContent(), /911/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the Spanish page speaks Spanish in its own text and links back to the English page', async () => {
  const { context, page, problems } = await open('hospital/es/');
  assert.equal(await page.locator('h1').textContent(), 'Terapia dirigida');
  assert.match(await page.locator('main .lead').textContent(), /usted|le /);
  const english = page.locator('a[hreflang="en"]', { hasText: 'English' });
  assert.equal(await english.getAttribute('lang'), 'en');
  await english.click();
  await page.waitForURL(new URL('hospital/', url).href);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(problems, []);
  await context.close();
});

test("the children's page shows the whole topic written for children", async () => {
  const { context, page, problems } = await open('hospital/kids/');
  const title = page.locator('therapy-page [part="title"]').first();
  await title.waitFor();
  assert.equal(await page.locator('therapy-page').getAttribute('audience'), 'child');
  const text = await page.locator('therapy-page').evaluate((element) => {
    const collect = (root) =>
      [...root.querySelectorAll('*')].map((node) => (node.shadowRoot ? collect(node.shadowRoot) : '')).join(' ') +
      root.textContent;
    return collect(element.shadowRoot);
  });
  // Words from the children's pack and the children's disclaimer, not the families'.
  assert.match(text, /Tell a grown-up right now/);
  assert.match(text, /Or get a grown-up to call/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every page fits a 320 px wide screen without sideways scrolling', async () => {
  for (const path of ['', 'hospital/', 'hospital/es/', 'hospital/kids/', 'builder/']) {
    const { context, page, problems } = await open(path, { width: 320, height: 640 });
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${path || '/'} is ${width} px wide`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
