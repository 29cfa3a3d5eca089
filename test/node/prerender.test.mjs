// The server renderer (therapy-widgets/server), its command and the files the build writes from
// it. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { prerenderedFiles } from '../../scripts/build-prerendered.mjs';

const server = await import('../../dist/server/render.js');
const { AUDIENCES, LANGUAGES, PackNotValid, TOPICS, WIDGET_TAGS, renderWidget, styleHashes } = server;

/** The JSON-LD description in some rendered HTML, parsed. */
function description(html) {
  const found = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
  return found && JSON.parse(found[1]);
}

test('a widget renders as its element with a declarative shadow root holding its styles and content', () => {
  const html = renderWidget('side-effect-card', { lang: 'es', audience: 'child', headingLevel: 3 });
  assert.match(
    html,
    /^<side-effect-card data-prerendered lang="es" audience="child" heading-level="3" [^>]*><template [^>]*shadowrootmode="open"><style>/,
  );
  assert.match(html, /<\/template><\/side-effect-card>$/);
  assert.match(html, /<h3 [^>]*>(<!--[^>]*-->)*Efectos secundarios/);
  // Only the element: no markers of the template that rendered it outside it.
  assert.doesNotMatch(html.slice(0, html.indexOf('<template')), /<!--/);
});

test('the build wrote every widget, topic, audience and language, exactly as the renderer renders them', () => {
  for (const topic of TOPICS) {
    for (const audience of AUDIENCES) {
      for (const language of LANGUAGES) {
        for (const tag of WIDGET_TAGS) {
          const path = `dist/prerendered/${topic}/${audience}.${language}/${tag}.html`;
          assert.equal(readFileSync(path, 'utf8'), `${renderWidget(tag, { topic, audience, lang: language })}\n`, path);
        }
      }
    }
  }
  assert.ok(TOPICS.includes('targeted-therapy'));
  assert.deepEqual([...LANGUAGES], ['en', 'es']);
});

test('csp.json lists the hash of every <style> block of every pre-rendered file, and nothing else', async () => {
  const { 'style-src': listed } = JSON.parse(readFileSync('dist/prerendered/csp.json', 'utf8'));
  const needed = new Set((await prerenderedFiles()).flatMap(({ html }) => styleHashes(html)));
  assert.deepEqual([...listed].sort(), [...needed].sort());
  // Settings change no style: the hashes hold for HTML rendered with other settings.
  const other = renderWidget('therapy-page', { lang: 'es', audience: 'child', headingLevel: 1, publisher: 'X' });
  for (const hash of styleHashes(other)) assert.ok(listed.includes(hash), hash);
});

test('MedicalWebPage: the topic, its language and readers, its source; a review only when the publisher states one', () => {
  const plain = description(renderWidget('therapy-page'));
  assert.equal(plain['@type'], 'MedicalWebPage');
  assert.equal(plain.name, 'Targeted therapy');
  assert.equal(plain.inLanguage, 'en');
  assert.equal(plain.isBasedOn, "the Children's Oncology Group");
  for (const key of ['lastReviewed', 'reviewedBy', 'publisher']) assert.equal(plain[key], undefined, key);

  const reviewed = description(
    renderWidget('therapy-overview', { reviewed: '2026-12-01', reviewedBy: 'Our nurses', publisher: 'Riverside' }),
  );
  assert.equal(reviewed.lastReviewed, '2026-12-01');
  assert.deepEqual(reviewed.reviewedBy, { '@type': 'Organization', name: 'Our nurses' });
  assert.deepEqual(reviewed.publisher, { '@type': 'Organization', name: 'Riverside' });
  // A date that is not real, or a reviewer without a date, claims no review.
  const invalid = description(renderWidget('therapy-page', { reviewed: '2026-02-30', reviewedBy: 'Our nurses' }));
  assert.equal(invalid.lastReviewed, undefined);
  assert.equal(invalid.reviewedBy, undefined);
  // Nor does a date before the text was written (2026-12-01), nor one in the future.
  for (const date of ['2026-11-30', '2999-01-01']) {
    const notOfThisText = description(renderWidget('therapy-page', { reviewed: date, reviewedBy: 'Our nurses' }));
    assert.equal(notOfThisText.lastReviewed, undefined, date);
    assert.equal(notOfThisText.reviewedBy, undefined, date);
  }
  // A line the widget leaves out (too long) is not described either.
  const tooLong = description(
    renderWidget('therapy-page', { publisher: 'P'.repeat(301), organization: 'O'.repeat(301) }),
  );
  assert.equal(tooLong.publisher, undefined);
  assert.equal(tooLong.isBasedOn, "the Children's Oncology Group");
  // Only the widgets that stand for the whole page carry it.
  assert.equal(description(renderWidget('side-effect-card')), null);
});

test('text from the page cannot end the description script early or inject markup', () => {
  const hostile = '</script><script>alert(1)</script><!-- & "quotes"';
  const html = renderWidget('therapy-page', { publisher: hostile, organization: hostile });
  const scripts = html.match(/<script\b[^>]*>/g);
  assert.deepEqual(scripts, ['<script type="application/ld+json">']);
  assert.equal(description(html).publisher.name, hostile);
  assert.equal(description(html).isBasedOn, hostile);
  // In the shadow root's text and the host's attribute, escaped as text.
  assert.ok(!html.includes('<script>alert'));
});

test('bad settings fall back as in the browser, with the same warnings; an unknown tag throws', () => {
  const warnings = [];
  const original = console.warn;
  console.warn = (message) => warnings.push(message);
  try {
    const html = renderWidget('therapy-overview', { headingLevel: 'abc', audience: 'teens', lang: 'fr' });
    assert.match(html, /<h2 /);
    assert.match(html, /lang="en"/);
  } finally {
    console.warn = original;
  }
  assert.ok(
    warnings.some((warning) => /heading-level="abc" is not valid/.test(warning)),
    warnings.join('\n'),
  );
  assert.ok(
    warnings.some((warning) => /audience="teens" is not valid/.test(warning)),
    warnings.join('\n'),
  );
  assert.throws(() => renderWidget('not-a-widget'), /no widget <not-a-widget>/);
});

test('npx therapy-widgets render prints the widget, and refuses an unknown one', () => {
  const printed = execFileSync(
    'node',
    ['cli/therapy-widgets.mjs', 'render', 'cog-disclaimer', '--lang', 'es', '--emergency-number', '112'],
    { encoding: 'utf8' },
  );
  assert.equal(printed, `${renderWidget('cog-disclaimer', { lang: 'es', emergencyNumber: '112' })}\n`);
  assert.match(printed, /112/);
  const refused = spawnSync('node', ['cli/therapy-widgets.mjs', 'render', 'marquee-widget'], { encoding: 'utf8' });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /Unknown widget "marquee-widget"/);
});

test('listen is written on the element only: the Listen button is left to the browser, which knows the voices', () => {
  for (const tag of WIDGET_TAGS) {
    const html = renderWidget(tag, { lang: 'es', listen: true });
    const opening = /^<[^>]*>/.exec(html)[0];
    assert.match(opening, /\slisten[\s>]/, tag);
    // Nothing else differs: no button is pre-rendered, and the widgets <therapy-page> shows get none.
    assert.equal(html.replace(opening, opening.replace(/ listen\b/, '')), renderWidget(tag, { lang: 'es' }), tag);
    assert.doesNotMatch(html.slice(opening.length), /\slisten[\s>=]/, tag);
  }
  assert.doesNotMatch(/^<[^>]*>/.exec(renderWidget('side-effect-card', { listen: false }))[0], /\slisten/);
});

test('npx therapy-widgets render --listen prints the widget with listen, without loading the read-aloud code', () => {
  // Every module the command loads, from a resolve hook, on stderr.
  const hooks = `export async function resolve(specifier, context, next) {
    const resolved = await next(specifier, context);
    process.stderr.write(\`loaded \${resolved.url}\\n\`);
    return resolved;
  }`;
  const register = `import { register } from 'node:module';
    register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  const hooked = `data:text/javascript,${encodeURIComponent(register)}`;
  const command = ['cli/therapy-widgets.mjs', 'render', 'therapy-page', '--lang', 'es', '--listen'];
  const run = spawnSync(process.execPath, ['--import', hooked, ...command], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, `${renderWidget('therapy-page', { lang: 'es', listen: true })}\n`);
  const loaded = [...run.stderr.matchAll(/^loaded (.*)$/gm)].map(([, url]) => url);
  assert.ok(
    loaded.some((url) => url.endsWith('/dist/server/render.js')),
    run.stderr,
  );
  assert.ok(readdirSync('dist/server/chunks').some((file) => file.startsWith('read-aloud-')));
  assert.deepEqual(
    loaded.filter((url) => url.includes('/read-aloud')),
    [],
  );
  // A switch takes no value.
  const refused = spawnSync('node', ['cli/therapy-widgets.mjs', 'render', 'therapy-page', '--listen=yes'], {
    encoding: 'utf8',
  });
  assert.equal(refused.status, 2);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /--listen/);
  assert.match(
    spawnSync('node', ['cli/therapy-widgets.mjs', 'render', '--help'], { encoding: 'utf8' }).stdout,
    /^ {2}--listen {2,}/m,
  );
});

// A hospital's own topic (test/fixtures/topics/hand-washing/), rendered from its folder.
const HOSPITAL_PACKS = 'test/fixtures/topics';

test("a hospital's own topic renders from its pack folder, and the library's topics still render beside it", () => {
  const html = renderWidget('therapy-overview', { topic: 'hand-washing' }, { packFolder: HOSPITAL_PACKS });
  assert.match(html, /^<therapy-overview data-prerendered lang="en" topic="hand-washing"/);
  assert.match(html, /<h2 [^>]*>(<!--[^>]*-->)*Why we wash our hands/);
  assert.equal(description(html).name, 'Hand washing');
  assert.equal(description(html).isBasedOn, 'a made-up test source');
  // Nested widgets read the same folder: the page shows the topic's drawing and credit.
  const page = renderWidget(
    'therapy-page',
    { topic: 'hand-washing' },
    { packFolder: new URL(`../../${HOSPITAL_PACKS}/`, import.meta.url) },
  );
  assert.match(page, /Hand washing, in pictures/);
  assert.match(page, /a made-up test source/);
  // A topic the folder does not have is the library's own.
  assert.equal(
    renderWidget('side-effect-card', {}, { packFolder: HOSPITAL_PACKS }),
    renderWidget('side-effect-card', {}),
  );
  // Without the folder, the topic is not available, as in a page that does not name it.
  assert.match(renderWidget('therapy-overview', { topic: 'hand-washing' }), /class="fallback"/);
});

test('a pack in the folder that is not valid throws, naming the file and the place of the problem', () => {
  const folder = mkdtempSync(join(tmpdir(), 'packs-'));
  try {
    cpSync('test/fixtures/packs/agreement/bad/html-in-text.json', join(folder, 'sample-topic/family.en.json'));
    assert.throws(
      () => renderWidget('therapy-overview', { topic: 'sample-topic' }, { packFolder: folder }),
      (error) =>
        error instanceof PackNotValid &&
        error.message.includes(join(folder, 'sample-topic/family.en.json')) &&
        /\/sections\/0\/blocks\/\d+\/text: expected plain text/.test(error.message),
    );
  } finally {
    rmSync(folder, { recursive: true });
  }
});

test('npx therapy-widgets render --packs renders a topic from that folder, and refuses a pack that is not valid', () => {
  const printed = execFileSync(
    'node',
    ['cli/therapy-widgets.mjs', 'render', 'how-it-works', '--topic', 'hand-washing', '--packs', HOSPITAL_PACKS],
    { encoding: 'utf8' },
  );
  assert.equal(printed, `${renderWidget('how-it-works', { topic: 'hand-washing' }, { packFolder: HOSPITAL_PACKS })}\n`);
  assert.match(printed, /A test caption\./);
  const folder = mkdtempSync(join(tmpdir(), 'packs-'));
  try {
    cpSync('test/fixtures/packs/agreement/bad/html-in-text.json', join(folder, 'sample-topic/family.en.json'));
    const refused = spawnSync(
      'node',
      ['cli/therapy-widgets.mjs', 'render', 'therapy-overview', '--topic', 'sample-topic', '--packs', folder],
      { encoding: 'utf8' },
    );
    assert.equal(refused.status, 2);
    assert.equal(refused.stdout, '');
    assert.match(refused.stderr, /sample-topic\/family\.en\.json is not a valid pack: \/sections\/0\/blocks/);
  } finally {
    rmSync(folder, { recursive: true });
  }
});
