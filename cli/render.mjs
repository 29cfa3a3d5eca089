// `therapy-widgets render <widget>`: prints a widget pre-rendered as declarative shadow DOM, shown
// before and without any script; the site's script then hydrates it.
import { readWidgetCommand, refuse, WIDGET_OPTIONS_HELP } from './widget-command.mjs';

export const RENDER_USAGE = `Usage: therapy-widgets render <widget> [options]

Prints a widget pre-rendered: its HTML with its content in a declarative shadow root, shown
before (and without) any script. Put it in your page where the widget goes, and load
therapy-widgets.js on the page too: the widget then takes over what is shown. The <style>
blocks need the hashes in dist/prerendered/csp.json under a strict style-src (docs/prerendering.md).

Widgets: therapy-overview, how-it-works, side-effect-card, cog-disclaimer, therapy-page

${WIDGET_OPTIONS_HELP}
  --packs <folder>          read your own topics' packs from <folder>/<topic>/<audience>.<lang>.json
  --help                    show this text

Exit codes: 0 printed, 2 usage error or a pack that is not valid.`;

/**
 * Runs `render` with the arguments after its name; resolves to the exit code.
 * @param {string[]} argv
 * @returns {Promise<number>}
 */
export async function runRender(argv) {
  const asked = readWidgetCommand(argv, {
    name: 'render',
    usage: RENDER_USAGE,
    options: { packs: { type: 'string' } },
  });
  if (typeof asked === 'number') return asked;
  const { WIDGET_TAGS, renderWidget, PackNotValid } = await import(
    new URL('../dist/server/render.js', import.meta.url).href
  );
  if (!WIDGET_TAGS.includes(asked.widget)) return refuse('render', RENDER_USAGE, `Unknown widget "${asked.widget}".`);
  let html;
  try {
    html = renderWidget(asked.widget, asked.settings, { packFolder: asked.values.packs });
  } catch (error) {
    if (!(error instanceof PackNotValid)) throw error;
    return refuse('render', RENDER_USAGE, error.message);
  }
  console.log(html);
  return 0;
}
