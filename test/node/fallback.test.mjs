// The fallback text for CMS-safe placeholders (therapy-widgets/server/fallback.js, the `fallback`
// command and dist/fallback/): made from the packs and the interface words, in plain elements.
// Run after `npm run build`. Editors and sanitisers are tested in test/e2e/fallback.test.mjs.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { FallbackError, renderFallback, renderPlaceholder } from '../../dist/server/fallback.js';
import { WIDGET_TAGS } from '../../dist/widgets.js';
import { BAD_EMERGENCY_NUMBERS } from '../emergency-numbers.mjs';

const pack = (audience, lang) =>
  JSON.parse(readFileSync(`dist/packs/targeted-therapy/${audience}.${lang}.json`, 'utf8'));
const COMBINATIONS = ['en', 'es'].flatMap((lang) => ['family', 'child'].map((audience) => ({ lang, audience })));

/** Every text a pack gives a section, as it reads once `{emergency-number}` is the number. */
function sectionTexts(section, phone = '911') {
  return section.blocks.flatMap((block) =>
    [block.text, block.caption, block.label, ...(block.items ?? [])]
      .filter(Boolean)
      .map((text) => text.replaceAll('{emergency-number}', phone)),
  );
}

/** The text of some HTML, as a reader gets it: tags gone, entities read, spaces folded. */
const textOf = (html) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const tagsOf = (html) => new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((match) => match[1]));

test('each section widget says every text of its section of the pack, in plain elements only', async () => {
  for (const { lang, audience } of COMBINATIONS) {
    const { sections } = pack(audience, lang);
    for (const section of sections) {
      const html = await renderFallback({ widget: section.widget, lang, audience, emergencyNumber: '999' });
      const text = textOf(html);
      for (const expected of sectionTexts(section, '999')) {
        assert.ok(text.includes(expected.replace(/\s+/g, ' ')), `${section.widget} ${audience}.${lang}: ${expected}`);
      }
      // A widget with several sections (the overview) gives each its own title.
      assert.match(html, new RegExp(`(^|\n)<h2>${section.title.replace(/[?]/g, '\\$&')}</h2>`));
      for (const tag of tagsOf(html)) assert.ok(['h2', 'h3', 'p', 'ul', 'li', 'strong', 'a'].includes(tag), tag);
      assert.doesNotMatch(html, /\s(class|style|id|part|slot)=/);
      if (sectionTexts(section).some((t) => t.includes('911'))) assert.match(html, /<a href="tel:999">999<\/a>/);
    }
  }
});

test('a boxed message is a paragraph that starts with its visible label', async () => {
  const { sections } = pack('family', 'en');
  const callout = sections.flatMap((section) => section.blocks).find((block) => block.type === 'callout');
  const html = await renderFallback({ widget: 'side-effect-card' });
  assert.ok(html.includes(`<p><strong>${callout.label}</strong> `), html);
});

test('the disclaimer has its title, points, the emergency number as a tel: link, the credit and the version', async () => {
  for (const { lang, audience } of COMBINATIONS) {
    const { credit, version } = pack(audience, lang);
    const html = await renderFallback({
      widget: 'cog-disclaimer',
      lang,
      audience,
      emergencyNumber: '+44 20 7946 0000',
    });
    assert.match(html, /^<h2>[^<]+<\/h2>\n<ul>\n(<li>[^\n]+<\/li>\n){6}<\/ul>\n/);
    assert.match(html, /<li>[^<]*<a href="tel:\+442079460000">\+44 20 7946 0000<\/a>[^<]*<\/li>/);
    assert.ok(textOf(html).includes(credit), `${audience}.${lang} credit`);
    assert.ok(html.includes(version), `${audience}.${lang} version`);
  }
  // A "(0)" after the country code is shown as written and not dialled: +44 20…, not +44 0 20….
  const trunk = await renderFallback({ widget: 'cog-disclaimer', emergencyNumber: '+44 (0)20 7946 0000' });
  assert.match(trunk, /<a href="tel:\+442079460000">\+44 \(0\)20 7946 0000<\/a>/);
  const es = await renderFallback({
    widget: 'cog-disclaimer',
    lang: 'es',
    reviewed: '2026-12-01',
    reviewedBy: 'A & B',
  });
  assert.match(es, /<h2>Sobre lo que lee aquí<\/h2>/);
  assert.match(es, /<p>Revisado el 1 de diciembre de 2026 por A &amp; B\.<\/p>/);
  const en = await renderFallback({ widget: 'cog-disclaimer', organization: 'Riverside', publisher: 'Hospital' });
  assert.match(en, /<p>Based on information from Riverside\.<\/p>\n<p>Shared by Hospital\.<\/p>/);
  assert.doesNotMatch(en, /Reviewed/, 'no review is claimed unless the page states one');
});

test('heading levels follow heading-level, one below for sub-headings and in the whole page, never past h6', async () => {
  const overview = await renderFallback({ widget: 'therapy-overview', headingLevel: 4 });
  assert.deepEqual([...new Set(overview.match(/<h\d/g))], ['<h4', '<h5']);
  const page = await renderFallback({ widget: 'therapy-page', headingLevel: '5' });
  assert.deepEqual([...new Set(page.match(/<h\d/g))], ['<h5', '<h6']);
  const first = await renderFallback({ widget: 'therapy-page', headingLevel: 1 });
  assert.match(first, /^<h1>Targeted therapy<\/h1>\n<h2>What is targeted therapy\?<\/h2>/);
  // The page holds every section and the disclaimer, in order.
  const { sections } = pack('family', 'en');
  const titles = [...first.matchAll(/<h2>([^<]+)<\/h2>/g)].map((match) => match[1]);
  assert.deepEqual(titles, [...sections.map((section) => section.title), 'About what you read here']);
});

test('the placeholder carries the settings and lang around the text; text from a pack is escaped', async () => {
  const html = await renderPlaceholder({
    widget: 'side-effect-card',
    lang: 'es-MX',
    audience: 'child',
    headingLevel: 3,
  });
  assert.match(
    html,
    /^<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy" lang="es" data-audience="child" data-heading-level="3">\n<h3>/,
  );
  assert.match(html, /<\/p>\n<\/div>$/);
  const hostile = pack('family', 'en');
  // A pack cannot hold < or >, but & and quotes are ordinary text.
  hostile.sections.find((section) => section.widget === 'side-effect-card').title = 'Tom & "Jerry" &amp;';
  const escaped = await renderFallback({ widget: 'side-effect-card', pack: hostile });
  assert.match(escaped, /^<h2>Tom &amp; &quot;Jerry&quot; &amp;amp;<\/h2>/);
});

test('settings a widget would not accept are refused with a FallbackError that says why', async () => {
  const refused = [
    [{ widget: 'side-effects' }, /not a widget/],
    [{ widget: 'cog-disclaimer', lang: 'fr' }, /not a language/],
    [{ widget: 'cog-disclaimer', audience: 'teen' }, /not an audience/],
    [{ widget: 'cog-disclaimer', headingLevel: 7 }, /1 to 6/],
    [{ widget: 'cog-disclaimer', reviewed: '2026-02-30' }, /reviewed "2026-02-30" is not valid/],
    // A review of this text cannot be older than the text (written 2026-12-01) or in the future.
    [{ widget: 'therapy-page', reviewed: '2026-11-30' }, /reviewed "2026-11-30" is before this text was written/],
    [{ widget: 'cog-disclaimer', reviewed: '2999-01-01' }, /reviewed "2999-01-01" is in the future/],
    [
      { widget: 'cog-disclaimer', publisher: 'P'.repeat(301) },
      /publisher "P+" is not valid\. Use at most 300 characters/,
    ],
    [{ widget: 'cog-disclaimer', topic: '../etc' }, /not a topic name/],
    [{ widget: 'cog-disclaimer', topic: 'hand-washing' }, /no pack for hand-washing/],
    [{ widget: 'cog-disclaimer', pack: { id: 'targeted-therapy' } }, /the pack is not valid/],
  ];
  for (const [options, message] of refused) {
    await assert.rejects(
      renderFallback(options),
      (error) => error instanceof FallbackError && message.test(error.message),
    );
  }
  for (const emergencyNumber of BAD_EMERGENCY_NUMBERS) {
    await assert.rejects(
      renderFallback({ widget: 'cog-disclaimer', emergencyNumber }),
      (error) =>
        error instanceof FallbackError &&
        error.message.startsWith(`emergency-number "${emergencyNumber}" is not valid`),
      emergencyNumber,
    );
  }
});

test('packs of a site topic are read from --packs / packFolder', async () => {
  const html = await renderFallback({
    widget: 'therapy-overview',
    topic: 'hand-washing',
    packFolder: 'test/fixtures/topics',
  });
  const fixture = JSON.parse(readFileSync('test/fixtures/topics/hand-washing/family.en.json', 'utf8'));
  const overview = fixture.sections.find((section) => section.widget === 'therapy-overview');
  assert.ok(html.startsWith(`<h2>${overview.title}</h2>`), html);
  // A topic the folder does not have is the package's own.
  assert.equal(
    await renderFallback({ widget: 'side-effect-card', packFolder: 'test/fixtures/topics' }),
    await renderFallback({ widget: 'side-effect-card' }),
  );
  await assert.rejects(
    renderFallback({ widget: 'therapy-overview', topic: 'no-such-topic', packFolder: 'test/fixtures/topics' }),
    /no pack for no-such-topic \(family, en\)/,
  );
});

test('the fallback command prints the placeholder, or the text alone, and refuses bad settings', async () => {
  const run = (...args) =>
    spawnSync(process.execPath, ['cli/therapy-widgets.mjs', 'fallback', ...args], { encoding: 'utf8' });
  const printed = run(
    'cog-disclaimer',
    '--lang',
    'es',
    '--audience',
    'child',
    '--heading-level',
    '3',
    '--emergency-number',
    '112',
  );
  assert.equal(printed.status, 0, printed.stderr);
  const options = { widget: 'cog-disclaimer', lang: 'es', audience: 'child', headingLevel: 3, emergencyNumber: '112' };
  assert.equal(printed.stdout, `${await renderPlaceholder(options)}\n`);
  const only = run('how-it-works', '--content-only');
  assert.equal(only.stdout, `${await renderFallback({ widget: 'how-it-works' })}\n`);
  const bad = run('cog-disclaimer', '--reviewed', 'yesterday');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /^therapy-widgets fallback: reviewed "yesterday" is not valid/);
  assert.equal(run().status, 2);
  assert.match(run('--help').stdout, /^Usage: therapy-widgets fallback <widget>/);
});

test('listen: the placeholder carries data-listen around the same text; the text alone cannot carry it', async () => {
  const run = (...args) =>
    spawnSync(process.execPath, ['cli/therapy-widgets.mjs', 'fallback', ...args], { encoding: 'utf8' });
  for (const widget of WIDGET_TAGS) {
    const html = await renderPlaceholder({ widget, lang: 'es', listen: true });
    assert.match(html, new RegExp(`^<div data-therapy-widget="${widget}" [^>]* data-listen="">\n`), widget);
    assert.equal(html.replace(' data-listen=""', ''), await renderPlaceholder({ widget, lang: 'es' }), widget);
  }
  assert.equal(
    await renderFallback({ widget: 'side-effect-card', listen: true }),
    await renderFallback({ widget: 'side-effect-card' }),
  );
  const printed = run('side-effect-card', '--heading-level', '3', '--listen');
  assert.equal(printed.status, 0, printed.stderr);
  assert.equal(
    printed.stdout,
    `${await renderPlaceholder({ widget: 'side-effect-card', headingLevel: 3, listen: true })}\n`,
  );
  const textOnly = run('side-effect-card', '--listen', '--content-only');
  assert.equal(textOnly.status, 2);
  assert.equal(textOnly.stdout, '');
  assert.match(textOnly.stderr, /^therapy-widgets fallback: --listen is written on the placeholder/);
  assert.equal(run('side-effect-card', '--listen=on').status, 2);
  assert.match(run('--help').stdout, /^ {2}--listen {2,}/m);
});

test('the build wrote every widget, topic, audience and language with default settings to dist/fallback/', async () => {
  for (const { lang, audience } of COMBINATIONS) {
    for (const widget of WIDGET_TAGS) {
      const file = readFileSync(`dist/fallback/targeted-therapy/${audience}.${lang}/${widget}.html`, 'utf8');
      assert.equal(file, `${await renderPlaceholder({ widget, lang, audience })}\n`, `${widget} ${audience}.${lang}`);
    }
  }
});
