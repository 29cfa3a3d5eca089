// Settings for test/fuzz.test.ts, read in the browser with executeServerCommand('fuzz-settings').
// FUZZ_SEED replays a run (every run prints its seed); FUZZ_STEPS runs longer or shorter.
import { randomInt } from 'node:crypto';

const DEFAULT_STEPS = 3000;

function wholeNumber(name, value, max) {
  if (value === undefined || value === '') return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > max) {
    throw new Error(`${name} must be a whole number from 0 to ${max}, not "${value}"`);
  }
  return number;
}

/** A fresh seed, unless FUZZ_SEED names one. */
export function fuzzSeed(env = process.env) {
  return wholeNumber('FUZZ_SEED', env.FUZZ_SEED, 0xffffffff) ?? randomInt(0, 0x100000000);
}

/** A Web Test Runner plugin that hands the browser the run's seed and number of steps. */
export function fuzzSettingsPlugin(env = process.env) {
  const settings = {
    seed: fuzzSeed(env),
    steps: wholeNumber('FUZZ_STEPS', env.FUZZ_STEPS, 1_000_000) ?? DEFAULT_STEPS,
  };
  return {
    name: 'fuzz-settings',
    executeCommand({ command }) {
      return command === 'fuzz-settings' ? settings : undefined;
    },
  };
}
