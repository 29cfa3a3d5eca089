import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every test runs, every time: `.only` drops the other tests of a run, and a skipped or todo test
// passes without testing anything (npm test counts either as a failure; these rules say so sooner).
const LEFT_OUT = 'Every test runs: no .only, .skip or todo (fix the test, or remove it).';
// The names Mocha (browser tests), Node's test runner and Vitest give suites and tests.
const TEST_FUNCTIONS = ['describe', 'context', 'it', 'specify', 'test', 'suite'];
const TEST_FUNCTION = `/^(${TEST_FUNCTIONS.join('|')})$/`;

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-site/',
      'node_modules/',
      'storybook-static/',
      'src/generated/',
      'custom-elements.json',
      '.pack-test/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  { languageOptions: { globals: globals.browser } },
  {
    files: [
      'scripts/**',
      'cli/**',
      'test/node/**',
      'test/e2e/**',
      'test/engines.mjs',
      'test/chromium.mjs',
      'test/fuzz-settings.mjs',
      'test/visual/web-test-runner.config.mjs',
      '*.config.js',
      '*.config.mjs',
      '.storybook/**',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests reach into shadow roots they know are there, and chai asserts with properties
    // (`to.be.null`), which this rule mistakes for unused expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['test/**', 'stories/**', '.storybook/**'],
    rules: {
      // it.only, describe.skip, test.todo…
      'no-restricted-properties': [
        'error',
        ...TEST_FUNCTIONS.flatMap((object) =>
          ['only', 'skip', 'todo'].map((property) => ({ object, property, message: LEFT_OUT })),
        ),
      ],
      'no-restricted-syntax': [
        'error',
        // this.skip() in Mocha, t.skip() and t.todo() in Node's test runner, context.skip() in Vitest.
        {
          selector: `CallExpression[callee.type='MemberExpression'][callee.property.name=/^(skip|todo)$/]:not([callee.object.name=${TEST_FUNCTION}])`,
          message: LEFT_OUT,
        },
        // test('…', { skip: true }, …), t.test('…', { todo: true }, …), describe('…', { only: true }, …)
        {
          selector: `CallExpression:matches([callee.name=${TEST_FUNCTION}], [callee.property.name=${TEST_FUNCTION}]) > ObjectExpression > Property[key.name=/^(only|skip|todo)$/]`,
          message: LEFT_OUT,
        },
        // Mocha's xit and xdescribe, and a test with no body (pending in Mocha).
        { selector: 'CallExpression[callee.name=/^x(describe|context|it|specify)$/]', message: LEFT_OUT },
        { selector: 'CallExpression[callee.name=/^(it|specify|test)$/][arguments.length<2]', message: LEFT_OUT },
        // A story tagged '!test' is left out of the Storybook tests.
        { selector: "Property[key.name='tags'] Literal[value='!test']", message: LEFT_OUT },
      ],
    },
  },
);
