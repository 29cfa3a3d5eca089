// What the commands share: how their arguments are read (`--help` always, a usage error for
// anything else amiss) and, for `render` and `fallback`, the widget's settings as options, with
// the same names as its attributes, read into the settings object both server modules take.
import { parseArgs } from 'node:util';

/**
 * Reads a command's arguments: positional ones, `options` as `parseArgs` takes them, and `--help`.
 * Returns what was given, or `{ error }` with parseArgs's message for arguments it refuses.
 * @param {string[]} argv
 * @param {import('node:util').ParseArgsConfig['options']} options
 * @returns {{ values: Record<string, any>, positionals: string[], error?: undefined } | { error: string }}
 */
export function parseCommand(argv, options) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: { ...options, help: { type: 'boolean', default: false } },
    });
  } catch (error) {
    return { error: /** @type {Error} */ (error).message };
  }
}

/** The options that set a widget's attributes, for a command's usage text. */
export const WIDGET_OPTIONS_HELP = `Options (each the widget's attribute of the same name; left out, its default):
  --topic <id>              the topic (default targeted-therapy)
  --lang <en|es>            the language (default en)
  --audience <family|child> who it is written for (default family)
  --heading-level <1-6>     level of the widget's heading (default 2)
  --emergency-number <n>    the local emergency number (default 911)
  --organization <name>     disclaimer: who the content is based on
  --publisher <name>        disclaimer: your hospital ("Shared by …")
  --copyright <text>        disclaimer: a copyright line
  --reviewed <YYYY-MM-DD>   disclaimer: when your clinical team reviewed the content
  --reviewed-by <name>      disclaimer: who reviewed it
  --listen                  a Listen button that reads the widget aloud, where the device has a
                            voice for its language (default off)`;

// Each option and the settings field it fills: with text, or, for a switch, true when given.
const SETTINGS = {
  topic: 'topic',
  lang: 'lang',
  audience: 'audience',
  'heading-level': 'headingLevel',
  'emergency-number': 'emergencyNumber',
  organization: 'organization',
  publisher: 'publisher',
  copyright: 'copyright',
  reviewed: 'reviewed',
  'reviewed-by': 'reviewedBy',
  listen: 'listen',
};

/** The options that are switches, like the widget's boolean attributes: given, or not. */
const SWITCHES = new Set(['listen']);

/**
 * Reads a widget command's arguments: one widget name and its settings. Resolves to the exit
 * code when there is nothing to do (help, a usage error, after printing), else to what was asked.
 * @param {string[]} argv
 * @param {{ name: string, usage: string, options?: import('node:util').ParseArgsConfig['options'] }} command
 * @returns {number | { widget: string, settings: Record<string, string | boolean | undefined>, values: Record<string, unknown> }}
 */
export function readWidgetCommand(argv, { name, usage, options = {} }) {
  const usageError = (message) => refuse(name, usage, message);
  const parsed = parseCommand(argv, {
    ...Object.fromEntries(
      Object.keys(SETTINGS).map((option) => [option, { type: SWITCHES.has(option) ? 'boolean' : 'string' }]),
    ),
    ...options,
  });
  if (parsed.error !== undefined) return usageError(parsed.error);
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
  if (positionals.length !== 1) return usageError('Name one widget.');
  const settings = Object.fromEntries(Object.entries(SETTINGS).map(([option, field]) => [field, values[option]]));
  return { widget: positionals[0], settings, values };
}

/**
 * Prints a usage error for a command whose settings a widget does not accept.
 * @param {string} name
 * @param {string} usage
 * @param {string} message
 */
export function refuse(name, usage, message) {
  console.error(`therapy-widgets ${name}: ${message}\n\n${usage}`);
  return 2;
}
