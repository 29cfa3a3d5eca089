// The one font of every picture (the docs' pictures and the visual regression tests), so a picture
// does not depend on which fonts a machine happens to have. From Debian's fonts-dejavu-core, which
// .ci/run installs.

export const PINNED_FONT = "'DejaVu Sans'";

export const MISSING_FONT = `The font ${PINNED_FONT} is missing: install Debian's fonts-dejavu-core (.ci/run does).`;

/**
 * Whether `font` is installed: text drawn in a missing font is as wide as in its fallback.
 * Self-contained, so Playwright can run it in a page (`page.evaluate(fontIsInstalled, font)`).
 * @param {string} font
 */
export function fontIsInstalled(font) {
  const context = document.createElement('canvas').getContext('2d');
  const width = (family) => {
    if (!context) return 0;
    context.font = `16px ${family}`;
    return context.measureText('Targeted therapy, for children and families').width;
  };
  return width(`${font}, serif`) !== width('serif') && width(`${font}, monospace`) !== width('monospace');
}
