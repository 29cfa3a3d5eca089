// The docs site (dist-site/docs/, built by `npm run build`) as `npm start` serves it: every page is
// reachable from the index, passes axe, reads at 320 px without sideways scrolling, starts with a
// skip link, marks itself in the navigation, and every link on it leads somewhere real.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, test } from 'node:test';
import { outputPath, sourcePages } from '../../scripts/build-docs.mjs';
import { openBrowserAndSite } from './browser.mjs';
import { axeViolations, watchProblems } from './page-checks.mjs';

const { browser, url, close } = await openBrowserAndSite();
after(close);

const built = readdirSync('dist-site/docs', { recursive: true })
  .map((file) => String(file).split('\\').join('/'))
  .filter((file) => file.endsWith('.html'))
  .sort();

async function open(path, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = watchProblems(page, new URL(url).origin);
  await page.goto(new URL(`docs/${path}`, url).href);
  return { context, page, problems };
}

test('the site has one page for every Markdown page, and the index links each of them', async () => {
  assert.deepEqual(built, [...sourcePages().map(outputPath), 'index.html'].sort());
  const { context, page, problems } = await open('');
  const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  assert.deepEqual([...links].sort(), built.filter((file) => file !== 'index.html').sort());
  for (const group of ['Web teams', 'CMS editors', 'Designers', 'Content authors'])
    assert.equal(
      await page.getByRole('heading', { name: group, level: 2 }).count(),
      2,
      `${group} in the nav and index`,
    );
  assert.deepEqual(problems, []);
  await context.close();
});

for (const path of built) {
  test(`docs/${path}: accessible, skip link first, current page marked, every link leads somewhere`, async () => {
    const { context, page, problems } = await open(path);
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to content');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#main');
    assert.equal(await page.locator('main#main').count(), 1);
    assert.equal(await page.locator('a[aria-current="page"]').first().getAttribute('href'), path.split('/').pop());
    assert.deepEqual(await axeViolations(page), []);

    const targets = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], img[src], link[href]')].map((element) => element.href || element.src),
    );
    for (const target of new Set(targets)) {
      const address = new URL(target);
      if (address.origin !== new URL(url).origin) continue;
      const response = await page.request.get(address.href);
      assert.equal(response.status(), 200, `${target} from ${path}`);
      if (address.hash && address.pathname.endsWith('.html')) {
        const html = await response.text();
        const id = decodeURIComponent(address.hash.slice(1));
        assert.ok(html.includes(`id="${id}"`), `${target} from ${path}: no element with that id`);
      }
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('every page reads at 320 px wide without sideways scrolling', async () => {
  for (const path of built) {
    const { context, page, problems } = await open(path, { width: 320, height: 640 });
    await page.waitForLoadState('load');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `docs/${path} is ${width} px wide`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
