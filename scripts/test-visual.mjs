// The visual regression tests (docs/screenshots.md): `npm run test:visual`. Every Storybook story
// is compared with its picture in Chromium (Vitest, vitest.config.ts), then a set of widget
// pictures in Firefox and in WebKit (Web Test Runner, test/visual/web-test-runner.config.mjs).
//
//   npm run test:visual                   every engine
//   npm run test:visual -- -u             take new pictures where they changed, in every engine
//   BROWSERS=firefox npm run test:visual  some engines (chromium, firefox, webkit)
//   npm run test:visual -- <Vitest arguments>   some stories: a file, `-t "name"`; Chromium only
//
// Exits with a failure code when any engine's run failed.
import { spawnSync } from 'node:child_process';
import { engineNames } from '../test/engines.mjs';
import { VISUAL_ENGINES } from '../test/visual/settings.mjs';

const UPDATE = ['-u', '--update'];
const args = process.argv.slice(2);
const update = args.some((arg) => UPDATE.includes(arg));
// Anything else picks stories, which only the Chromium run has.
const storyArguments = args.filter((arg) => !UPDATE.includes(arg));

const engines = engineNames(process.env.BROWSERS ?? VISUAL_ENGINES.join(','));
const unknown = engines.filter((engine) => !VISUAL_ENGINES.includes(engine));
if (unknown.length > 0) throw new Error(`No visual tests in ${unknown.join(', ')}: use ${VISUAL_ENGINES.join(', ')}.`);
if (storyArguments.length > 0 && !engines.includes('chromium')) {
  throw new Error(`${storyArguments.join(' ')} picks stories, which are pictured in Chromium only.`);
}
const chosen = storyArguments.length > 0 ? ['chromium'] : engines;
const skipped = engines.filter((engine) => !chosen.includes(engine));
if (skipped.length > 0) console.log(`Not run in ${skipped.join(', ')}: ${storyArguments.join(' ')} picks stories.`);

const run = (command, commandArgs, env = {}) =>
  spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } }).status;

let failed = false;
for (const engine of chosen) {
  const status =
    engine === 'chromium'
      ? run('npx', ['vitest', 'run', '--project', 'visual', ...args], { STORYBOOK_DISABLE_TELEMETRY: '1' })
      : run(
          'npx',
          [
            'wtr',
            '--config',
            'test/visual/web-test-runner.config.mjs',
            ...(update ? ['--update-visual-baseline'] : []),
          ],
          { BROWSERS: engine },
        );
  if (status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
