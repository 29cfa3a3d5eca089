// Case 4: Lighthouse's scores for the demo site's hospital page, in Debian's Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/chromium.mjs';
import { groupAlive } from '../process-group.mjs';
import { LIGHTHOUSE_RUNS, median, pause } from './settings.mjs';

/**
 * Chromium with a DevTools port for Lighthouse and a profile folder of its own. chrome-launcher
 * starts it as the leader of a process group; `stop()` ends that group, waits until every
 * process in it (renderers, GPU and crash-reporter helpers included) has exited, and only then
 * removes the profile folder: a helper still writing into it is what made removing it fail with
 * ENOTEMPTY. A folder that still cannot be removed is reported, not thrown: it costs no results.
 */
async function startChrome() {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  const removeProfile = () => {
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`Could not remove the Lighthouse profile folder ${profile}: ${error.message}`);
    }
  };
  let chrome;
  try {
    chrome = await launch({
      chromePath: CHROMIUM_PATH,
      // The same flags as every other Chromium here, not chrome-launcher's own set.
      ignoreDefaultFlags: true,
      chromeFlags: ['--headless', ...CHROMIUM_ARGS],
      userDataDir: profile,
      logLevel: 'silent',
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  const stop = async () => {
    const pgid = chrome.process.pid;
    // chrome-launcher sends SIGKILL to the whole group; it leaves a folder it was given alone.
    chrome.kill();
    for (let waited = 0; groupAlive(pgid) && waited < 10000; waited += 100) await pause(100);
    removeProfile();
  };
  return { port: chrome.port, stop };
}

/** Case 4: the median scores and metrics of LIGHTHOUSE_RUNS runs on `url`, and what cost points. */
export async function lighthouseCase(url) {
  const { default: lighthouse } = await import('lighthouse');
  const runs = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    const chrome = await startChrome();
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      // A page Lighthouse could not load still gives a report, with no scores: that is a failure.
      const { runtimeError } = result.lhr;
      if (runtimeError)
        throw new Error(`Lighthouse could not measure ${url}: ${runtimeError.code} ${runtimeError.message}`);
      runs.push(result.lhr);
    } finally {
      await chrome.stop();
    }
  }
  const categories = Object.keys(runs[0].categories);
  const scores = Object.fromEntries(
    categories.map((id) => [id, median(runs.map((lhr) => Math.round(lhr.categories[id].score * 100)))]),
  );
  // Audits that cost points in any run, to explain a score below 100.
  const misses = new Map();
  for (const lhr of runs) {
    for (const [id, category] of Object.entries(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          misses.set(`${id}: ${audit.title}`, audit.displayValue ?? '');
        }
      }
    }
  }
  return {
    version: runs[0].lighthouseVersion,
    formFactor: runs[0].configSettings.formFactor,
    throttling: runs[0].configSettings.throttlingMethod,
    metrics: {
      fcp: median(runs.map((lhr) => lhr.audits['first-contentful-paint'].numericValue)),
      lcp: median(runs.map((lhr) => lhr.audits['largest-contentful-paint'].numericValue)),
      tbt: median(runs.map((lhr) => lhr.audits['total-blocking-time'].numericValue)),
      cls: Math.max(...runs.map((lhr) => lhr.audits['cumulative-layout-shift'].numericValue)),
    },
    titles: Object.fromEntries(categories.map((id) => [id, runs[0].categories[id].title])),
    scores,
    misses: [...misses],
  };
}
