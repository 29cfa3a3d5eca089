// The visual regression tests in Firefox and WebKit (docs/screenshots.md): a picture of each widget
// in a few of the docs' variants, compared with test/visual/baselines/<engine>/<widget>-<variant>.png.
// Run with `npm run test:visual` (web-test-runner.config.mjs here), not with the browser tests.
import { expect, fixture } from '@open-wc/testing';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/index.js';
import { WIDGET_TAGS, type WidgetTag } from '../../src/widgets.js';
import { loadStylesheet } from '../helpers/dom.js';
import { widgetsSettled } from '../widgets-settled.mjs';
import { MISSING_FONT, PINNED_FONT, fontIsInstalled } from './font.mjs';
import { ENGINE_PICTURES } from './settings.mjs';
import { MARGIN, PAGE_WIDTH, VARIANTS } from './variants.mjs';

type VariantName = (typeof VARIANTS)[number]['name'];

/** The pictures, as settings.mjs lists them. */
const PICTURES = ENGINE_PICTURES as Record<WidgetTag, VariantName[]>;

/** The page around one widget in `variant`, cropped to the widget and MARGIN pixels around it. */
function markup(tag: WidgetTag, name: VariantName): string {
  const variant: { lang?: string; theme?: string; attributes?: string; width?: number; media?: string } = VARIANTS.find(
    (known) => known.name === name,
  )!;
  if (variant.media) throw new Error(`The ${name} variant needs media emulation, which only Chromium has here.`);
  const theme = variant.theme ? ` data-therapy-theme="${variant.theme}"` : '';
  return `<div class="frame" lang="${variant.lang ?? 'en'}"${theme} style="width: ${variant.width ?? PAGE_WIDTH}px">
    <${tag} ${variant.attributes ?? ''}></${tag}>
  </div>`;
}

// Every text in one font, on the page's own background (the theme's, in dark).
const style = document.createElement('style');
style.textContent = `
  body { margin: 0; }
  ${WIDGET_TAGS.join(', ')} { --therapy-font-family: ${PINNED_FONT}; --therapy-heading-font-family: ${PINNED_FONT}; }
  .frame { box-sizing: border-box; padding: ${MARGIN}px; display: flow-root; background: Canvas; color: CanvasText; font-family: ${PINNED_FONT}, sans-serif; }
`;
document.head.append(style);

describe('widget pictures', () => {
  before(async () => {
    if (!fontIsInstalled(PINNED_FONT)) throw new Error(MISSING_FONT);
    // how-it-works' drawings move for a few seconds unless the browser prefers reduced motion.
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
      throw new Error('The browser does not prefer reduced motion (test/engines.mjs sets it), so drawings would move.');
    }
    await loadStylesheet('/dist/themes/dark.css');
  });

  it('include every widget', () => {
    expect(Object.keys(PICTURES).sort()).to.deep.equal([...WIDGET_TAGS].sort());
  });

  for (const [tag, variants] of Object.entries(PICTURES) as [WidgetTag, VariantName[]][]) {
    for (const variant of variants) {
      it(`${tag}-${variant}`, async () => {
        const frame = await fixture<HTMLElement>(markup(tag, variant));
        await widgetsSettled(WIDGET_TAGS);
        await visualDiff(frame, `${tag}-${variant}`);
      });
    }
  }
});
