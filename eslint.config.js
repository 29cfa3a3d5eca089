import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
);
