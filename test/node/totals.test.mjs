// scripts/test.mjs adds up the runners' own totals; with several engines, every engine counts. A
// test that did not run (skipped, todo, cancelled) counts as a failure, and so does a step that
// exits non-zero. The samples are the runners' real output (trimmed), colour codes included.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  ciVerdict,
  nodeTestTotals,
  runTotals,
  stepTotals,
  vitestTotals,
  webTestRunnerTotals,
} from '../../scripts/totals.mjs';

const bar = (done, of = 10) => `|${'█'.repeat(Math.round((done * 30) / of)).padEnd(30)}|`;
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

const threeEnginesPassing = `${progress([10, 125, 0], [10, 125, 0], [10, 125, 0])}\n\nFinished running tests in 24s, all tests passed!`;

// Firefox on the whole suite with two more files: one with `it.only` (refused by `forbidOnly`),
// one with `it.skip`, a test with no body and one calling `this.skip()`. It exited 1.
const firefoxWithOnlyAndSkip = [
  `Firefox: ${bar(1, 25)} 0/25 test files | 0 passed, 0 failed`,
  '',
  'Running tests...',
  `${redraw}Firefox: ${bar(19, 25)} 19/25 test files | 354 passed, 0 failed`,
  '',
  'test/zz-throwaway-only.test.ts:',
  '',
  ' 🚧 Browser logs:',
  '      Error: `.only` forbidden by --forbid-only',
  '        at test/zz-throwaway-only.test.ts:4:5',
  '        at test/zz-throwaway-only.test.ts:3:9',
  '',
  ' ❌ Could not import your test module. Check the browser logs or open the browser in debug mode for more information. ',
  '',
  `${redraw}Firefox: ${bar(25, 25)} 25/25 test files | 471 passed, 0 failed, 3 skipped`,
  '',
  'Error while running tests.',
].join('\n');

// Chromium on four files, one of them with `it.only`: it exited 1.
const chromiumWithOnly = [
  `Chromium: ${bar(0, 4)} 0/4 test files | 0 passed, 0 failed`,
  '',
  'Running tests...',
  `${redraw}test/zz-throwaway-only.test.ts:`,
  '',
  ' 🚧 Browser logs:',
  '      Error: `.only` forbidden by --forbid-only',
  '        at g.<anonymous> (test/zz-throwaway-only.test.ts:4:5)',
  '',
  ' ❌ Could not import your test module. Check the browser logs or open the browser in debug mode for more information. ',
  '',
  `${redraw}Chromium: ${bar(4, 4)} 4/4 test files | 25 passed, 0 failed`,
  '',
  'Error while running tests.',
].join('\n');

// Chromium on three files, one of them with the three kinds of pending test: it exited 0.
const chromiumWithSkips = `Chromium: ${bar(3, 3)} 3/3 test files | 24 passed, 0 failed, 3 skipped\n\nFinished running tests in 7.4s, all tests passed! 🎉\n`;

// Node's TAP reporter on a file with a pass, two failures (one a parent whose child it cancelled),
// test.skip, { skip: true }, t.skip(), test.todo and t.todo(). It exited 1.
const nodeTap = [
  'TAP version 13',
  '# Subtest: passes',
  'ok 1 - passes',
  '  ---',
  '  duration_ms: 16.832802',
  '  ...',
  '# Subtest: skipped by test.skip',
  'ok 3 - skipped by test.skip # SKIP',
  '# Subtest: todo by test.todo',
  'ok 6 - todo by test.todo # TODO',
  '# Subtest: parent ends before its child',
  '    # Subtest: child',
  '    not ok 1 - child',
  '      ---',
  "      failureType: 'cancelledByParent'",
  "      error: 'test did not finish before its parent and was cancelled'",
  '      ...',
  '    1..1',
  'not ok 8 - parent ends before its child',
  '1..8',
  '# tests 9',
  '# suites 0',
  '# pass 1',
  '# fail 2',
  '# cancelled 1',
  '# skipped 3',
  '# todo 2',
  '# duration_ms 493.14756',
  '',
].join('\n');

// Node's TAP reporter shows what a test file prints as "# …" lines, before the summary.
const nodeTapWithPrints = [
  'TAP version 13',
  '# \\# pass 99',
  '# pass 98',
  '# Subtest: prints',
  'ok 1 - prints',
  '1..1',
  '# tests 1',
  '# suites 0',
  '# pass 1',
  '# fail 0',
  '# cancelled 0',
  '# skipped 0',
  '# todo 0',
  '# duration_ms 240.1',
  '',
].join('\n');

// Vitest on a file with a pass, a failure, test.skip, test.todo and context.skip(), and a file
// with a pass (it exited 1); then with the failure taken out (it exited 0).
const vitestMixed = [
  ' \u001b[31m FAIL \u001b[39m a.test.mjs\u001b[2m > \u001b[22mfails',
  '\u001b[2m Test Files \u001b[22m \u001b[1m\u001b[31m1 failed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[1m\u001b[32m1 passed\u001b[39m\u001b[22m\u001b[90m (2)\u001b[39m',
  '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[31m1 failed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[1m\u001b[32m2 passed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[33m2 skipped\u001b[39m\u001b[2m | \u001b[22m\u001b[90m1 todo\u001b[39m\u001b[90m (6)\u001b[39m',
  '\u001b[2m   Start at \u001b[22m 19:06:24',
  '',
].join('\n');
const vitestSkipsOnly = [
  '\u001b[2m Test Files \u001b[22m \u001b[1m\u001b[32m2 passed\u001b[39m\u001b[22m\u001b[90m (2)\u001b[39m',
  '\u001b[2m      Tests \u001b[22m \u001b[1m\u001b[32m2 passed\u001b[39m\u001b[22m\u001b[2m | \u001b[22m\u001b[33m2 skipped\u001b[39m\u001b[2m | \u001b[22m\u001b[90m1 todo\u001b[39m\u001b[90m (5)\u001b[39m',
  '\u001b[2m   Start at \u001b[22m 19:06:29',
  '',
].join('\n');

test("web-test-runner totals add up every engine's last line", () => {
  assert.deepEqual(webTestRunnerTotals(threeEngines), { passed: 372, failed: 3, skipped: 0 });
});

test('web-test-runner totals for one engine', () => {
  const oneEngine = `Firefox: ${bar(10)} 10/10 test files | 125 passed, 0 failed\n\nFinished running tests in 9s, all tests passed!`;
  assert.deepEqual(webTestRunnerTotals(oneEngine), { passed: 125, failed: 0, skipped: 0 });
});

test('web-test-runner totals read the skipped tests', () => {
  assert.deepEqual(webTestRunnerTotals(chromiumWithSkips), { passed: 24, failed: 0, skipped: 3 });
  assert.deepEqual(webTestRunnerTotals(firefoxWithOnlyAndSkip), { passed: 471, failed: 0, skipped: 3 });
});

test('web-test-runner output without progress lines has no totals', () => {
  assert.equal(webTestRunnerTotals('Error: could not start WPEWebDriver'), undefined);
});

test("node's test runner totals come from its TAP summary, with the tests that did not run", () => {
  assert.deepEqual(nodeTestTotals(nodeTap), { passed: 1, failed: 2, cancelled: 1, skipped: 3, todo: 2 });
});

test("node's test runner totals are its summary's, not what a test file printed before it", () => {
  assert.deepEqual(nodeTestTotals(nodeTapWithPrints), { passed: 1, failed: 0, cancelled: 0, skipped: 0, todo: 0 });
  assert.equal(nodeTestTotals('# pass 98\nBail out!'), undefined);
});

test('vitest totals read its summary line, with or without failures', () => {
  const passing =
    ' \u001b[2m Test Files \u001b[22m 6 passed (6)\n \u001b[2m      Tests \u001b[22m \u001b[1m29 passed\u001b[22m (29)\n';
  assert.deepEqual(vitestTotals(passing), { passed: 29, failed: 0, skipped: 0, todo: 0 });
  const failing =
    ' Test Files  1 failed | 5 passed (6)\n      Tests  2 failed | 27 passed (29)\n   Start at  08:18:33\n';
  assert.deepEqual(vitestTotals(failing), { passed: 27, failed: 2, skipped: 0, todo: 0 });
  assert.equal(vitestTotals('no summary here'), undefined);
});

test('vitest totals read the skipped and todo tests', () => {
  assert.deepEqual(vitestTotals(vitestMixed), { passed: 2, failed: 1, skipped: 2, todo: 1 });
  assert.deepEqual(vitestTotals(vitestSkipsOnly), { passed: 2, failed: 0, skipped: 2, todo: 1 });
});

const check = { name: 'ESLint' };
const browserStep = { name: 'browser tests (firefox)', count: webTestRunnerTotals };
const nodeStep = { name: 'package tests', count: nodeTestTotals };
const vitestStep = { name: 'Storybook stories', count: vitestTotals };

test('a check passes as one test when it exits 0, and fails as one otherwise', () => {
  assert.deepEqual(stepTotals(check, { code: 0, output: '', seconds: 3.24 }), {
    name: 'ESLint',
    passed: 1,
    failed: 0,
    ok: true,
    line: 'ok   ESLint: 1 passed, 0 failed (3.2 s)',
  });
  assert.deepEqual(stepTotals(check, { code: 1, output: '', seconds: 3 }), {
    name: 'ESLint',
    passed: 0,
    failed: 1,
    ok: false,
    line: 'FAIL ESLint: 0 passed, 1 failed (exit code 1; 3.0 s)',
  });
});

test("a runner's step has its summary's totals", () => {
  const passing = stepTotals(browserStep, {
    code: 0,
    output: threeEnginesPassing,
    seconds: 60,
  });
  assert.equal(passing.line, 'ok   browser tests (firefox): 375 passed, 0 failed (60.0 s)');
  const failing = stepTotals(browserStep, { code: 1, output: threeEngines, seconds: 60 });
  assert.deepEqual([failing.passed, failing.failed, failing.ok], [372, 3, false]);
  assert.equal(failing.line, 'FAIL browser tests (firefox): 372 passed, 3 failed (exit code 1; 60.0 s)');
});

test('tests that did not run count as failed, and show in the step line', () => {
  const node = stepTotals(nodeStep, { code: 1, output: nodeTap, seconds: 1 });
  assert.deepEqual([node.passed, node.failed], [1, 8]);
  assert.equal(
    node.line,
    'FAIL package tests: 1 passed, 8 failed (3 skipped, 2 todo, 1 cancelled: counted as failed; exit code 1; 1.0 s)',
  );
  // Only skipped tests, and the runner exited 0: still a failed step.
  const skipsOnly = stepTotals(vitestStep, { code: 0, output: vitestSkipsOnly, seconds: 2 });
  assert.deepEqual([skipsOnly.passed, skipsOnly.failed, skipsOnly.ok], [2, 3, false]);
  assert.equal(
    skipsOnly.line,
    'FAIL Storybook stories: 2 passed, 3 failed (2 skipped, 1 todo: counted as failed; 2.0 s)',
  );
  const browser = stepTotals(browserStep, { code: 0, output: chromiumWithSkips, seconds: 7 });
  assert.deepEqual([browser.passed, browser.failed, browser.ok], [24, 3, false]);
});

test('a step that exits non-zero has at least one failure, whatever its totals say', () => {
  // `.only` refused: the file counts no test, and the runner exits 1.
  const only = stepTotals(browserStep, { code: 1, output: chromiumWithOnly, seconds: 9 });
  assert.deepEqual([only.passed, only.failed, only.ok], [25, 1, false]);
  assert.equal(only.line, 'FAIL browser tests (firefox): 25 passed, 1 failed (exit code 1; 9.0 s)');
  const withSkips = stepTotals(browserStep, { code: 1, output: firefoxWithOnlyAndSkip, seconds: 9 });
  assert.deepEqual([withSkips.passed, withSkips.failed], [471, 3]);
});

test('a runner that crashes before its summary has one failure', () => {
  const crashed = stepTotals(nodeStep, { code: 1, output: 'TAP version 13\nError: Cannot find module', seconds: 0.4 });
  assert.deepEqual([crashed.passed, crashed.failed, crashed.ok], [0, 1, false]);
  assert.equal(crashed.line, 'FAIL package tests: 0 passed, 1 failed (no totals in its output; exit code 1; 0.4 s)');
  // Even when it exits 0: totals that cannot be read are not a pass.
  assert.equal(stepTotals(nodeStep, { code: 0, output: 'TAP version 13\n', seconds: 1 }).failed, 1);
});

test('a runner that ran no test has one failure', () => {
  const empty = stepTotals(nodeStep, { code: 0, output: '# pass 0\n# fail 0\n', seconds: 1 });
  assert.deepEqual([empty.passed, empty.failed], [0, 1]);
  assert.equal(empty.line, 'FAIL package tests: 0 passed, 1 failed (ran no tests; 1.0 s)');
});

test('a step ended by a signal (exit code null) has at least one failure', () => {
  const partial = `Chromium: ${bar(4)} 4/10 test files | 98 passed, 0 failed`;
  const killed = stepTotals(browserStep, { code: null, signal: 'SIGKILL', output: partial, seconds: 30 });
  assert.deepEqual([killed.passed, killed.failed, killed.ok], [98, 1, false]);
  assert.equal(killed.line, 'FAIL browser tests (firefox): 98 passed, 1 failed (ended by SIGKILL; 30.0 s)');
  assert.equal(stepTotals(check, { code: null, output: '', seconds: 1 }).failed, 1);
});

test("the run's totals add up every step's, and it exits 0 only when no step failed", () => {
  const ok = [
    stepTotals(check, { code: 0, output: '', seconds: 1 }),
    stepTotals(browserStep, { code: 0, output: threeEnginesPassing, seconds: 1 }),
  ];
  assert.deepEqual(runTotals(ok), { passed: 376, failed: 0, exitCode: 0, line: '376 passed, 0 failed' });
  const failing = [...ok, stepTotals(nodeStep, { code: 1, output: nodeTap, seconds: 1 })];
  assert.deepEqual(runTotals(failing), { passed: 377, failed: 8, exitCode: 1, line: '377 passed, 8 failed' });
  const crashed = [...ok, stepTotals(nodeStep, { code: 1, output: '', seconds: 1 })];
  assert.deepEqual(runTotals(crashed), { passed: 376, failed: 1, exitCode: 1, line: '376 passed, 1 failed' });
  const skipsOnly = [...ok, stepTotals(vitestStep, { code: 0, output: vitestSkipsOnly, seconds: 1 })];
  assert.deepEqual(runTotals(skipsOnly), { passed: 378, failed: 3, exitCode: 1, line: '378 passed, 3 failed' });
  const killed = [...ok, stepTotals(check, { code: null, signal: 'SIGTERM', output: '', seconds: 1 })];
  assert.deepEqual(runTotals(killed), { passed: 376, failed: 1, exitCode: 1, line: '376 passed, 1 failed' });
  // A step marked failed counts even if its numbers were somehow zero.
  assert.equal(runTotals([{ passed: 5, failed: 0, ok: false }]).exitCode, 1);
  assert.deepEqual(runTotals([]), { passed: 0, failed: 1, exitCode: 1, line: '0 passed, 1 failed' });
});

/** npm test's output as CI sees it: a step's own output, the summary, and the totals line. */
const log = (summary, totals) =>
  [
    '=== Storybook stories: STORYBOOK_DISABLE_TELEMETRY=1 npm run test:stories --silent',
    vitestMixed,
    '',
    ...summary,
    '',
    'Size budgets not met: 7 of 8 (docs/performance.md)',
    totals,
  ].join('\n');

test('CI ends with npm test’s totals and its exit code when they agree', () => {
  const passing = log(
    ['ok   ESLint: 1 passed, 0 failed (3.0 s)', 'ok   package tests: 210 passed, 0 failed (90.0 s)'],
    '211 passed, 0 failed',
  );
  assert.deepEqual(ciVerdict(passing, 0), { lines: ['211 passed, 0 failed'], exitCode: 0 });
  const failing = log(
    ['ok   ESLint: 1 passed, 0 failed (3.0 s)', 'FAIL package tests: 208 passed, 2 failed (exit code 1; 90.0 s)'],
    '209 passed, 2 failed',
  );
  assert.deepEqual(ciVerdict(failing, 1), { lines: ['209 passed, 2 failed'], exitCode: 1 });
});

test('CI fails on a step reported as FAIL even if the last line says otherwise', () => {
  const wrong = log(
    [
      'ok   ESLint: 1 passed, 0 failed (3.0 s)',
      'FAIL browser tests (webkit: WebKitGTK 2.50.6): 471 passed, 3 failed (9.0 s)',
    ],
    '472 passed, 0 failed',
  );
  const verdict = ciVerdict(wrong, 0);
  assert.equal(verdict.exitCode, 1);
  assert.equal(verdict.lines.at(-1), '472 passed, 1 failed');
  assert.match(verdict.lines[0], /Steps reported as FAIL: 1/);
  // Vitest's own " FAIL  file > test" lines are not steps.
  assert.deepEqual(ciVerdict(log(['ok   ESLint: 1 passed, 0 failed (3.0 s)'], '1 passed, 0 failed'), 0).exitCode, 0);
});

test('CI counts a failure when npm test exits non-zero with no failure counted, or ends without totals', () => {
  const exited = ciVerdict(log(['ok   ESLint: 1 passed, 0 failed (3.0 s)'], '1 passed, 0 failed'), 1);
  assert.deepEqual([exited.lines.at(-1), exited.exitCode], ['1 passed, 1 failed', 1]);
  const cut = ciVerdict('=== build: npm run build --silent\nKilled\n', 137);
  assert.deepEqual(cut, { lines: ['npm test ended without totals (exit 137)', '0 passed, 1 failed'], exitCode: 137 });
  const cutButZero = ciVerdict('=== build: npm run build --silent\n', 0);
  assert.deepEqual([cutButZero.lines.at(-1), cutButZero.exitCode], ['0 passed, 1 failed', 1]);
});

const folder = mkdtempSync(join(tmpdir(), 'ci-verdict-'));
after(() => rmSync(folder, { recursive: true, force: true }));

test('.ci/run gets the verdict from `node scripts/totals.mjs <log> <exit code>`', () => {
  const file = join(folder, 'npm-test.log');
  writeFileSync(file, log(['FAIL ESLint: 0 passed, 1 failed (exit code 1; 3.0 s)'], '0 passed, 0 failed'));
  const run = spawnSync(process.execPath, ['scripts/totals.mjs', file, '0'], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.equal(run.stdout.trim().split('\n').at(-1), '0 passed, 1 failed');
  const passing = join(folder, 'passing.log');
  writeFileSync(passing, log(['ok   ESLint: 1 passed, 0 failed (3.0 s)'], '1 passed, 0 failed'));
  const ok = spawnSync(process.execPath, ['scripts/totals.mjs', passing, '0'], { encoding: 'utf8' });
  assert.deepEqual([ok.status, ok.stdout], [0, '1 passed, 0 failed\n']);
});
