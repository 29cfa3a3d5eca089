// The widgets against plain HTML, in headless Chromium: `npm run bench` (builds first). Not part
// of `npm test`: timings depend on the machine. Writes the results into BENCHMARKS.md between
// the bench:start and bench:end markers, with the machine and versions, so anyone can rerun and
// compare. Every widget/baseline pair is measured in the same run, interleaved (A, B, A, B, …),
// and reported as medians. The cases, the pages and the report are in scripts/bench/.
//
// Each case runs on its own: one that fails is printed and reported with its error, and the
// others still print and are written. The run then exits with a failure code.
//
// ROUNDS=n changes the number of rounds (default 21: first visits on a small machine need them); BENCH_NO_WRITE=1 prints without writing.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, totalmem } from 'node:os';
import { launchChromium } from '../test/e2e/browser.mjs';
import { cardsCase } from './bench/cards.mjs';
import { contentCase, writeStaticPages } from './bench/content.mjs';
import { lighthouseCase } from './bench/lighthouse.mjs';
import { jitlessMemoryCase, memoryCase } from './bench/memory.mjs';
import { writePages } from './bench/pages.mjs';
import { report, writeBenchmarks } from './bench/report.mjs';
import { serveInWorker } from './bench/server.mjs';
import { CARDS } from './bench/settings.mjs';

const started = Date.now();
const loadAtStart = loadavg()[0];
const log = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);

/** Each case's result, or the Error it failed with. */
const results = {};
async function measure(key, title, run) {
  log(title);
  try {
    results[key] = await run();
  } catch (error) {
    console.error(`${title}: failed.`, error);
    results[key] = error instanceof Error ? error : new Error(String(error));
  }
}

// Cases 1 to 3 share one Chromium; one that crashed it gets a new one for the next case.
let browser;
let chromium = 'Chromium';
async function sharedBrowser() {
  if (!browser?.isConnected()) {
    browser = await launchChromium();
    chromium = `Chromium ${browser.version()}`;
  }
  return browser;
}
async function closeSharedBrowser() {
  await browser?.close().catch(() => undefined);
  browser = undefined;
}

const dir = writePages();
const pages = await serveInWorker({ root: dir, index: '/' });
// The demo site, its text compressed as a production web server sends it: Lighthouse's simulated
// network counts the bytes sent.
const project = await serveInWorker({ compress: true });
try {
  let staticPages;
  await measure('content', '1. content: widgets vs. static HTML', async () => {
    staticPages = await writeStaticPages(await sharedBrowser(), pages.url, dir);
    return contentCase(await sharedBrowser(), pages.url, staticPages);
  });
  await measure('cards', `2. ${CARDS} cards: widgets vs. plain DOM`, async () => {
    if (!staticPages) throw new Error('the plain cards need the stylesheet case 1 generates, and case 1 failed first');
    return cardsCase(await sharedBrowser(), pages.url);
  });
  await measure('heap', '3. memory', async () => {
    const heap = await memoryCase(await sharedBrowser(), pages.url);
    // Its cores are free again before the next Chromium starts.
    await closeSharedBrowser();
    heap.jitless = await jitlessMemoryCase(pages.url);
    return heap;
  });
  await closeSharedBrowser();
  await measure('lighthouse', '4. Lighthouse on the demo page', () => lighthouseCase(`${project.url}hospital/`));

  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpu: cpus()[0].model.trim(),
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 1024 ** 3)} GB`,
    load: `${loadAtStart.toFixed(1)} / ${loadavg()[0].toFixed(1)}`,
    node: process.version,
    chromium,
    lighthouse: createRequire(import.meta.url)('lighthouse/package.json').version,
  };
  const seconds = Math.round((Date.now() - started) / 1000);
  const section = report({ machine, results, seconds });
  console.log(`\n${section}`);
  if (!process.env.BENCH_NO_WRITE) {
    await writeBenchmarks(section);
    console.log('BENCHMARKS.md updated.');
  }
  const failed = Object.entries(results).filter(([, result]) => result instanceof Error);
  if (failed.length > 0) {
    console.error(`Failed: ${failed.map(([key]) => key).join(', ')}.`);
    process.exitCode = 1;
  }
} finally {
  await closeSharedBrowser();
  await pages.stop();
  await project.stop();
  rmSync(dir, { recursive: true, force: true });
}
