// A page with aggressive global CSS (root font size in percent, resets, !important rules): the
// widgets keep their layout and readable sizes, and loading them changes nothing of the page.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { ignoreFavicon, waitForWidgets, watchProblems } from './page-helpers.mjs';

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
after(close);

/** Every computed style of the page's own elements, and what the document holds. */
function snapshotPage() {
  const styles = {};
  // The page's containers grow around the widgets' content: their sizes may change, nothing else.
  const sizes = new Set(['height', 'block-size', 'perspective-origin', 'transform-origin']);
  for (const element of document.querySelectorAll(
    'html, body, section, #page-heading, #page-paragraph, #page-list li, #page-button, #page-link',
  )) {
    const computed = getComputedStyle(element);
    const container = element.matches('html, body, section');
    styles[element.id || element.localName] = Object.fromEntries(
      [...computed]
        .filter((name) => !(container && sizes.has(name)))
        .map((name) => [name, computed.getPropertyValue(name)]),
    );
  }
  return {
    styles,
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    headChildren: document.head.children.length - document.head.querySelectorAll('script').length,
    bodyAttributes: [...document.body.attributes].map((a) => a.name),
    rootAttributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    // Globals, enumerable or not (this page has no Lit of its own that would set Lit's), and
    // additions to built-ins such as Symbol.metadata.
    globals: Object.getOwnPropertyNames(window),
    symbolStatics: Object.getOwnPropertyNames(Symbol),
  };
}

test('the page looks exactly the same outside the widgets once they load', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  await ignoreFavicon(context);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(`${url}test/e2e/pages/hostile.html`);
  const before = await page.evaluate(snapshotPage);
  await page.addScriptTag({ url: '/dist/therapy-widgets.js', type: 'module' });
  await waitForWidgets(page);
  const afterLoad = await page.evaluate(snapshotPage);
  assert.ok(Object.keys(before.styles['page-paragraph']).length > 200, 'every computed property compared');
  assert.deepEqual(afterLoad, before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the widgets keep their layout and readable sizes on the hostile page', async () => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  await ignoreFavicon(context);
  const page = await context.newPage();
  await page.goto(`${url}test/e2e/pages/hostile.html`);
  await page.addScriptTag({ url: '/dist/therapy-widgets.js', type: 'module' });
  await waitForWidgets(page);
  const report = await page.evaluate(() => {
    const findings = [];
    const px = (value) => parseFloat(value);
    for (const widget of document.querySelectorAll('therapy-overview, side-effect-card, cog-disclaimer')) {
      const root = widget.shadowRoot;
      const name = widget.parentElement.className
        ? `${widget.localName} in .${widget.parentElement.className}`
        : widget.localName;
      for (const text of root.querySelectorAll('p, li')) {
        const style = getComputedStyle(text);
        const size = px(style.fontSize);
        if (size < 16 || size > 20) findings.push(`${name} body text ${size}px`);
        if (px(style.lineHeight) < size * 1.4) findings.push(`${name} line height ${style.lineHeight}`);
        if (px(style.marginTop) > 12 || px(style.marginBottom) > 16)
          findings.push(`${name} paragraph margin ${style.margin}`);
        if (style.display !== 'block' && style.display !== 'list-item')
          findings.push(`${name} <${text.localName}> ${style.display}`);
        if (style.textTransform !== 'none') findings.push(`${name} text transform ${style.textTransform}`);
        if (style.letterSpacing !== 'normal') findings.push(`${name} letter spacing ${style.letterSpacing}`);
        if (px(style.textIndent) !== 0) findings.push(`${name} text indent ${style.textIndent}`);
        if (style.textAlign !== 'start') findings.push(`${name} text align ${style.textAlign}`);
      }
      const title = px(getComputedStyle(root.querySelector('.title')).fontSize);
      if (title < 19 || title > 26) findings.push(`${name} title ${title}px`);
      const base = root.querySelector('.base');
      const baseStyle = getComputedStyle(base);
      if (baseStyle.boxSizing !== 'border-box') findings.push(`${name} box-sizing ${baseStyle.boxSizing}`);
      if (base.scrollWidth > base.clientWidth) findings.push(`${name} overflows sideways`);
      const width = widget.getBoundingClientRect().width;
      if (width < 300 || width > 46 * 16) findings.push(`${name} ${width}px wide`);
      if (Math.abs(base.getBoundingClientRect().width - width) > 0.5)
        findings.push(`${name} card wider than its element`);
    }
    const callout = document.querySelector('side-effect-card').shadowRoot.querySelector('.callout');
    if (getComputedStyle(callout).display !== 'flex') findings.push('warning box layout');
    return { findings, overflow: document.documentElement.scrollWidth - innerWidth };
  });
  assert.deepEqual(report.findings, []);
  assert.ok(report.overflow <= 0, `page overflows by ${report.overflow}px`);
  await context.close();
});
