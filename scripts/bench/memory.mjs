// Case 3: whether 1,000 <side-effect-card>s, created, rendered and removed again and again on one
// page, leave anything behind.
import { CHROMIUM_ARGS, launchChromium } from '../../test/e2e/browser.mjs';
import { CARDS, MEMORY_ROUNDS } from './settings.mjs';

/** Case 3, in `browser`: the heap and DOM node count before, and after every round. */
export async function memoryCase(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${base}cards-widgets.html`);
  await page.evaluate(() => customElements.whenDefined('side-effect-card'));
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const { nodes } = await cdp.send('Memory.getDOMCounters');
    return { heap: usedSize, nodes };
  };
  const before = await measure();
  const rounds = [];
  for (let round = 0; round < MEMORY_ROUNDS; round++) {
    await page.evaluate(async (count) => {
      const container = document.getElementById('cards');
      for (let i = 0; i < count; i++) container.append(document.createElement('side-effect-card'));
      await Promise.all([...container.children].map((card) => card.updateComplete));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      container.replaceChildren();
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }, CARDS);
    rounds.push(await measure());
  }
  await context.close();
  return { before, first: rounds[0], last: rounds.at(-1), rounds };
}

/**
 * The same rounds in a Chromium of their own with V8's compilers off: growth left here would be
 * the widgets' own, not the JIT's.
 */
export async function jitlessMemoryCase(base) {
  const jitless = await launchChromium({ args: [...CHROMIUM_ARGS, '--js-flags=--jitless'] });
  try {
    return await memoryCase(jitless, base);
  } finally {
    await jitless.close();
  }
}
