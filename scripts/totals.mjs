// How scripts/test.mjs counts: parsers for the test runners' own summaries, the rules that turn one
// step's exit code and summary into its totals, and the adding-up that decides the run's exit code.
// Pure functions of text and numbers, so test/node/totals.test.mjs can check each rule; run as a
// script, it gives CI its verdict on npm test's output (.ci/run).

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// Terminal colour and cursor codes start with the escape character.
// eslint-disable-next-line no-control-regex
export const stripAnsi = (text) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

/** Kinds of test a runner reports as not run: each one counts as a failure (a test left out is a defect). */
export const NOT_RUN = ['skipped', 'todo', 'cancelled'];

// One engine's progress line: "Firefox:  |████| 10/10 test files | 125 passed, 0 failed" and, when
// tests were skipped, ", 3 skipped".
const BROWSER_LINE =
  /^\s*([^\s|:][^|:]*):\s*\|[^|]*\|\s*\d+\/\d+ test files \| (\d+) passed, (\d+) failed(?:, (\d+) skipped)?/;

/**
 * Web Test Runner prints one progress line per engine and reprints them as tests finish, so
 * the totals are the sum, over every engine, of that engine's last line.
 */
export function webTestRunnerTotals(output) {
  const lastByBrowser = new Map();
  for (const line of stripAnsi(output).split(/\r?\n/)) {
    const match = BROWSER_LINE.exec(line);
    if (match) {
      const [passed, failed, skipped] = match.slice(2).map((count) => Number(count ?? 0));
      lastByBrowser.set(match[1].trim(), { passed, failed, skipped });
    }
  }
  if (lastByBrowser.size === 0) return undefined;
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const engine of lastByBrowser.values()) for (const key of Object.keys(totals)) totals[key] += engine[key];
  return totals;
}

/**
 * Node's test runner with the TAP reporter ends with "# pass N", "# fail N", "# cancelled N",
 * "# skipped N" and "# todo N". A test file's own output can show up as "# …" lines too, so each
 * count is the last one printed.
 */
export function nodeTestTotals(output) {
  const last = (word) => [...output.matchAll(new RegExp(`^# ${word} (\\d+)$`, 'gm'))].at(-1)?.[1];
  const [passed, failed] = [last('pass'), last('fail')];
  if (passed === undefined || failed === undefined) return undefined;
  const totals = { passed: Number(passed), failed: Number(failed) };
  for (const kind of NOT_RUN) totals[kind] = Number(last(kind) ?? 0);
  return totals;
}

/** Vitest ends with a line such as "Tests  1 failed | 27 passed | 2 skipped | 1 todo (31)". */
export function vitestTotals(output) {
  const line = stripAnsi(output)
    .split(/\r?\n/)
    .map((text) => text.trim())
    .findLast((text) => /^Tests\s+\d/.test(text));
  if (!line) return undefined;
  const count = (word) => Number(new RegExp(`(\\d+) ${word}\\b`).exec(line)?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped'), todo: count('todo') };
}

/**
 * One step's totals. A check (build, types, lint, format: no `count`) is one test, passed when it
 * exits 0. A test runner's totals are its own summary's, where every test not run counts as a
 * failure; a runner that ends with no summary, or with a summary of no tests, has one failure. A
 * step that exits non-zero, or that a signal ends (`code` null), fails with at least one failure,
 * whatever its summary says.
 *
 * @param {{ name: string, count?: (output: string) => object | undefined }} step
 * @param {{ code: number | null, signal?: string | null, output: string, seconds: number }} run
 * @returns {{ name: string, passed: number, failed: number, ok: boolean, line: string }}
 */
export function stepTotals(step, { code, signal = null, output, seconds }) {
  const notes = [];
  let passed;
  let failed;
  if (!step.count) {
    passed = code === 0 ? 1 : 0;
    failed = code === 0 ? 0 : 1;
  } else {
    const totals = step.count(output);
    if (!totals) {
      notes.push('no totals in its output');
      [passed, failed] = [0, 1];
    } else {
      const notRun = NOT_RUN.filter((kind) => totals[kind] > 0);
      passed = totals.passed;
      failed = totals.failed + notRun.reduce((sum, kind) => sum + totals[kind], 0);
      if (notRun.length > 0)
        notes.push(`${notRun.map((kind) => `${totals[kind]} ${kind}`).join(', ')}: counted as failed`);
      if (passed + failed === 0) {
        notes.push('ran no tests');
        failed = 1;
      }
    }
  }
  if (code !== 0) {
    notes.push(code === null ? `ended by ${signal ?? 'a signal'}` : `exit code ${code}`);
    failed = Math.max(failed, 1);
  }
  const ok = failed === 0;
  const details = [...notes, `${seconds.toFixed(1)} s`].join('; ');
  return {
    name: step.name,
    passed,
    failed,
    ok,
    line: `${ok ? 'ok  ' : 'FAIL'} ${step.name}: ${passed} passed, ${failed} failed (${details})`,
  };
}

/**
 * The run's totals from its steps' (`stepTotals`), the last line it prints ("N passed, N failed")
 * and its exit code: 1 if any step failed, 0 otherwise. A run of no steps has failed.
 */
export function runTotals(steps) {
  const passed = steps.reduce((sum, step) => sum + step.passed, 0);
  const failed = steps.reduce((sum, step) => sum + step.failed, 0) + (steps.length === 0 ? 1 : 0);
  const exitCode = failed > 0 || steps.some((step) => !step.ok) ? 1 : 0;
  return { passed, failed, exitCode, line: `${passed} passed, ${failed} failed` };
}

const TOTALS_LINE = /^(\d+) passed, (\d+) failed$/;
// A step's line in the summary scripts/test.mjs prints (`stepTotals`); step names may hold colons.
const FAILED_STEP_LINE = /^FAIL .+: \d+ passed, \d+ failed \(/;

/**
 * What CI reports from the whole output of `npm test` and its exit code: the lines to print, the
 * last being "N passed, N failed", and the exit code. The totals are npm test's own last line; a
 * step reported as FAIL fails the run even if that line or the exit code says otherwise, and counts
 * as at least one failure in the line CI reads.
 */
export function ciVerdict(log, status) {
  const lines = stripAnsi(log).split(/\r?\n/);
  const failedSteps = lines.filter((line) => FAILED_STEP_LINE.test(line)).length;
  const totals = lines.findLast((line) => TOTALS_LINE.test(line));
  const printed = [];
  let passed = 0;
  let failed;
  if (totals === undefined) {
    printed.push(`npm test ended without totals (exit ${status})`);
    failed = Math.max(failedSteps, 1);
  } else {
    [passed, failed] = TOTALS_LINE.exec(totals).slice(1).map(Number);
    if (failedSteps > failed) {
      printed.push(
        `Steps reported as FAIL: ${failedSteps}, but npm test's totals count ${failed} failed; each failed step counts as one.`,
      );
      failed = failedSteps;
    }
    if (status !== 0 && failed === 0) {
      printed.push(`npm test exited ${status}, but its totals count no failure: that counts as one.`);
      failed = 1;
    }
  }
  return {
    lines: [...printed, `${passed} passed, ${failed} failed`],
    exitCode: status !== 0 ? status : failed > 0 ? 1 : 0,
  };
}

// `node scripts/totals.mjs <log> <status>`: prints CI's verdict on npm test's output (saved in
// <log>) and its exit code (.ci/run), and exits with the verdict's code.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [log, status] = process.argv.slice(2);
  const verdict = ciVerdict(readFileSync(log, 'utf8'), /^\d+$/.test(status ?? '') ? Number(status) : 1);
  console.log(verdict.lines.join('\n'));
  process.exitCode = verdict.exitCode;
}
