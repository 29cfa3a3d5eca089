// The embed builder (dist-site/builder/), driven as an editor would: its controls change the
// preview, the code it shows is the code the preview runs, and that code, pasted into a blank page
// of a hospital's site serving the package's dist/ folder, gives the same widget: with JavaScript on
// for the script-and-element form, and the same text with JavaScript on and off for the
// pre-rendered and CMS-safe forms. The script carries a Subresource Integrity hash of the built file.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { axeViolations, eventually, readerText, watchProblems } from './page-checks.mjs';
import { STAND_IN_SPEECH } from './page-helpers.mjs';

const require = createRequire(import.meta.url);
const DOMPURIFY = require.resolve('dompurify/dist/purify.min.js');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const theming = readFileSync('docs/theming.md', 'utf8');
const readme = readFileSync('README.md', 'utf8');
const bundle = readFileSync('dist/therapy-widgets.js');
const INTEGRITY = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
/** Where the builder's code loads the script unless told otherwise: the hospital's own site. */
const SCRIPT = '/therapy-widgets/therapy-widgets.js';
/** The blank page of a hospital's site the code is pasted into. */
const HOSPITAL = 'https://hospital.example';
const STYLE_HASHES = JSON.parse(readFileSync('dist/prerendered/csp.json', 'utf8'))['style-src'].join(' ');

const { browser, url, close } = await openBrowserAndSite();
after(close);

async function openBuilder({ width = 1280, permissions = [] } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  if (permissions.length) await context.grantPermissions(permissions, { origin: new URL(url).origin });
  const page = await context.newPage();
  const problems = watchProblems(page, new URL(url).origin);
  await page.goto(new URL('builder/', url).href);
  await page.locator('form[data-ready]').waitFor();
  return { context, page, problems, preview: page.frameLocator('#preview') };
}

const snippet = (page, box = 'page') => page.locator(`#snippet-${box}-text`).inputValue();

/**
 * Every code box, once the code has caught up with the controls (`ready` says when it has). The
 * boxes are read twice and must agree, so none is from a render the others are not from.
 */
async function code(page, ready = () => true, message = 'the code to follow the controls') {
  const read = async () => ({
    head: await snippet(page, 'head'),
    brand: await snippet(page, 'brand'),
    page: await snippet(page),
  });
  return eventually(
    async () => {
      const boxes = await read();
      return ready(boxes) && JSON.stringify(await read()) === JSON.stringify(boxes) ? boxes : undefined;
    },
    { message },
  );
}

/** The code as the preview runs it: the head and body of the preview's page. */
async function previewCode(page) {
  const srcdoc = await page.locator('#preview').getAttribute('srcdoc');
  const [, head, body] = /<title>Preview<\/title>\n([\s\S]*)\n<\/head>\n<body>\n([\s\S]*)\n<\/body>/.exec(srcdoc);
  return { head, body };
}

/** What a widget in `body`'s page shows and how it looks, to compare one rendering with another. */
function describeWidget(body, selector) {
  const widget = body.ownerDocument.querySelector(selector);
  if (!widget?.shadowRoot?.querySelector('[part="title"]')) return undefined;
  const base = getComputedStyle(widget.shadowRoot.querySelector('[part="base"]'));
  const link = widget.shadowRoot.querySelector('a');
  return {
    tag: widget.localName,
    lang: widget.closest('[lang]')?.getAttribute('lang'),
    text: widget.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
    heading: widget.shadowRoot.querySelector('[part="title"]').localName,
    accent: base.borderInlineStartColor,
    radius: base.borderTopLeftRadius,
    font: base.fontFamily,
    color: base.color,
    link: link ? getComputedStyle(link).color : undefined,
  };
}

/**
 * Pastes the code into a blank page of a hospital's site that serves the package's dist/ folder at
 * /therapy-widgets/ and the brand stylesheet beside it, under a strict Content-Security-Policy; with
 * `speech`, in a browser with a voice for each language. Its console warnings are kept too.
 */
async function pasteIntoBlankPage(boxes, lang, { body = bundle, javaScriptEnabled = true, speech = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled });
  if (speech) await context.addInitScript(STAND_IN_SPEECH);
  const page = await context.newPage();
  const problems = watchProblems(page, HOSPITAL);
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  const html = `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n${boxes.head}\n</head>\n<body>\n${boxes.page}\n</body>\n</html>\n`;
  // The strict policy docs/prerendering.md gives: the pre-rendered widgets' <style> blocks are
  // allowed by the hashes of the build's csp.json.
  const csp = `default-src 'self'; script-src 'self'; style-src 'self' ${STYLE_HASHES}; object-src 'none'; base-uri 'none'`;
  await page.route(`${HOSPITAL}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/page.html') {
      return route.fulfill({ body: html, contentType: 'text/html', headers: { 'content-security-policy': csp } });
    }
    if (path === SCRIPT) return route.fulfill({ body, contentType: 'text/javascript' });
    if (path === '/therapy-widgets/brand.css') return route.fulfill({ body: boxes.brand, contentType: 'text/css' });
    const file = `dist/${path.slice('/therapy-widgets/'.length)}`;
    if (path.startsWith('/therapy-widgets/') && !path.includes('..') && existsSync(file))
      return route.fulfill({ path: file });
    return route.fulfill({ status: 404 });
  });
  await page.goto(`${HOSPITAL}/page.html`);
  return { context, page, problems, warnings };
}

/** The text a reader gets from the pasted code: the widget's, or the placeholder's text without JavaScript. */
const pastedText = (page, selector) => page.locator(selector).evaluate(readerText);

/** Follows a link in the builder: its page is there, with the heading its #fragment names, and says `words`. */
async function followLink(page, link, words) {
  const href = await link.evaluate((a) => a.href);
  const response = await page.request.get(href);
  assert.equal(response.status(), 200, href);
  const html = await response.text();
  const { hash } = new URL(href);
  if (hash) assert.ok(html.includes(`id="${hash.slice(1)}"`), `${href}: a heading with that id`);
  if (words) assert.match(html, words, href);
}

test("the code loads the hospital's own copy of the script as the README advises, with the SRI hash of the build", async () => {
  const { context, page, problems } = await openBuilder();
  const boxes = await code(page);
  assert.equal(
    boxes.head,
    '<link rel="stylesheet" href="/therapy-widgets/therapy-widgets.css">\n' +
      `<script type="module" src="${SCRIPT}" integrity="${INTEGRITY}" crossorigin="anonymous" blocking="render"></script>`,
  );
  // The topic's pack, fetched alongside the script, from the same folder; then the element.
  assert.equal(
    boxes.page,
    '<link rel="preload" as="fetch" crossorigin href="/therapy-widgets/packs/targeted-therapy/family.en.json">\n' +
      '<therapy-overview topic="targeted-therapy" heading-level="2" lang="en"></therapy-overview>',
  );
  assert.equal(boxes.brand, '');
  assert.equal(await page.locator('#snippet-brand').isHidden(), true);
  // Why the template code holds the first paint and the widgets' space: the guide that says so.
  await followLink(
    page,
    page.locator('#snippet-head-hint').getByRole('link', { name: 'No layout shift' }),
    /blocking=(&quot;|")render/,
  );
  // A CDN address appears only as where the package will be once published, never in the code.
  const cdn = await page.locator('#cdn-address').textContent();
  assert.match(cdn, /^https:\/\/cdn\.jsdelivr\.net\/npm\/therapy-widgets@/);
  assert.match(await page.locator('#script-url-hint').textContent(), /once the package is published[^]*\(not yet\)/i);
  for (const box of Object.values(boxes)) assert.doesNotMatch(box, /cdn\./);
  assert.ok(readFileSync('dist-site/dist/therapy-widgets.js').equals(bundle), 'the site serves the same file');
  assert.match(await page.locator('footer').textContent(), new RegExp(`version ${pkg.version.replace(/\./g, '\\.')}`));
  await page.frameLocator('#preview').locator('therapy-overview #title').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every widget is offered by a name in plain words, and each form by a one-line explanation', async () => {
  const { context, page } = await openBuilder();
  const names = await page
    .locator('#widget-choices label')
    .evaluateAll((labels) => labels.map((label) => label.firstChild.nextSibling.textContent.trim()));
  const tags = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
  assert.equal(names.length, tags.length);
  for (const name of names) assert.match(name, /^[A-Z][a-z ,]+$/, `${name} is a name, not a tag`);
  for (const [form, words] of [
    ['1. Script and element', /JavaScript on/],
    ['2. Pre-rendered', /page templates and static sites/],
    ['3. CMS-safe, with the text inside', /For editors/],
  ]) {
    const choice = page.getByLabel(form);
    const hint = await choice.evaluate(
      (input) => document.getElementById(input.getAttribute('aria-describedby')).textContent,
    );
    assert.match(hint.replace(/\s+/g, ' '), words, form);
    await choice.check();
    await eventually(async () => words.test(await page.locator('#form-explanation').textContent()), { message: form });
  }
  await context.close();
});

test('the controls change the code and the preview, which runs exactly that code', async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('Disclaimer and credit').check();
  await page.getByLabel('Español').check();
  await page.getByLabel('Heading level').selectOption('3');
  await page.getByLabel('Emergency phone number').fill('999');
  await page.getByLabel('Content based on information from (optional)').fill('Riverside Cancer Network');
  await page.getByLabel('Your hospital (optional)').fill("Riverside Children's Hospital");
  await page.getByLabel('Accent colour on light pages').fill('#7a1f5c');
  await page.getByLabel('Font', { exact: true }).fill("Georgia, 'Times New Roman', serif");
  await page.getByLabel('Corner radius').selectOption('0');

  const expected =
    '<cog-disclaimer topic="targeted-therapy" heading-level="3" lang="es" emergency-number="999" ' +
    `organization="Riverside Cancer Network" publisher="Riverside Children's Hospital"></cog-disclaimer>`;
  const boxes = await code(
    page,
    ({ page: text, brand }) => text.endsWith(expected) && brand.includes('--therapy-radius: 0;'),
  );
  // The brand is a stylesheet to host, linked from the template code; light-dark() keeps the dark default.
  assert.equal(
    boxes.brand,
    ':root {\n  --therapy-color-accent: light-dark(#7a1f5c, #7dbbf2);\n' +
      "  --therapy-font-family: Georgia, 'Times New Roman', serif;\n  --therapy-radius: 0;\n}\n",
  );
  assert.ok(boxes.head.includes('<link rel="stylesheet" href="/therapy-widgets/brand.css">'), boxes.head);
  assert.doesNotMatch(Object.values(boxes).join('\n'), /<style/);
  assert.match(await page.locator('#snippet-brand-hint').textContent(), /'unsafe-inline'[^]*nonce/);

  // The preview runs the same code with the script, its files and brand.css from this site.
  const local = new URL('dist/', url).href;
  const ran = await previewCode(page);
  assert.equal(ran.body, boxes.page.replaceAll('href="/therapy-widgets/', `href="${local}`));
  const brandUrl = /href="(blob:[^"]+)"/.exec(ran.head)[1];
  assert.equal(
    ran.head,
    boxes.head
      .replace(`src="${SCRIPT}"`, `src="${local}therapy-widgets.js"`)
      .replace('href="/therapy-widgets/brand.css"', `href="${brandUrl}"`)
      .replaceAll('href="/therapy-widgets/', `href="${local}`),
  );

  const widget = preview.locator('cog-disclaimer');
  await widget.locator('h3[part="title"]').waitFor();
  assert.equal(await widget.getAttribute('lang'), 'es');
  assert.match(await widget.locator('[part="emergency"]').textContent(), /999/);
  assert.match(await widget.locator('[part="credit"]').textContent(), /Riverside Cancer Network/);
  assert.match(await widget.locator('[part="publisher"]').textContent(), /Riverside Children's Hospital/);
  const base = widget.locator('[part="base"]');
  await eventually(async () => (await base.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)) === '0px', {
    message: 'the brand in the preview',
  });
  assert.match(await base.evaluate((el) => getComputedStyle(el).fontFamily), /^Georgia/);
  assert.equal(await widget.locator('[part="phone"]').evaluate((el) => getComputedStyle(el).color), 'rgb(122, 31, 92)');

  // Fields a widget does not have are not offered for it; the brand stays. Every widget takes the
  // emergency number (its text may ask readers to call it); only the disclaimer credits.
  await page.getByLabel('Side effects').check();
  await page.locator('[data-attribute="organization"]').waitFor({ state: 'hidden' });
  assert.equal(await page.locator('[data-attribute="publisher"]').isHidden(), true);
  assert.equal(await page.locator('[data-attribute="emergency-number"]').isVisible(), true);
  const card = await code(page, (b) => b.page.includes('<side-effect-card topic='), 'the card');
  assert.match(card.page, /<side-effect-card [^>]*emergency-number="999"/);
  assert.doesNotMatch(card.page, /organization=|publisher=/);

  await page.getByRole('button', { name: 'Reset brand settings' }).click();
  await code(page, (b) => b.brand === '' && !b.head.includes('brand.css'), 'no brand after reset');
  assert.deepEqual(problems, []);
  await context.close();
});

test('brand colours are checked for 4.5:1 contrast against the light card and the dark card', async () => {
  const { context, page } = await openBuilder();
  const light = page.getByLabel('Accent colour on light pages');
  const dark = page.getByLabel('Accent colour on dark pages');
  // A dark red reads on white but not on the dark card; a pale pink the other way round.
  await dark.fill('#7a1f5c');
  await eventually(async () => (await dark.getAttribute('aria-invalid')) === 'true', { message: 'the dark check' });
  assert.match(await page.locator('#theme-color-accent-dark-problem').textContent(), /dark card is \d\.\d:1[^]*4\.5:1/);
  assert.equal(await light.getAttribute('aria-invalid'), null);
  await light.fill('#f0a8d8');
  await eventually(async () => (await light.getAttribute('aria-invalid')) === 'true', { message: 'the light check' });
  assert.match(await page.locator('#theme-color-accent-problem').textContent(), /light card is \d\.\d:1/);
  await light.fill('#7a1f5c');
  await dark.fill('#f0a8d8');
  const boxes = await code(page, (b) => b.brand.includes('light-dark(#7a1f5c, #f0a8d8)'), 'both colours');
  assert.match(boxes.brand, /--therapy-color-accent: light-dark\(#7a1f5c, #f0a8d8\);/);
  assert.equal(await light.getAttribute('aria-invalid'), null);
  assert.equal(await dark.getAttribute('aria-invalid'), null);
  await context.close();
});

test("the children's version and the publisher's own review reach the code, the preload and the preview", async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('Disclaimer and credit').check();
  await page.getByLabel('Children (about 7 to 10)').check();
  await page.getByLabel('Español').check();
  await page.getByLabel('Reviewed by your clinical team on (optional)').fill('2026-12-01');
  await page.getByLabel('Reviewed by (optional)').fill('Riverside patient education team');
  const boxes = await code(page, (b) => b.page.includes('reviewed-by='));
  assert.match(
    boxes.page,
    /<cog-disclaimer topic="targeted-therapy" audience="child" [^>]*reviewed="2026-12-01" reviewed-by="Riverside patient education team">/,
  );
  assert.ok(boxes.page.includes('/therapy-widgets/packs/targeted-therapy/child.es.json'), boxes.page);
  const widget = preview.locator('cog-disclaimer');
  await eventually(
    async () => /Revisado el 1 de diciembre de 2026/.test(await widget.locator('[part="reviewed"]').textContent()),
    { message: 'the review in the preview' },
  );
  // The children's disclaimer, not the families'.
  assert.notEqual(await widget.locator('[part="title"]').textContent(), 'Sobre lo que lee aquí');
  assert.deepEqual(problems, []);
  await context.close();
});

test('script and element, pasted into a blank page, shows the same widget as the preview, and SRI guards it', async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('Disclaimer and credit').check();
  await page.getByLabel('Heading level').selectOption('4');
  await page.getByLabel('Emergency phone number').fill('112');
  await page.getByLabel('Accent colour on light pages').fill('#8a1538');
  const boxes = await code(page, (b) => b.brand.includes('#8a1538') && b.page.includes('112'));
  // Once the preview has reloaded with this code (the last setting applied), describe its widget.
  const inPreview = await eventually(
    async () => {
      const shown = await preview.locator('body').evaluate(describeWidget, 'cog-disclaimer');
      return shown?.heading === 'h4' && shown.link === 'rgb(138, 21, 56)' ? shown : undefined;
    },
    { message: 'the preview widget' },
  );

  const pasted = await pasteIntoBlankPage(boxes, 'en');
  // Once the widget has drawn its content and the brand stylesheet applies, it is the preview's widget.
  const inBlankPage = await eventually(
    async () => {
      const shown = await pasted.page.locator('body').evaluate(describeWidget, 'cog-disclaimer');
      return shown?.link === inPreview.link ? shown : undefined;
    },
    { message: 'the pasted widget' },
  );
  assert.deepEqual(inBlankPage, inPreview);
  assert.match(inBlankPage.text, /call 112 now/);
  assert.deepEqual(pasted.problems, []);
  await pasted.context.close();

  // This form needs JavaScript: without it, the page shows none of the widget's text, as its explanation says.
  const off = await pasteIntoBlankPage(boxes, 'en', { javaScriptEnabled: false });
  assert.equal(await off.page.locator('body').evaluate(readerText), '');
  assert.match(
    await page
      .getByLabel('1. Script and element')
      .evaluate((input) => input.parentElement.nextElementSibling.textContent),
    /only with JavaScript on/,
  );
  await off.context.close();

  // A file that is not the built one, byte for byte, is refused by the browser.
  const tampered = await pasteIntoBlankPage(boxes, 'en', { body: Buffer.concat([bundle, Buffer.from('\n')]) });
  await tampered.page.waitForLoadState('networkidle');
  assert.equal(await tampered.page.evaluate(() => customElements.get('cog-disclaimer')), undefined);
  assert.ok(
    tampered.problems.some((problem) => /integrity/i.test(problem)),
    tampered.problems.join('\n'),
  );
  await tampered.context.close();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the CMS-safe form: a div holding the text, kept by DOMPurify, read the same with JavaScript on and off', async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('3. CMS-safe, with the text inside').check();
  for (const [widget, lang, audience] of [
    ['Side effects', 'Español', 'Children (about 7 to 10)'],
    ['Disclaimer and credit', 'English', 'Families'],
    ['The whole topic on one page', 'English', 'Children (about 7 to 10)'],
  ]) {
    await page.getByLabel(widget).check();
    await page.getByLabel(lang).check();
    await page.getByLabel(audience).check();
    const tag = await page.getByLabel(widget).inputValue();
    const file = readFileSync(
      `dist/fallback/targeted-therapy/${audience === 'Families' ? 'family' : 'child'}.${lang === 'English' ? 'en' : 'es'}/${tag}.html`,
      'utf8',
    ).trim();
    // The file the build wrote for these settings, as it is.
    const boxes = await code(page, (b) => b.page === file, `the ${tag} fallback`);
    assert.match(boxes.page, new RegExp(`^<div data-therapy-widget="${tag}" `));
    await page.addScriptTag({ path: DOMPURIFY });
    // eslint-disable-next-line no-undef -- DOMPurify is the script just added to the page.
    assert.equal(await page.evaluate((markup) => DOMPurify.sanitize(markup), boxes.page), boxes.page);
    await preview.locator(`div[data-therapy-widget] > ${tag}:not([hidden])`).waitFor();

    const on = await pasteIntoBlankPage(boxes, 'en');
    await on.page.locator(`div[data-therapy-widget] > ${tag}:not([hidden])`).waitFor();
    await eventually(async () => (await on.page.locator('div[data-therapy-widget] > *').count()) === 1, {
      message: 'the fallback gone',
    });
    const withScript = await pastedText(on.page, 'div[data-therapy-widget]');
    assert.deepEqual(on.problems, []);
    await on.context.close();
    const off = await pasteIntoBlankPage(boxes, 'en', { javaScriptEnabled: false });
    const withoutScript = await pastedText(off.page, 'div[data-therapy-widget]');
    await off.context.close();
    assert.ok(withoutScript.length > 100, withoutScript);
    assert.equal(withScript, withoutScript, tag);
  }
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('settings that change the text give the command that writes the code, and its code reads the same on and off', async () => {
  const { context, page } = await openBuilder();
  await page.getByLabel('3. CMS-safe, with the text inside').check();
  await page.getByLabel('Side effects').check();
  await page.getByLabel('Heading level').selectOption('3');
  await page.getByLabel('Emergency phone number').fill('+44 (20) 7946 0000');
  await page.getByLabel('Read aloud').check();
  const boxes = await code(page, (b) => b.page.endsWith(' --listen'), 'the command');
  assert.equal(
    boxes.page,
    "npx therapy-widgets fallback side-effect-card --topic targeted-therapy --lang en --audience family --heading-level 3 --emergency-number '+44 (20) 7946 0000' --listen",
  );
  assert.match(await page.locator('#snippet-page-title').textContent(), /Run this command/);
  assert.equal(await page.locator('#snippet-page .copy').textContent(), 'Copy the command');
  // The package is not on npm yet: the hint links to how to install it, and names no npm install.
  const hint = page.locator('#snippet-page-hint');
  assert.doesNotMatch(await hint.textContent(), /npm install therapy-widgets/);
  await followLink(page, hint.getByRole('link', { name: 'how to install it' }), /npm pack/);
  // The command, run as a shell would split it, prints the placeholder holding this very text.
  const args = [...boxes.page.matchAll(/'([^']*)'|(\S+)/g)].map(([, quoted, word]) => quoted ?? word).slice(2);
  const run = spawnSync(process.execPath, ['cli/therapy-widgets.mjs', ...args], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(
    run.stdout,
    /data-heading-level="3" data-emergency-number="\+44 \(20\) 7946 0000" data-listen="">\n<h3>/,
  );
  const printed = { ...boxes, page: run.stdout.trim() };
  const on = await pasteIntoBlankPage(printed, 'en');
  await on.page.locator('div[data-therapy-widget] > side-effect-card[listen]:not([hidden])').waitFor();
  await eventually(async () => (await on.page.locator('div[data-therapy-widget] > *').count()) === 1, {
    message: 'the fallback gone',
  });
  const withScript = await pastedText(on.page, 'div[data-therapy-widget]');
  await on.context.close();
  const off = await pasteIntoBlankPage(printed, 'en', { javaScriptEnabled: false });
  assert.equal(await pastedText(off.page, 'div[data-therapy-widget]'), withScript);
  await off.context.close();

  // The pre-rendered form names its own command.
  await page.getByLabel('2. Pre-rendered').check();
  const render = await code(page, (b) => b.page.startsWith('npx therapy-widgets render '), 'the render command');
  assert.match(
    render.page,
    / side-effect-card --topic targeted-therapy --lang en --audience family --heading-level 3 .* --listen$/,
  );
  await context.close();
});

test('the pre-rendered form gives the HTML the build wrote, read the same with JavaScript on and off', async () => {
  // dist/prerendered/ is written by the build's pre-rendering step (npm run build).
  const file = 'dist/prerendered/targeted-therapy/family.en/side-effect-card.html';
  assert.ok(existsSync(file), `${file} is built`);
  const { context, page, problems } = await openBuilder();
  await page.getByLabel('2. Pre-rendered').check();
  await page.getByLabel('Side effects').check();
  const html = readFileSync(file, 'utf8').trim();
  const boxes = await code(page, (b) => b.page === html, 'the pre-rendered file');
  // Its template code neither holds the first paint for the script nor holds space: the widget
  // shows before the script, in its own space (docs/prerendering.md).
  assert.equal(
    boxes.head,
    `<script type="module" src="${SCRIPT}" integrity="${INTEGRITY}" crossorigin="anonymous"></script>`,
  );
  assert.match(await page.locator('#snippet-head-hint').textContent(), /Nothing waits for it/);
  const off = await pasteIntoBlankPage(boxes, 'en', { javaScriptEnabled: false });
  const withoutScript = await pastedText(off.page, 'side-effect-card');
  await off.context.close();
  const on = await pasteIntoBlankPage(boxes, 'en');
  await on.page.locator('side-effect-card [part="title"]').waitFor();
  const withScript = await pastedText(on.page, 'side-effect-card');
  await on.context.close();
  assert.ok(withoutScript.length > 100, withoutScript);
  assert.equal(withScript, withoutScript);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Read aloud adds listen to the code of every form, which reads the same with JavaScript off and, with a voice, on', async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('Side effects').check();
  const readAloud = page.getByLabel('Read aloud');
  const hint = await readAloud.evaluate(
    (input) => document.getElementById(input.getAttribute('aria-describedby')).textContent,
  );
  assert.match(hint.replace(/\s+/g, ' '), /Listen button[^]*where the device has a voice/);
  await readAloud.check();

  /**
   * The code pasted into a blank page with JavaScript off, then on in a browser with a voice:
   * the text read each time (Listen buttons aside), once the widget in `selector` shows its Listen
   * button and nothing but the widget is left in `selector`.
   */
  async function readOffAndOn(boxes, selector) {
    const off = await pasteIntoBlankPage(boxes, 'en', { javaScriptEnabled: false });
    const withoutScript = await pastedText(off.page, selector);
    await off.context.close();
    const on = await pasteIntoBlankPage(boxes, 'en', { speech: true });
    await on.page.locator(`${selector} side-effect-card[listen]:not([hidden]) .listen button`).waitFor();
    await eventually(async () => (await on.page.locator(`${selector} > *`).count()) === 1, { message: selector });
    const withScript = await pastedText(on.page, selector);
    assert.deepEqual(on.problems, [], selector);
    assert.deepEqual(on.warnings, [], selector);
    await on.context.close();
    return { withoutScript, withScript };
  }

  // 1. Script and element: the attribute on the element, in the preview too.
  const element = await code(page, (b) => b.page.includes(' listen>'), 'listen on the element');
  assert.ok(
    element.page.endsWith(
      '<side-effect-card topic="targeted-therapy" heading-level="2" lang="en" listen></side-effect-card>',
    ),
    element.page,
  );
  await preview.locator('side-effect-card[listen] [part="title"]').waitFor();
  const pasted = await pasteIntoBlankPage(element, 'en', { speech: true });
  await pasted.page.locator('side-effect-card .listen button').waitFor();
  assert.equal((await pasted.page.locator('side-effect-card .listen button').textContent()).trim(), 'Listen');
  assert.deepEqual(pasted.problems, []);
  await pasted.context.close();

  // 2 and 3: the files the build wrote, with the attribute added.
  const run = (...args) => spawnSync(process.execPath, ['cli/therapy-widgets.mjs', ...args], { encoding: 'utf8' });
  const options = ['--topic', 'targeted-therapy', '--lang', 'en', '--audience', 'family', '--listen'];
  const openingTag = (html) => {
    const [tag] = /^<[^>]*>/.exec(html);
    return { attributes: tag.slice(1, -1).split(' ').sort(), rest: html.slice(tag.length) };
  };

  let fallbackFile;
  for (const [form, kind, verb, added, selector] of [
    ['2. Pre-rendered', 'prerendered', 'render', ' listen', 'body'],
    ['3. CMS-safe, with the text inside', 'fallback', 'fallback', ' data-listen=""', 'div[data-therapy-widget]'],
  ]) {
    await page.getByLabel(form).check();
    const file = readFileSync(`dist/${kind}/targeted-therapy/family.en/side-effect-card.html`, 'utf8').trim();
    const boxes = await code(page, (b) => b.page === file.replace('>', `${added}>`), form);
    const printed = run(verb, 'side-effect-card', ...options);
    assert.equal(printed.status, 0, printed.stderr);
    // The code the command prints: the same attributes (Lit places `listen` among the element's
    // others), and for the placeholder the very same code.
    assert.deepEqual(openingTag(boxes.page), openingTag(printed.stdout.trim()), form);
    if (kind === 'fallback') {
      assert.equal(boxes.page, printed.stdout.trim());
      await page.addScriptTag({ path: DOMPURIFY });
      // eslint-disable-next-line no-undef -- DOMPurify is the script just added to the page.
      assert.equal(await page.evaluate((markup) => DOMPurify.sanitize(markup), boxes.page), boxes.page);
      fallbackFile = file;
    }
    const { withoutScript, withScript } = await readOffAndOn(boxes, selector);
    assert.ok(withoutScript.length > 100, withoutScript);
    assert.equal(withScript, withoutScript, form);
  }

  // Unticked, the code is the file again.
  await readAloud.uncheck();
  await code(page, (b) => b.page === fallbackFile, 'no listen');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the copy buttons copy the code exactly and say so, by mouse or keyboard', async () => {
  const { context, page, problems } = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });
  // Copy straight after a change: the copied code must already have it.
  await page.getByLabel('Side effects').check();
  const button = page.locator('#snippet-page').getByRole('button', { name: 'Copy the code' });
  await button.click();
  const status = page.locator('#snippet-page [role="status"]');
  await eventually(async () => /Copied/.test(await status.textContent()), { message: 'confirmation' });
  assert.ok(await status.isVisible());
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippet(page));
  assert.match(copied, /<side-effect-card /);

  // From the keyboard: write something else on the clipboard, then Tab to the button and press Enter.
  await page.evaluate(() => navigator.clipboard.writeText('something else'));
  await page.locator('#snippet-head-text').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Copy the template code');
  await page.keyboard.press('Enter');
  await eventually(
    async () => (await page.evaluate(() => navigator.clipboard.readText())) === (await snippet(page, 'head')),
    { message: 'the keyboard copy' },
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the browser refuses to copy, the code is selected and the editor is told how to copy it', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
  });
  const page = await context.newPage();
  const problems = watchProblems(page, new URL(url).origin);
  await page.goto(new URL('builder/', url).href);
  await page.locator('form[data-ready]').waitFor();
  await page.getByRole('button', { name: 'Copy the template code' }).click();
  const status = page.locator('#snippet-head [role="status"]');
  await eventually(async () => /Ctrl\+C/.test(await status.textContent()), { message: 'the fallback message' });
  const selected = await page.evaluate(() => {
    const textarea = document.activeElement;
    return textarea.value.slice(textarea.selectionStart, textarea.selectionEnd);
  });
  assert.equal(selected, await snippet(page, 'head'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('values typed into the builder stay text: nothing they hold can run or break the code', async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('Disclaimer and credit').check();
  const hostile = '"><script>window.__builderXss = 1</script>';
  await page.getByLabel('Content based on information from (optional)').fill(hostile);
  await page
    .getByLabel('Font', { exact: true })
    .fill('x; } body { display: none } </style><script>window.__builderXss = 2</script>');
  await page.getByLabel('Emergency phone number').fill('call us');
  await page.getByLabel("Your script's address").fill('"><script>window.__builderXss = 3</script>.js');
  const boxes = await code(page, (b) => b.page.includes('__builderXss'));
  assert.ok(
    boxes.page.includes('organization="&quot;&gt;&lt;script&gt;window.__builderXss = 1&lt;/script&gt;"'),
    boxes.page,
  );
  assert.doesNotMatch(Object.values(boxes).join('\n'), /display: none|__builderXss = [23]/);
  assert.ok(boxes.head.includes(`src="${SCRIPT}"`), 'the default address until a usable one is typed');
  assert.equal(await page.getByLabel('Font', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Emergency phone number').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel("Your script's address").getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#emergency-number-problem').textContent(), /911 instead/);

  const credit = preview.locator('cog-disclaimer [part="credit"]');
  await credit.waitFor();
  assert.match(await credit.textContent(), /window\.__builderXss = 1/);
  assert.equal(await preview.locator('body').evaluate(() => window.__builderXss), undefined);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a hospital's own script address reaches every line of the code", async () => {
  const { context, page } = await openBuilder();
  await page.getByLabel("Your script's address").fill('https://static.riverside.example/js/tw/therapy-widgets.js');
  await page.getByLabel('Accent colour on light pages').fill('#7a1f5c');
  const boxes = await code(page, (b) => b.head.includes('riverside') && b.brand !== '');
  assert.equal(
    boxes.head,
    '<link rel="stylesheet" href="https://static.riverside.example/js/tw/therapy-widgets.css">\n' +
      '<link rel="stylesheet" href="https://static.riverside.example/js/tw/brand.css">\n' +
      `<script type="module" src="https://static.riverside.example/js/tw/therapy-widgets.js" integrity="${INTEGRITY}" crossorigin="anonymous" blocking="render"></script>`,
  );
  assert.ok(boxes.page.includes('href="https://static.riverside.example/js/tw/packs/targeted-therapy/family.en.json"'));
  await context.close();
});

test("the brand settings are the README's five brand tokens", async () => {
  const { context, page } = await openBuilder();
  const offered = await page
    .locator('#theme-fields :is(input, select)')
    .evaluateAll((inputs) => inputs.map((input) => `--therapy${input.id.replace(/^theme/, '').replace(/-dark$/, '')}`));
  const section = /## Theming in five tokens([^]*?)\n## /.exec(readme)[1];
  const brandTokens = [...section.matchAll(/^\| `(--therapy-[a-z-]+)`/gm)].map((match) => match[1]);
  assert.equal(brandTokens.length, 5);
  assert.deepEqual([...new Set(offered)], brandTokens);
  const documented = new Set(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => declaration.cssProperties ?? [])
      .map((property) => property.name),
  );
  for (const property of brandTokens) {
    assert.ok(documented.has(property), `${property} is in custom-elements.json`);
    assert.ok(theming.includes(`\`${property}\``), `${property} is in docs/theming.md`);
  }
  await context.close();
});

test('the forms are chosen from the keyboard, and each is axe-clean and fits a 320 px screen', async () => {
  const { context, page, problems } = await openBuilder({ width: 320 });
  await page.getByLabel('1. Script and element').focus();
  for (const [key, form] of [
    ['ArrowDown', 'prerendered'],
    ['ArrowDown', 'placeholder'],
  ]) {
    await page.keyboard.press(key);
    assert.equal(await page.evaluate(() => document.activeElement.value), form);
    await eventually(async () => (await page.locator('#form-explanation').textContent()).length > 0, { message: form });
    await code(page, (b) => (form === 'placeholder' ? b.page.startsWith('<div data-therapy-widget') : true), form);
    // The preview has reloaded with this form's code and drawn its widget.
    await page.frameLocator('#preview').locator('[part="title"]').first().waitFor();
    await page.waitForTimeout(300);
    assert.deepEqual(await axeViolations(page), [], form);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${form}: ${overflow}px wider than the screen`);
  }
  // Focus stays visible on the choice moved to.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  assert.deepEqual(
    problems.filter((problem) => !problem.includes('/dist/prerendered/')),
    [],
  );
  await context.close();
});
