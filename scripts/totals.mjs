// Parsers for the test runners' own summaries, used by scripts/test.mjs to add up real totals.

// Terminal colour and cursor codes start with the escape character.
// eslint-disable-next-line no-control-regex
export const stripAnsi = (text) => text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');

// One engine's progress line: "Firefox:  |████| 10/10 test files | 125 passed, 0 failed".
const BROWSER_LINE = /^\s*([^\s|:][^|:]*):\s*\|[^|]*\|\s*\d+\/\d+ test files \| (\d+) passed, (\d+) failed/;

/**
 * Web Test Runner prints one progress line per engine and reprints them as tests finish, so
 * the totals are the sum, over every engine, of that engine's last line.
 */
export function webTestRunnerTotals(output) {
  const lastByBrowser = new Map();
  for (const line of stripAnsi(output).split(/\r?\n/)) {
    const match = BROWSER_LINE.exec(line);
    if (match) lastByBrowser.set(match[1].trim(), { passed: Number(match[2]), failed: Number(match[3]) });
  }
  if (lastByBrowser.size === 0) return undefined;
  let passed = 0;
  let failed = 0;
  for (const totals of lastByBrowser.values()) {
    passed += totals.passed;
    failed += totals.failed;
  }
  return { passed, failed };
}

/** Node's test runner with the TAP reporter ends with "# pass N" and "# fail N". */
export function nodeTestTotals(output) {
  const passed = /^# pass (\d+)/m.exec(output);
  const failed = /^# fail (\d+)/m.exec(output);
  return passed && failed ? { passed: Number(passed[1]), failed: Number(failed[1]) } : undefined;
}

/** Vitest ends with a line such as "Tests  2 failed | 27 passed (29)". */
export function vitestTotals(output) {
  const line = stripAnsi(output)
    .split(/\r?\n/)
    .map((text) => text.trim())
    .findLast((text) => /^Tests\s+\d/.test(text));
  if (!line) return undefined;
  const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed') };
}
