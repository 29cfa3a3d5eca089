// Runs everything `npm test` promises, in order, and ends with one line of real totals:
// "N passed, N failed". Each check (build, types, lint, format) counts as one test; the test
// runners' own totals are added up from their output, by the rules in scripts/totals.mjs.
// `node scripts/test.mjs "<step>" …` runs only the steps named.
import { spawn } from 'node:child_process';
import { chromiumOnlyNotRun, engineLabel, engineNames } from '../test/engines.mjs';
import { fuzzSeed } from '../test/fuzz-settings.mjs';
import { VISUAL_ENGINES } from '../test/visual/settings.mjs';
import { nodeTestTotals, runTotals, stepTotals, vitestTotals, webTestRunnerTotals } from './totals.mjs';

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
  browserTests: true,
}));

// The visual tests in Firefox and WebKit follow `BROWSERS` too; the stories' are always in Chromium.
const visualEngineSteps = engines
  .filter((engine) => engine !== 'chromium' && VISUAL_ENGINES.includes(engine))
  .map((engine) => ({
    name: `visual regression (${engine})`,
    command: `BROWSERS=${engine} npm run test:visual --silent`,
    count: webTestRunnerTotals,
  }));

/** The summary's line on the size budgets, measured on the built files as the size test measures them. */
async function sizeBudgets() {
  try {
    const { budgetsLine, measureSizes } = await import('./size.mjs');
    return budgetsLine(await measureSizes());
  } catch (error) {
    return `Size budgets not measured: ${error.message}`;
  }
}

const steps = [
  { name: 'build', command: 'npm run build --silent' },
  { name: 'TypeScript (strict)', command: 'npm run lint:types --silent' },
  { name: 'lit-analyzer --strict', command: 'npm run lint:lit --silent' },
  { name: 'ESLint', command: 'npm run lint:es --silent' },
  { name: 'Prettier', command: 'npm run lint:format --silent' },
  { name: 'content check', command: 'npm run packs:check --silent' },
  ...engineSteps,
  // Its size test holds items over budget to a ceiling and passes; the summary says how many
  // budgets are not met.
  {
    name: 'package tests',
    command: 'node --test --test-reporter=tap test/node/',
    count: nodeTestTotals,
    note: sizeBudgets,
  },
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

const only = process.argv.slice(2);
const unknown = only.filter((name) => !steps.some((step) => step.name === name));
if (unknown.length > 0) {
  console.error(`No step named ${unknown.map((name) => `"${name}"`).join(', ')}. The steps:`);
  for (const step of steps) console.error(`  ${step.name}`);
  process.exit(2);
}

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
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

const results = [];
const notes = [];
const chosen = steps.filter((step) => only.length === 0 || only.includes(step.name));
for (const step of chosen) {
  console.log(`\n=== ${step.name}: ${step.command}`);
  const started = Date.now();
  const { code, signal, output } = await run(step.command);
  results.push(stepTotals(step, { code, signal, output, seconds: (Date.now() - started) / 1000 }));
  if (step.note) notes.push(await step.note());
}
if (chosen.some((step) => step.browserTests)) notes.push(chromiumOnlyNotRun(engines));

const totals = runTotals(results);
console.log(`\n${results.map((result) => result.line).join('\n')}\n`);
for (const note of notes.filter(Boolean)) console.log(note);
console.log(totals.line);
process.exitCode = totals.exitCode;
