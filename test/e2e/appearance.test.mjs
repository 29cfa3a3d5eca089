// Forced-colours mode and print, on the gallery page (every theme, light and dark).
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { ignoreFavicon, waitForWidgets, watchProblems } from './page-helpers.mjs';

const { browser, url, close } = await openBrowserAndSite({ root: '.' });
after(close);

async function openGallery(media) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  await ignoreFavicon(context);
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.emulateMedia(media);
  await page.goto(`${url}test/e2e/pages/gallery.html`);
  await waitForWidgets(page);
  return { context, page, problems };
}

test('forced colours: every boundary, icon and emphasis stays visible, in system colours', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { context, page, problems } = await openGallery({ forcedColors: 'active', colorScheme });
    const report = await page.evaluate(() => {
      const probe = document.createElement('span');
      document.body.append(probe);
      const system = (value) => {
        probe.style.color = value;
        return getComputedStyle(probe).color;
      };
      const colours = { canvas: system('Canvas'), text: system('CanvasText'), link: system('LinkText') };
      probe.remove();
      const findings = [];
      const expectEqual = (what, actual, expected) =>
        actual !== expected && findings.push(`${what}: ${actual} ≠ ${expected}`);
      const expectAtLeast = (what, actual, minimum) =>
        !(actual >= minimum) && findings.push(`${what}: ${actual} < ${minimum}`);
      for (const section of document.querySelectorAll('.theme')) {
        const theme = section.getAttribute('aria-label');
        for (const widget of section.querySelectorAll('therapy-overview, side-effect-card, cog-disclaimer')) {
          const root = widget.shadowRoot;
          const name = `${theme} ${widget.localName}`;
          const base = getComputedStyle(root.querySelector('.base'));
          expectEqual(`${name} card background`, base.backgroundColor, colours.canvas);
          expectEqual(`${name} text`, base.color, colours.text);
          for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
            expectEqual(`${name} ${side} border colour`, base[`border${side}Color`], colours.text);
            expectAtLeast(`${name} ${side} border width`, parseFloat(base[`border${side}Width`]), 1);
          }
          // The thick start bar still stands out from the other borders.
          expectAtLeast(`${name} start bar`, parseFloat(base.borderLeftWidth), 3);
          for (const heading of root.querySelectorAll('.title, .subtitle')) {
            expectEqual(`${name} heading`, getComputedStyle(heading).color, colours.text);
          }
        }
        const card = section.querySelector('side-effect-card').shadowRoot;
        const callout = getComputedStyle(card.querySelector('.callout'));
        for (const side of ['Top', 'Right', 'Bottom', 'Left']) {
          expectEqual(`${theme} warning box ${side} border`, callout[`border${side}Color`], colours.text);
          expectAtLeast(`${theme} warning box ${side} border width`, parseFloat(callout[`border${side}Width`]), 1);
        }
        const icon = card.querySelector('.callout-icon');
        expectEqual(`${theme} warning icon`, getComputedStyle(icon).color, colours.text);
        expectEqual(`${theme} warning icon shape`, getComputedStyle(icon.querySelector('path')).fill, colours.text);
        expectAtLeast(`${theme} warning icon size`, icon.getBoundingClientRect().width, 16);
        expectAtLeast(
          `${theme} "Important" label weight`,
          Number(getComputedStyle(card.querySelector('.callout-label')).fontWeight),
          700,
        );
        const disclaimer = section.querySelector('cog-disclaimer').shadowRoot;
        expectEqual(`${theme} phone link`, getComputedStyle(disclaimer.querySelector('a')).color, colours.link);
        expectAtLeast(
          `${theme} emergency sentence weight`,
          Number(getComputedStyle(disclaimer.querySelector('.emergency')).fontWeight),
          700,
        );
      }
      return { colours, findings, sections: document.querySelectorAll('.theme').length };
    });
    assert.equal(report.sections, 5);
    assert.notEqual(report.colours.canvas, report.colours.text, 'forced colours are active');
    assert.deepEqual(report.findings, [], colorScheme);

    // The focus ring uses the system's highlight colour.
    const link = page.locator('section[aria-label="meadow dark"] cog-disclaimer a');
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await link.evaluate((a) => {
      const probe = document.createElement('span');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const highlight = getComputedStyle(probe).color;
      probe.remove();
      const style = getComputedStyle(a);
      return { colour: style.outlineColor, style: style.outlineStyle, width: style.outlineWidth, highlight };
    });
    assert.equal(ring.style, 'solid');
    assert.equal(ring.colour, ring.highlight);
    assert.ok(parseFloat(ring.width) >= 2);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('print: a clean handout, black on white, everything shown, no fills, no accent bar, cards kept whole', async () => {
  // A dark system on a page that follows it: the handout is still black on white.
  const { context, page, problems } = await openGallery({ media: 'print', colorScheme: 'dark' });
  const report = await page.evaluate(() => {
    const findings = [];
    let checked = 0;
    const transparentOrWhite = (colour) => colour === 'rgba(0, 0, 0, 0)' || colour === 'rgb(255, 255, 255)';
    for (const widget of document.querySelectorAll('therapy-overview, side-effect-card, cog-disclaimer')) {
      const theme = widget.closest('.theme').getAttribute('aria-label');
      const name = `${theme} ${widget.localName}`;
      for (const element of widget.shadowRoot.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const what = `${name} <${element.localName} class="${element.getAttribute('class') ?? ''}">`;
        checked += 1;
        if (!transparentOrWhite(style.backgroundColor)) findings.push(`${what} fill ${style.backgroundColor}`);
        if (style.color !== 'rgb(0, 0, 0)') findings.push(`${what} colour ${style.color}`);
        if (style.visibility !== 'visible') findings.push(`${what} hidden`);
        if (style.display === 'none') findings.push(`${what} not displayed`);
        if (style.backgroundImage !== 'none') findings.push(`${what} background image`);
        if (style.boxShadow !== 'none') findings.push(`${what} shadow`);
        if (style.borderTopStyle !== 'none' && style.borderTopColor !== 'rgb(0, 0, 0)') {
          findings.push(`${what} border ${style.borderTopColor}`);
        }
        // Text in the flow takes up room on the page.
        if (element.matches('p, li, h1, h2, h3, h4, h5, h6') && element.getClientRects().length === 0) {
          findings.push(`${what} takes no room`);
        }
      }
      const base = getComputedStyle(widget.shadowRoot.querySelector('.base'));
      if (base.borderLeftWidth !== base.borderTopWidth) findings.push(`${name} accent bar ${base.borderLeftWidth}`);
      if (base.breakInside !== 'avoid') findings.push(`${name} may break inside the card`);
      const callout = widget.shadowRoot.querySelector('.callout');
      if (callout) {
        const box = getComputedStyle(callout);
        if (box.borderLeftWidth !== box.borderTopWidth) findings.push(`${name} warning box bar`);
        if (box.breakInside !== 'avoid') findings.push(`${name} may break inside the warning box`);
        if (widget.shadowRoot.querySelector('.callout-icon').getBoundingClientRect().width < 16) {
          findings.push(`${name} warning icon missing`);
        }
      }
    }
    return { findings, checked };
  });
  assert.ok(report.checked > 250, `${report.checked} elements checked`);
  assert.deepEqual(report.findings, []);

  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  assert.ok(pdf.length > 10_000, `${pdf.length} bytes`);
  assert.deepEqual(problems, []);
  await context.close();
});
