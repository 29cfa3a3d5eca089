// Runs everything `npm test` promises, in order, and ends with one line of real totals:
// "N passed, N failed". Each check (build, types, lint, format) counts as one test; the test
// runners' own totals are added up from their output.
import { spawn } from 'node:child_process';
import { engineLabel, engineNames } from '../test/engines.mjs';
import { fuzzSeed } from '../test/fuzz-settings.mjs';
import { VISUAL_ENGINES } from '../test/visual/settings.mjs';
import { nodeTestTotals, vitestTotals, webTestRunnerTotals } from './totals.mjs';

// The browser tests run once per engine, so the summary shows each engine's time and totals.
// `BROWSERS=firefox npm test` (or a comma-separated list) runs fewer engines.
const engines = engineNames();
// Every engine fuzzes with the same seed, so a failure in one can be compared with the others.
const seed = fuzzSeed();
const engineSteps = engines.map((engine) => ({
  // The WebKit steps name the browser that ran, e.g. "browser tests (webkit: WebKitGTK 2.50.6)".
  name: engine.startsWith('webkit') ? `browser tests (${engine}: ${engineLabel(engine)})` : `browser tests (${engine})`,
  command: `BROWSERS=${engine} FUZZ_SEED=${seed} npx wtr`,
  count: webTestRunnerTotals,
}));

// The visual tests in Firefox and WebKit follow `BROWSERS` too; the stories' are always in Chromium.
const visualEngineSteps = engines
  .filter((engine) => engine !== 'chromium' && VISUAL_ENGINES.includes(engine))
  .map((engine) => ({
    name: `visual regression (${engine})`,
    command: `BROWSERS=${engine} npm run test:visual --silent`,
    count: webTestRunnerTotals,
  }));

const steps = [
  { name: 'build', command: 'npm run build --silent' },
  { name: 'TypeScript (strict)', command: 'npm run lint:types --silent' },
  { name: 'lit-analyzer --strict', command: 'npm run lint:lit --silent' },
  { name: 'ESLint', command: 'npm run lint:es --silent' },
  { name: 'Prettier', command: 'npm run lint:format --silent' },
  { name: 'content check', command: 'npm run packs:check --silent' },
  ...engineSteps,
  { name: 'package tests', command: 'node --test --test-reporter=tap test/node/', count: nodeTestTotals },
  { name: 'end-to-end tests', command: 'node --test --test-reporter=tap test/e2e/', count: nodeTestTotals },
  {
    name: 'Storybook stories',
    command: 'STORYBOOK_DISABLE_TELEMETRY=1 npm run test:stories --silent',
    count: vitestTotals,
  },
  // Every story's picture against test/visual/baselines/ (one test per story), then the widget
  // pictures in each other engine against test/visual/baselines/<engine>/ (one test per picture).
  {
    name: 'visual regression (chromium)',
    command: 'BROWSERS=chromium npm run test:visual --silent',
    count: vitestTotals,
  },
  ...visualEngineSteps,
];

function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code, output }));
  });
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary = [];
for (const step of steps.filter((s) => only.length === 0 || only.includes(s.name))) {
  console.log(`\n=== ${step.name}: ${step.command}`);
  const started = Date.now();
  const { code, output } = await run(step.command);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let totals = step.count?.(output) ?? { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
  // A runner that exits non-zero with every test passing still failed (a crash, a bad config).
  if (code !== 0 && totals.failed === 0) totals = { ...totals, failed: 1 };
  passed += totals.passed;
  failed += totals.failed;
  summary.push(
    `${code === 0 ? 'ok  ' : 'FAIL'} ${step.name}: ${totals.passed} passed, ${totals.failed} failed (${seconds} s)`,
  );
}

console.log(`\n${summary.join('\n')}\n`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
