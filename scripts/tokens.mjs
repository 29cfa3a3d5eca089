// How the design data in tokens/ becomes CSS. Plain functions of that data, with no file access,
// so the build (scripts/build-tokens.mjs), Storybook and the tests in a browser compile it the
// same way. The data itself: tokens/tokens.json, tokens/themes.json, tokens/reserved-heights.json.

/**
 * @typedef {object} DesignToken
 * @property {`--therapy-${string}`} name
 * @property {string} description What it is for, shown in the manifest and the docs.
 * @property {string} light Default in the light appearance (or in both, for non-colours).
 * @property {string} [dark] Default under `color-scheme: dark`; colours only.
 * @property {string} [print] Used when printing, whatever the page sets.
 * @property {string} [forced] Used in forced-colours mode: a system colour.
 * @property {boolean} [brand] One of the five tokens a hospital sets to match its brand.
 * @property {string[]} [widgets] The widgets that read it; absent means every widget.
 *
 * @typedef {object} Theme
 * @property {string} name
 * @property {string} description
 * @property {Record<string, string | [string, string]>} [tokens] A colour as `[light, dark]`.
 * @property {boolean} [resetsBrandTokens] Sets every brand token to `initial`.
 * @property {'light' | 'dark'} [colorScheme]
 *
 * @typedef {object} Design
 * @property {string[]} tones The tones a callout can take.
 * @property {DesignToken[]} tokens
 * @property {Theme[]} themes
 * @property {{ narrowViewport: string, heights: Record<string, { wide: number, narrow: number }> }} space
 */

/** The attribute that picks a theme: on `<html>`, on a container or on a widget. */
export const THEME_ATTRIBUTE = 'data-therapy-theme';

/** The CSS custom property a widget's styles read for a token: private, set on the host. */
export function privateName(token) {
  return token.replace(/^--therapy-/, '--_');
}

/** A token's value as CSS: another token's name becomes a reference to its private property. */
export function cssValue(value) {
  return value.startsWith('--therapy-') ? `var(${privateName(value)})` : value;
}

/** Whether a widget reads a token. */
export function readsToken(token, tag) {
  return token.widgets === undefined || token.widgets.includes(tag);
}

const indent = (text, depth = 1) => text.replace(/^(?=.)/gm, '  '.repeat(depth));

function rule(selector, lines) {
  return lines.length ? `${selector} {\n${indent(lines.join('\n'))}\n}\n` : '';
}

function wrapped(condition, selector, lines) {
  return lines.length ? `${condition} {\n${indent(rule(selector, lines))}}\n` : '';
}

/**
 * The CSS that declares `tokens` and maps `tones` for a widget. Each token is resolved once, on
 * the host, into a private property (`--therapy-color-text` into `--_color-text`): the page's
 * value if it set one, else the default. The widgets' CSS reads only the private properties, so
 * print and forced-colours mode can swap a whole palette here.
 */
export function tokenCss(tokens, tones) {
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

/** `how-it-works` → `howItWorksTokenStyles`: the generated constant a widget's styles include. */
export function tokenStylesName(tag) {
  return `${tag.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())}TokenStyles`;
}

/**
 * The widgets' token sheets: `shared` (the tokens every widget reads), then one per widget, each
 * with the tokens and tone classes it declares. A tone belongs where its edge colour is.
 *
 * @param {Design} design
 * @param {readonly string[]} widgetTags
 */
export function tokenStyleSheets({ tones, tokens }, widgetTags) {
  const toneOf = (token) => tones.find((tone) => token.name === `--therapy-color-${tone}`);
  const sheet = (file, name, summary, chosen) => ({
    file,
    name,
    summary,
    tokens: chosen,
    css: tokenCss(chosen, chosen.map(toneOf).filter(Boolean)),
  });
  return [
    sheet(
      'shared',
      'sharedTokenStyles',
      'The tokens every widget reads; in the base styles.',
      tokens.filter((token) => token.widgets === undefined),
    ),
    ...widgetTags.map((tag) =>
      sheet(
        tag,
        tokenStylesName(tag),
        `The tokens <${tag}> reads beyond the shared ones.`,
        tokens.filter((token) => token.widgets !== undefined && readsToken(token, tag)),
      ),
    ),
  ];
}

function block(selector, lines) {
  return lines.length ? `${selector} {\n${lines.map((line) => `  ${line}\n`).join('')}}\n` : '';
}

/**
 * The text of `dist/themes/<name>.css`.
 *
 * @param {Theme} theme
 * @param {Pick<Design, 'tokens'>} design
 */
export function themeStylesheet(theme, { tokens }) {
  const entries = theme.resetsBrandTokens
    ? // `initial` clears a custom property, so the widgets fall back to their defaults.
      tokens.filter((token) => token.brand).map((token) => [token.name, 'initial'])
    : Object.entries(theme.tokens ?? {});
  const lines = entries.map(([name, value]) =>
    typeof value === 'string' ? `${name}: ${value};` : `${name}: light-dark(${value[0]}, ${value[1]});`,
  );
  if (theme.colorScheme) lines.push(`color-scheme: ${theme.colorScheme};`);
  const lightOnly = entries.flatMap(([name, value]) => (typeof value === 'string' ? [] : [`${name}: ${value[0]};`]));
  const selector = `[${THEME_ATTRIBUTE}~='${theme.name}']`;
  return [
    `/* therapy-widgets theme "${theme.name}": ${theme.description}\n` +
      `   Use: <link rel="stylesheet" href="themes/${theme.name}.css"> and ${THEME_ATTRIBUTE}="${theme.name}"\n` +
      `   on <html>, on a container or on a widget. */\n`,
    block(selector, lines),
    lightOnly.length ? `@supports not (color: light-dark(#000, #fff)) {\n${indent(block(selector, lightOnly))}}\n` : '',
  ].join('');
}

/** How long `dist/therapy-widgets.css` holds a widget's space for a script that has not come. */
export const HOLD_SECONDS = 6;
const RELEASE_HELD_SPACE = 'therapy-widgets-release-held-space';

/**
 * The text of `dist/therapy-widgets.css`: until the script has defined the widgets, each holds
 * about the space it will take, hidden, so the page below does not jump when it appears.
 *
 * @param {Design} design
 * @param {readonly string[]} widgetTags
 * @param {{ placeholder: string, prerendered: string }} attributes The attributes of CMS-safe
 *   placeholders (`data-therapy-widget`) and of pre-rendered widgets (`data-prerendered`).
 */
export function placeholderStylesheet({ tokens, space }, widgetTags, attributes) {
  const withDefault = (name) => {
    const token = tokens.find((candidate) => candidate.name === name);
    if (!token) throw new Error(`no design token ${name}`);
    return `var(${name}, ${token.light})`;
  };
  // A widget element not defined yet, or defined but still busy fetching its pack, or a CMS-safe
  // placeholder div the widget has not been put in yet (its upgrade code loads after the script,
  // so after the first paint). A pre-rendered widget is showing its content already.
  const undefinedWidget = (tags) =>
    `:where(${tags.join(', ')}):not(:defined):not([hidden]):not([${attributes.prerendered}]),\n` +
    `:where(${tags.join(', ')})[aria-busy="true"]:not([hidden]),\n` +
    `:where(${tags.map((tag) => `[${attributes.placeholder}="${tag}" i]`).join(', ')}):empty:not([hidden])`;
  const heights = (size) =>
    widgetTags
      .map((tag) => {
        const height = space.heights[tag];
        if (!height) throw new Error(`tokens/reserved-heights.json has no height for <${tag}>`);
        return block(undefinedWidget([tag]), [`min-block-size: ${height[size]}em;`]);
      })
      .join('');
  const rules = [
    block(undefinedWidget(widgetTags), [
      'display: block;',
      `max-width: ${withDefault('--therapy-max-width')};`,
      `margin-block: ${withDefault('--therapy-space-outer')};`,
      `font-size: ${withDefault('--therapy-font-size')};`,
      // Slotted text would otherwise show unstyled for a moment.
      'visibility: hidden;',
      // A script that has not come after a few seconds (blocked, failed) may never come: give
      // the space back rather than leave a hole in the page.
      `animation: ${RELEASE_HELD_SPACE} 0s ${HOLD_SECONDS}s forwards;`,
    ]),
    heights('wide'),
    `@media (max-width: ${space.narrowViewport}) {\n${indent(heights('narrow'))}}\n`,
    `@keyframes ${RELEASE_HELD_SPACE} {\n  to {\n    min-block-size: 0;\n    visibility: visible;\n  }\n}\n`,
  ].join('');
  return [
    '/* therapy-widgets: optional. Holds the space of each widget, and of each data-therapy-widget\n' +
      '   placeholder, until the widget is there, so the page does not shift when it appears; for at\n' +
      `   most ${HOLD_SECONDS} seconds, and only where scripts run. Load it in <head>. */\n`,
    `@media (scripting: enabled) {\n${indent(rules)}}\n`,
  ].join('');
}
