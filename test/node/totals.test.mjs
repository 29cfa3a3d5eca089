// scripts/test.mjs adds up the runners' own totals; with several engines, every engine counts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nodeTestTotals, vitestTotals, webTestRunnerTotals } from '../../scripts/totals.mjs';

const bar = (done) => `|${'█'.repeat(done * 3)}${' '.repeat(30 - done * 3)}|`;
const redraw = '\u001b[2K\u001b[1A\u001b[2K\u001b[G';

const ENGINES = ['Chromium', 'Firefox', 'WebKit'];
/** The three engines' progress lines as one print shows them: for each, [test files done, passed, failed]. */
const progress = (...engines) =>
  engines
    .map(
      ([done, passed, failed], i) =>
        `${`${ENGINES[i]}:`.padEnd(9)} ${bar(done)} ${done}/10 test files | ${passed} passed, ${failed} failed`,
    )
    .join('\n');

// The shape of a real three-engine run: progress lines reprinted as files finish, then a summary.
const threeEngines = [
  progress([1, 0, 0], [0, 0, 0], [0, 0, 0]),
  '',
  'Running tests...',
  `${redraw}${progress([10, 123, 2], [1, 13, 0], [0, 0, 0])}`,
  '',
  'test/bundle.test.ts:',
  ' ❌ the script-tag bundle > adds no global variables to the page',
  `${redraw}${progress([10, 123, 2], [10, 124, 1], [10, 125, 0])}`,
  '',
  'Finished running tests in 24.2s with 3 failed tests.',
].join('\n');

test("web-test-runner totals add up every engine's last line", () => {
  assert.deepEqual(webTestRunnerTotals(threeEngines), { passed: 372, failed: 3 });
});

test('web-test-runner totals for one engine', () => {
  const oneEngine = `Firefox: ${bar(10)} 10/10 test files | 125 passed, 0 failed\n\nFinished running tests in 9s, all tests passed!`;
  assert.deepEqual(webTestRunnerTotals(oneEngine), { passed: 125, failed: 0 });
});

test('web-test-runner output without progress lines has no totals', () => {
  assert.equal(webTestRunnerTotals('Error: could not start WPEWebDriver'), undefined);
});

test("node's test runner totals come from its TAP summary", () => {
  assert.deepEqual(nodeTestTotals('ok 1 - a\n# tests 3\n# pass 2\n# fail 1\n'), { passed: 2, failed: 1 });
});

test('vitest totals read its summary line, with or without failures', () => {
  const passing =
    ' \u001b[2m Test Files \u001b[22m 6 passed (6)\n \u001b[2m      Tests \u001b[22m \u001b[1m29 passed\u001b[22m (29)\n';
  assert.deepEqual(vitestTotals(passing), { passed: 29, failed: 0 });
  const failing =
    ' Test Files  1 failed | 5 passed (6)\n      Tests  2 failed | 27 passed (29)\n   Start at  08:18:33\n';
  assert.deepEqual(vitestTotals(failing), { passed: 27, failed: 2 });
  assert.equal(vitestTotals('no summary here'), undefined);
});
