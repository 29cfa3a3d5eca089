// `therapy-widgets fallback <widget>`: prints a widget's CMS-safe placeholder holding its text as
// plain HTML, for readers without JavaScript (the script replaces it with the widget).
import { readWidgetCommand, refuse, WIDGET_OPTIONS_HELP } from './widget-command.mjs';

export const FALLBACK_USAGE = `Usage: therapy-widgets fallback <widget> [options]

Prints the CMS-safe placeholder <div data-therapy-widget="…"> holding the widget's text as plain
HTML (headings, paragraphs, lists, the emergency number as a tel: link, the credit). Readers
without JavaScript read that text; the site's script replaces it with the widget.

Widgets: therapy-overview, how-it-works, side-effect-card, cog-disclaimer, therapy-page

${WIDGET_OPTIONS_HELP}
  --packs <folder>          read packs from <folder>/<topic>/<audience>.<lang>.json
  --content-only            print only the text, without the placeholder around it
  --help                    show this text

Exit codes: 0 printed, 2 usage error or a setting the widget does not accept.`;

/**
 * Runs `fallback` with the arguments after its name; resolves to the exit code.
 * @param {string[]} argv
 */
export async function runFallback(argv) {
  const asked = readWidgetCommand(argv, {
    name: 'fallback',
    usage: FALLBACK_USAGE,
    options: { packs: { type: 'string' }, 'content-only': { type: 'boolean', default: false } },
  });
  if (typeof asked === 'number') return asked;
  if (asked.values['content-only'] && asked.settings.listen) {
    return refuse(
      'fallback',
      FALLBACK_USAGE,
      '--listen is written on the placeholder, which --content-only leaves out.',
    );
  }
  const { renderFallback, renderPlaceholder, FallbackError } = await import('../dist/server/fallback.js');
  const options = { widget: asked.widget, ...asked.settings, packFolder: asked.values.packs };
  try {
    const html = await (asked.values['content-only'] ? renderFallback : renderPlaceholder)(options);
    process.stdout.write(`${html}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof FallbackError)) throw error;
    return refuse('fallback', FALLBACK_USAGE, error.message);
  }
}
