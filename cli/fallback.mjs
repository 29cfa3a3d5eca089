// `therapy-widgets fallback <widget>`: prints a widget's CMS-safe placeholder holding its text as
// plain HTML, for readers without JavaScript (the script replaces it with the widget).
import { parseArgs } from 'node:util';

export const FALLBACK_USAGE = `Usage: therapy-widgets fallback <widget> [options]

Prints the CMS-safe placeholder <div data-therapy-widget="…"> holding the widget's text as plain
HTML (headings, paragraphs, lists, the emergency number as a tel: link, the credit). Readers
without JavaScript read that text; the site's script replaces it with the widget.

Widgets: therapy-overview, how-it-works, side-effect-card, cog-disclaimer, therapy-page

Options:
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
  --packs <folder>          read packs from <folder>/<topic>/<audience>.<lang>.json
  --content-only            print only the text, without the placeholder around it
  --help                    show this text

Exit codes: 0 printed, 2 usage error or a setting the widget does not accept.`;

const TEXT_OPTIONS = [
  'topic',
  'lang',
  'audience',
  'heading-level',
  'emergency-number',
  'organization',
  'publisher',
  'copyright',
  'reviewed',
  'reviewed-by',
  'packs',
];

/**
 * Runs `fallback` with the arguments after its name; resolves to the exit code.
 * @param {string[]} argv
 */
export async function runFallback(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(TEXT_OPTIONS.map((name) => [name, { type: 'string' }])),
        'content-only': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return usageError(/** @type {Error} */ (error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(FALLBACK_USAGE);
    return 0;
  }
  if (positionals.length !== 1) return usageError('Name one widget.');
  const { renderFallback, renderPlaceholder, FallbackError } = await import('../dist/server/fallback.js');
  const options = {
    widget: positionals[0],
    topic: values.topic,
    lang: values.lang,
    audience: values.audience,
    headingLevel: values['heading-level'],
    emergencyNumber: values['emergency-number'],
    organization: values.organization,
    publisher: values.publisher,
    copyright: values.copyright,
    reviewed: values.reviewed,
    reviewedBy: values['reviewed-by'],
    packFolder: values.packs,
  };
  try {
    const html = await (values['content-only'] ? renderFallback : renderPlaceholder)(options);
    process.stdout.write(`${html}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof FallbackError)) throw error;
    return usageError(error.message);
  }
}

/** @param {string} message */
function usageError(message) {
  console.error(`therapy-widgets fallback: ${message}\n\n${FALLBACK_USAGE}`);
  return 2;
}
