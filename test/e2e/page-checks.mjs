// Checks the end-to-end tests share: problems a page reports, axe, layout shift, and a wait for a
// condition.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

/**
 * Records what a family would never want to see go wrong: script errors, console errors, failed
 * responses, and requests that leave the site's own origin.
 */
export function watchProblems(page, origin) {
  const problems = [];
  page.on('pageerror', (error) => problems.push(`error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
  );
  page.on('request', (request) => {
    const url = request.url();
    if (origin && !url.startsWith(origin) && !/^(data|blob|about):/.test(url)) problems.push(`left the site: ${url}`);
  });
  return problems;
}

/**
 * A new page in a browser context of its own (`contextOptions` as Playwright takes them), watched
 * for problems from the start (`origin` as watchProblems takes it). Close it with `context.close()`.
 */
export async function watchedPage(browser, origin, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  return { context, page, problems: watchProblems(page, origin) };
}

/**
 * Runs axe (WCAG 2.2 A and AA, and best practices) on the page and its same-origin frames.
 * `exclude` lists selectors of parts that are not the project's to fix (another product's UI).
 */
export async function axeViolations(page, { exclude = [] } = {}) {
  for (const frame of page.frames()) await frame.addScriptTag({ path: AXE });
  const results = await page.evaluate(
    (excluded) =>
      // eslint-disable-next-line no-undef -- axe is the script just added to the page.
      axe.run(
        excluded.length > 0 ? { include: [document], exclude: excluded.map((selector) => [selector]) } : document,
        {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      ),
    exclude,
  );
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * The sum of layout-shift scores not caused by input, as Chromium reports them, to four decimals.
 * Runs in the page: `page.evaluate(cumulativeLayoutShift)`.
 */
export function cumulativeLayoutShift() {
  return new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(Math.round(total * 10000) / 10000), 100);
  });
}

/** Waits until `check()` returns a truthy value, and returns it; fails after `timeout` ms. */
export async function eventually(check, { timeout = 5000, message = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${message} (last: ${last})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * The text a reader is given, across shadow roots and slots: what is shown, without navigation and
 * buttons (which have nothing to say without the widget), drawings and styles. Runs in the page.
 */
export function readerText(root) {
  const skip = new Set(['NAV', 'BUTTON', 'STYLE', 'SCRIPT', 'svg']);
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent;
    if (node.nodeType !== Node.ELEMENT_NODE || skip.has(node.nodeName)) return '';
    if (node.localName === 'slot') {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : [...node.childNodes]).map(walk).join(' ');
    }
    return [...(node.shadowRoot ?? node).childNodes].map(walk).join(' ');
  };
  return walk(root)
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;?!])/g, '$1')
    .trim();
}
