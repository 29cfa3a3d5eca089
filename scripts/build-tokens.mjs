// Writes src/generated/token-styles/: the design tokens as finished CSS, so the widgets carry
// neither the token table nor code that turns it into CSS when they load. Run before
// `npm run build:lib` (like `localize:build`); src/generated/ is not committed.
//
// The tokens every widget reads go into `shared.ts` (the base styles include it); a token only
// some widgets read goes into `<tag>.ts` of each of those widgets, and a token no widget reads yet
// is left out. One module each, so a widget imports only its own: a bundler cannot drop an unused
// css`` constant from a module, since calling a tag might have side effects.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const TABLE = 'src/shared/tokens.ts';
const WIDGETS = 'src/widgets.ts';
const OUTPUT = 'src/generated/token-styles';

/** The token table module, compiled in memory: it imports nothing, so it runs on its own. */
export async function loadTokenTable(path = TABLE) {
  const transpile = (file) =>
    ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
    }).outputText;
  const asModule = (code) => `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  // Its one import, the list of widgets, is inlined as a module of its own.
  const table = transpile(path).replace("'../widgets.js'", `'${asModule(transpile(WIDGETS))}'`);
  return import(asModule(table));
}

/** `how-it-works` → `howItWorksTokenStyles`: the generated constant a widget's styles include. */
export function tokenStylesName(tag) {
  return `${tag.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())}TokenStyles`;
}

const indent = (text, depth) => text.replace(/^(?=.)/gm, '  '.repeat(depth));

function rule(selector, lines) {
  return lines.length ? `${selector} {\n${indent(lines.join('\n'), 1)}\n}\n` : '';
}

function wrapped(condition, selector, lines) {
  return lines.length ? `${condition} {\n${indent(rule(selector, lines), 1)}}\n` : '';
}

/**
 * The CSS that declares `tokens` and maps `tones` for a widget. Each token is resolved once, on
 * the host, into a private property (`--therapy-color-text` into `--_color-text`): the page's
 * value if it set one, else the default. The widgets' CSS reads only the private properties, so
 * print and forced-colours mode can swap a whole palette here.
 */
export function tokenCss({ cssValue, privateName }, tokens, tones) {
  const declarations = (value) =>
    tokens.flatMap((token) => {
      const resolved = value(token);
      return resolved === undefined ? [] : [`${privateName(token.name)}: ${resolved};`];
    });
  const fromPage = (token, fallback) => `var(${token.name}, ${fallback})`;
  return [
    // Colours with a dark default follow the `color-scheme` the page (or a container) sets.
    rule(
      ':host',
      declarations((token) =>
        fromPage(
          token,
          token.dark ? `light-dark(${cssValue(token.light)}, ${cssValue(token.dark)})` : cssValue(token.light),
        ),
      ),
    ),
    // Browsers without light-dark() (before 2024) get the light appearance.
    wrapped(
      '@supports not (color: light-dark(#000, #fff))',
      ':host',
      declarations((token) => (token.dark ? fromPage(token, cssValue(token.light)) : undefined)),
    ),
    wrapped(
      '@media print',
      ':host',
      declarations((token) => token.print),
    ),
    wrapped(
      '@media (forced-colors: active)',
      ':host',
      declarations((token) => token.forced),
    ),
    // A tone maps onto the three semantic properties a callout reads: `--_tone`, `--_tone-surface`
    // and `--_tone-text`. `class="tone-urgent"` picks the urgent tokens.
    ...tones.map((tone) =>
      rule(`.tone-${tone}`, [
        `--_tone: var(--_color-${tone});`,
        `--_tone-surface: var(--_color-${tone}-surface);`,
        `--_tone-text: var(--_color-${tone}-text);`,
      ]),
    ),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The generated constants: `sharedTokenStyles`, then one per widget, each with the tokens and
 * tone classes it declares. A tone belongs where its edge colour (`--therapy-color-<tone>`) is.
 */
export function tokenStyleSheets(table) {
  const { TONES, WIDGET_TAGS, designTokens, readsToken } = table;
  const toneOf = (token) => TONES.find((tone) => token.name === `--therapy-color-${tone}`);
  const sheet = (file, name, summary, tokens) => ({
    file,
    name,
    summary,
    tokens,
    css: tokenCss(table, tokens, tokens.map(toneOf).filter(Boolean)),
  });
  return [
    sheet(
      'shared',
      'sharedTokenStyles',
      'The tokens every widget reads; in the base styles.',
      designTokens.filter((token) => token.widgets === undefined),
    ),
    ...WIDGET_TAGS.map((tag) =>
      sheet(
        tag,
        tokenStylesName(tag),
        `The tokens <${tag}> reads beyond the shared ones.`,
        designTokens.filter((token) => token.widgets !== undefined && readsToken(token, tag)),
      ),
    ),
  ];
}

/** One module's text: the sheet as a css`` constant. */
export function tokenStylesModule({ name, summary, css }) {
  // Inside a template literal: nothing in token values may end it or start an expression.
  if (/[`\\]|\$\{/.test(css)) throw new Error(`${name}: a token value holds \`, \\ or \${`);
  return [
    `// Generated by scripts/build-tokens.mjs from ${TABLE}; do not edit.\n`,
    "import { css } from 'lit';\n",
    `/** ${summary} */\nexport const ${name} = css\`\n${indent(css, 1)}\`;\n`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(OUTPUT, { recursive: true });
  for (const sheet of tokenStyleSheets(await loadTokenTable())) {
    writeFileSync(`${OUTPUT}/${sheet.file}.ts`, tokenStylesModule(sheet));
  }
}
