// The embed builder (dist-site/builder/), driven as an editor would: its controls change the
// preview, the code it shows is the code the preview runs, and that code, pasted into a blank
// page, gives the same widget, with a Subresource Integrity hash that matches the released file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, test } from 'node:test';
import { openBrowserAndSite } from './browser.mjs';
import { axeViolations, eventually, watchProblems } from './page-checks.mjs';

const require = createRequire(import.meta.url);
const DOMPURIFY = require.resolve('dompurify/dist/purify.min.js');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const theming = readFileSync('docs/theming.md', 'utf8');
const bundle = readFileSync('dist/therapy-widgets.js');
const CDN_SCRIPT = `https://cdn.example.org/therapy-widgets@${pkg.version}/dist/therapy-widgets.js`;
const INTEGRITY = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;

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

const snippet = (page, box = 'main') => page.locator(`#snippet-${box}-text`).inputValue();

/** The code as the preview runs it: the body of the preview's page. */
async function previewCode(page) {
  const srcdoc = await page.locator('#preview').getAttribute('srcdoc');
  return /<body>\n([\s\S]*)\n<\/body>/.exec(srcdoc)[1];
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

/** Renders `code` in a blank page, with the CDN address served from the local build. */
async function pasteIntoBlankPage(code, lang, { body = bundle } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  // A CDN serves the released file with CORS headers, which `crossorigin="anonymous"` needs,
  // and the chunks beside it (Spanish loads from dist/chunks/ next to the bundle).
  const cors = { 'access-control-allow-origin': '*' };
  await page.route(CDN_SCRIPT, (route) => route.fulfill({ body, contentType: 'text/javascript', headers: cors }));
  await page.route(new URL('chunks/**', CDN_SCRIPT).href, (route) =>
    route.fulfill({ path: `dist/chunks/${new URL(route.request().url()).pathname.split('/').pop()}`, headers: cors }),
  );
  // The packs too: a page fetches them from the bundle's own folder, wherever that is.
  await page.route(new URL('packs/**', CDN_SCRIPT).href, (route) =>
    route.fulfill({ path: `dist/${new URL(route.request().url()).pathname.split('/dist/').pop()}`, headers: cors }),
  );
  await page.setContent(
    `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n</head>\n<body>\n${code}\n</body>\n</html>\n`,
  );
  return { context, page, problems };
}

test('the code pins the released version, with the SRI hash of dist/therapy-widgets.js', async () => {
  const { context, page, problems } = await openBuilder();
  const code = await snippet(page);
  assert.equal(
    code.split('\n')[0],
    `<script type="module" src="${CDN_SCRIPT}" integrity="${INTEGRITY}" crossorigin="anonymous"></script>`,
  );
  assert.match(code, /\n<therapy-overview topic="targeted-therapy" heading-level="2" lang="en"><\/therapy-overview>$/);
  // The topic's pack, fetched alongside the script, from the same versioned folder.
  assert.equal(
    code.split('\n')[1],
    `<link rel="preload" as="fetch" crossorigin href="${new URL('packs/targeted-therapy/family.en.json', CDN_SCRIPT).href}">`,
  );
  assert.ok(readFileSync('dist-site/dist/therapy-widgets.js').equals(bundle), 'the site serves the same file');
  assert.match(await page.locator('footer').textContent(), new RegExp(`version ${pkg.version.replace(/\./g, '\\.')}`));
  await page.frameLocator('#preview').locator('therapy-overview #title').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the controls change the code and the preview, which runs exactly that code', async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('Disclaimer and credit').check();
  await page.getByLabel('Español').check();
  await page.getByLabel('Heading level').selectOption('3');
  await page.getByLabel('Emergency phone number').fill('999');
  await page.getByLabel('Content based on information from').fill('Riverside Cancer Network');
  await page.getByLabel('Your hospital (optional)').fill("Riverside Children's Hospital");
  await page.getByLabel('Accent colour').fill('#7a1f5c');
  await page.getByLabel('Link colour').fill('#8a1538');
  await page.getByLabel('Font', { exact: true }).fill("Georgia, 'Times New Roman', serif");
  await page.getByLabel('Corner radius').selectOption('0');

  const expected =
    '<cog-disclaimer topic="targeted-therapy" heading-level="3" lang="es" emergency-number="999" ' +
    `organization="Riverside Cancer Network" publisher="Riverside Children's Hospital"></cog-disclaimer>`;
  // Wait until every control has reached the code, the last one filled included.
  const code = await eventually(
    async () => {
      const text = await snippet(page);
      return text.endsWith(expected) && text.includes('--therapy-radius: 0;') ? text : undefined;
    },
    { message: 'the code to follow the controls' },
  );
  assert.match(code, /<style>\n {2}:root \{\n {4}--therapy-color-accent: #7a1f5c;\n/);
  assert.match(code, /--therapy-font-family: Georgia, 'Times New Roman', serif;/);
  assert.match(code, /--therapy-radius: 0;\n {2}\}\n<\/style>/);

  // The preview runs the code shown, with only the script's address changed to this site's copy.
  const local = new URL('dist/therapy-widgets.js', url).href;
  // The preview runs the same code with the script and its packs from this site.
  assert.equal(
    await previewCode(page),
    code
      .replace(`src="${CDN_SCRIPT}"`, `src="${local}"`)
      .replace(`href="${new URL('packs/', CDN_SCRIPT).href}`, `href="${new URL('packs/', local).href}`),
  );

  const widget = preview.locator('cog-disclaimer');
  await widget.locator('h3[part="title"]').waitFor();
  assert.equal(await widget.getAttribute('lang'), 'es');
  assert.match(await widget.locator('[part="emergency"]').textContent(), /999/);
  assert.match(await widget.locator('[part="credit"]').textContent(), /Riverside Cancer Network/);
  assert.match(await widget.locator('[part="publisher"]').textContent(), /Riverside Children's Hospital/);
  const base = widget.locator('[part="base"]');
  assert.equal(await base.evaluate((el) => getComputedStyle(el).borderTopLeftRadius), '0px');
  assert.match(await base.evaluate((el) => getComputedStyle(el).fontFamily), /^Georgia/);
  assert.equal(await widget.locator('[part="phone"]').evaluate((el) => getComputedStyle(el).color), 'rgb(138, 21, 56)');

  // Fields a widget does not have are not offered for it; the brand stays. Every widget takes the
  // emergency number (its text may ask readers to call it); only the disclaimer credits.
  await page.getByLabel('Side effects').check();
  await page.locator('[data-attribute="organization"]').waitFor({ state: 'hidden' });
  assert.equal(await page.locator('[data-attribute="publisher"]').isHidden(), true);
  assert.equal(await page.locator('[data-attribute="emergency-number"]').isVisible(), true);
  await eventually(async () => (await snippet(page)).includes('<side-effect-card topic='), { message: 'the card' });
  assert.match(await snippet(page), /<side-effect-card [^>]*emergency-number="999"/);
  assert.doesNotMatch(await snippet(page), /organization=|publisher=/);
  const card = preview.locator('side-effect-card [part="base"]');
  await card.waitFor();
  assert.equal(await card.evaluate((el) => getComputedStyle(el).borderInlineStartColor), 'rgb(122, 31, 92)');

  await page.getByRole('button', { name: 'Reset brand settings' }).click();
  await eventually(async () => !(await snippet(page)).includes('<style>'), { message: 'no theme after reset' });
  assert.deepEqual(problems, []);
  await context.close();
});

test("the children's version and the publisher's own review reach the code, the preload and the preview", async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('Disclaimer and credit').check();
  await page.getByLabel('Children (about 7 to 10)').check();
  await page.getByLabel('Español').check();
  await page.getByLabel('Reviewed by your clinical team on (optional)').fill('2026-12-01');
  await page.getByLabel('Reviewed by (optional)').fill('Riverside patient education team');
  const code = await eventually(
    async () => {
      const text = await snippet(page);
      return text.includes('reviewed-by=') ? text : undefined;
    },
    { message: 'the code to follow the controls' },
  );
  assert.match(
    code,
    /<cog-disclaimer topic="targeted-therapy" audience="child" [^>]*reviewed="2026-12-01" reviewed-by="Riverside patient education team">/,
  );
  assert.ok(code.includes(new URL('packs/targeted-therapy/child.es.json', CDN_SCRIPT).href), code);
  const widget = preview.locator('cog-disclaimer');
  await eventually(
    async () => /Revisado el 1 de diciembre de 2026/.test(await widget.locator('[part="reviewed"]').textContent()),
    {
      message: 'the review in the preview',
    },
  );
  // The children's disclaimer, not the families'.
  assert.notEqual(await widget.locator('[part="title"]').textContent(), 'Sobre esta información');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the code pasted into a blank page shows the same widget as the preview, and SRI guards it', async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('Disclaimer and credit').check();
  await page.getByLabel('Heading level').selectOption('4');
  await page.getByLabel('Emergency phone number').fill('112');
  await page.getByLabel('Link colour').fill('#8a1538');
  await page.getByLabel('Text colour').fill('#222222');
  await eventually(async () => (await snippet(page)).includes('--therapy-color-text: #222222'), { message: 'code' });
  const code = await snippet(page);
  const lang = 'en';
  // Once the preview has reloaded with this code (the last setting applied), describe its widget.
  const inPreview = await eventually(
    async () => {
      const shown = await preview.locator('body').evaluate(describeWidget, 'cog-disclaimer');
      return shown?.heading === 'h4' && shown.color === 'rgb(34, 34, 34)' ? shown : undefined;
    },
    { message: 'the preview widget' },
  );

  const pasted = await pasteIntoBlankPage(code, lang);
  const inBlankPage = await eventually(() => pasted.page.locator('body').evaluate(describeWidget, 'cog-disclaimer'), {
    message: 'the pasted widget',
  });
  assert.deepEqual(inBlankPage, inPreview);
  assert.equal(inBlankPage.heading, 'h4');
  assert.equal(inBlankPage.link, 'rgb(138, 21, 56)');
  assert.match(inBlankPage.text, /call 112 now/);
  assert.deepEqual(pasted.problems, []);
  await pasted.context.close();

  // A file that is not the released one, byte for byte, is refused by the browser.
  const tampered = await pasteIntoBlankPage(code, lang, { body: Buffer.concat([bundle, Buffer.from('\n')]) });
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

test('the copy button copies the code exactly and says so, by mouse or keyboard', async () => {
  const { context, page, problems } = await openBuilder({ permissions: ['clipboard-read', 'clipboard-write'] });
  // Copy straight after a change: the copied code must already have it.
  await page.getByLabel('Side effects').check();
  const button = page.getByRole('button', { name: 'Copy the code' });
  await button.click();
  const status = page.locator('#snippet-main [role="status"]');
  await eventually(async () => /Copied/.test(await status.textContent()), { message: 'confirmation' });
  assert.ok(await status.isVisible());
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await snippet(page));
  assert.match(copied, /<side-effect-card /);

  // From the keyboard: write something else on the clipboard, then Tab to the button and press Enter.
  await page.evaluate(() => navigator.clipboard.writeText('something else'));
  await page.locator('#snippet-main-text').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Copy the code');
  await page.keyboard.press('Enter');
  await eventually(async () => (await page.evaluate(() => navigator.clipboard.readText())) === (await snippet(page)), {
    message: 'the keyboard copy',
  });
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
  await page.getByRole('button', { name: 'Copy the code' }).click();
  const status = page.locator('#snippet-main [role="status"]');
  await eventually(async () => /Ctrl\+C/.test(await status.textContent()), { message: 'the fallback message' });
  const selected = await page.evaluate(() => {
    const textarea = document.activeElement;
    return textarea.value.slice(textarea.selectionStart, textarea.selectionEnd);
  });
  assert.equal(selected, await snippet(page));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the CMS-safe form: a div that DOMPurify keeps as it is, which the site-wide script upgrades', async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('CMS-safe HTML').check();
  await page.getByLabel('Side effects').check();
  await page.getByLabel('Heading level').selectOption('3');
  await page.getByLabel('Español').check();
  const div = await eventually(
    async () => {
      const value = await page.locator('#snippet-page-text').inputValue();
      return value.includes('data-heading-level="3"') && value.includes('lang="es"') ? value : undefined;
    },
    { message: 'the div' },
  );
  assert.equal(
    div,
    '<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy" data-heading-level="3" lang="es"></div>',
  );
  const template = await snippet(page);
  assert.match(
    template,
    /^<script type="module" src="[^"]+" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/,
  );
  assert.equal(await page.getByRole('button', { name: 'Copy the div' }).count(), 1);
  assert.equal(
    await previewCode(page),
    `${template}\n${div}`.replace(CDN_SCRIPT, new URL('dist/therapy-widgets.js', url).href),
  );

  await page.addScriptTag({ path: DOMPURIFY });
  // eslint-disable-next-line no-undef -- DOMPurify is the script just added to the page.
  assert.equal(await page.evaluate((markup) => DOMPurify.sanitize(markup), div), div);

  const upgraded = preview.locator('div[data-therapy-widget] > side-effect-card');
  await upgraded.locator('h3[part="title"]').waitFor();

  const pasted = await pasteIntoBlankPage(`${template}\n${div}`, 'es');
  await pasted.page.locator('div[data-therapy-widget] > side-effect-card h3[part="title"]').waitFor();
  assert.equal(await pasted.page.locator('side-effect-card').getAttribute('lang'), 'es');
  assert.deepEqual(pasted.problems, []);
  await pasted.context.close();

  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('values typed into the builder stay text: nothing they hold can run or break the code', async () => {
  const { context, page, problems, preview } = await openBuilder();
  await page.getByLabel('Disclaimer and credit').check();
  const hostile = '"><script>window.__builderXss = 1</script>';
  await page.getByLabel('Content based on information from').fill(hostile);
  await page
    .getByLabel('Font', { exact: true })
    .fill('x; } body { display: none } </style><script>window.__builderXss = 2</script>');
  await page.getByLabel('Emergency phone number').fill('call us');
  await eventually(async () => (await snippet(page)).includes('__builderXss'), { message: 'code' });
  const code = await snippet(page);
  assert.ok(code.includes('organization="&quot;&gt;&lt;script&gt;window.__builderXss = 1&lt;/script&gt;"'), code);
  assert.doesNotMatch(code, /display: none|<style>/);
  assert.equal(await page.getByLabel('Font', { exact: true }).getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByLabel('Emergency phone number').getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator('#emergency-number-problem').textContent(), /911 instead/);

  const credit = preview.locator('cog-disclaimer [part="credit"]');
  await credit.waitFor();
  assert.match(await credit.textContent(), /window\.__builderXss = 1/);
  assert.equal(await preview.locator('body').evaluate(() => window.__builderXss), undefined);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the brand settings are documented custom properties of the widgets', async () => {
  const { context, page } = await openBuilder();
  const offered = await page.locator('#theme-fields [name]').evaluateAll((inputs) => inputs.map((input) => input.name));
  assert.equal(offered.length, 5);
  const documented = new Set(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => declaration.cssProperties ?? [])
      .map((property) => property.name),
  );
  for (const property of offered) {
    assert.ok(documented.has(property), `${property} is in custom-elements.json`);
    assert.ok(theming.includes(`\`${property}\``), `${property} is in docs/theming.md`);
  }
  await context.close();
});
