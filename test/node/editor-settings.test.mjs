// The settings module the editor integrations share (dist/editors/settings.js): how a placed
// widget's settings are written to its placeholder and read back, here for `listen`, the one
// setting that is on or off; and which text a placeholder may keep (dist/editors/fallback-text.js),
// read with no browser. The editors themselves are driven in test/e2e/. Run after `npm run build`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fallbackTextNotKept, fallbackTextStillFits, fallbackTextToKeep } from '../../dist/editors/fallback-text.js';
import {
  HEADING_LEVELS,
  WIDGETS,
  checkSettings,
  defaultSettings,
  editorText,
  placeholderAttributes,
  placeholderHtml,
  readSetting,
  settingChoices,
  settingsFor,
  settingsFromAttributes,
} from '../../dist/editors/settings.js';
import { PLACEHOLDER_ATTRIBUTES } from '../../dist/shared/placeholders.js';
import { DEFAULT_HEADING_LEVEL } from '../../dist/shared/therapy-element.js';

/** A placeholder's attributes, as `getAttribute` answers them. */
const element = (attributes) => ({ getAttribute: (name) => attributes[name] ?? null });

const settings = (changes) => ({ ...defaultSettings(), ...changes });

test('every widget has listen, off for a new widget', () => {
  assert.equal(defaultSettings().listen, false);
  for (const { tag } of WIDGETS) assert.ok(settingsFor(tag).includes('listen'), tag);
});

test('listen on is saved as data-listen="", after every other attribute; off, it is left out', () => {
  for (const { tag } of WIDGETS) {
    const off = settings({ widget: tag, emergencyNumber: '112', reviewedBy: 'Nurses', reviewed: '2026-02-03' });
    const on = { ...off, listen: true };
    assert.deepEqual(placeholderAttributes(on), [...placeholderAttributes(off), ['data-listen', '']], tag);
    assert.doesNotMatch(placeholderHtml(off), /listen/, tag);
  }
  assert.equal(
    placeholderHtml(settings({ widget: 'side-effect-card', headingLevel: '3', listen: true })),
    '<div data-therapy-widget="side-effect-card" data-topic="targeted-therapy" data-heading-level="3" data-listen=""></div>',
  );
});

test('data-listen is what the script-tag bundle passes on to the widget as listen', () => {
  assert.equal(PLACEHOLDER_ATTRIBUTES['data-listen'], 'listen');
});

test('read back, listen is on whenever the placeholder has data-listen, whatever its value', () => {
  const base = { 'data-therapy-widget': 'side-effect-card', 'data-topic': 'targeted-therapy' };
  assert.equal(settingsFromAttributes(element(base)).listen, false);
  for (const value of ['', 'listen', 'false', 'no']) {
    assert.equal(settingsFromAttributes(element({ ...base, 'data-listen': value })).listen, true, `"${value}"`);
  }
  // What is saved reads back as the same settings, and saves again the same.
  const saved = settings({ widget: 'cog-disclaimer', lang: 'es', listen: true, publisher: 'Hospital' });
  const read = settingsFromAttributes(element(Object.fromEntries(placeholderAttributes(saved))));
  assert.deepEqual(read, saved);
  assert.equal(placeholderHtml(read), placeholderHtml(saved));
});

test('turning listen on or off keeps the text a placeholder holds; any other change does not', () => {
  const card = settings({ widget: 'side-effect-card', lang: 'en' });
  const listening = { ...card, listen: true };
  assert.ok(fallbackTextStillFits(card, listening));
  assert.ok(fallbackTextStillFits(listening, card));
  assert.ok(fallbackTextStillFits(card, card));
  assert.equal(fallbackTextStillFits(card, { ...card, headingLevel: '3' }), false);
  assert.equal(fallbackTextStillFits(card, { ...listening, headingLevel: '3' }), false);
  assert.equal(fallbackTextStillFits(listening, { ...card, lang: 'es' }), false);
});

test('a review date that does not exist gets its own message, apart from one written the wrong way', () => {
  for (const language of ['en', 'es']) {
    const { errors } = editorText(language);
    const messageFor = (reviewed) =>
      checkSettings(settings({ reviewed }), language).map((problem) => [problem.setting, problem.message]);
    for (const missing of ['2026-02-30', '2026-13-01', '2025-02-29']) {
      assert.deepEqual(messageFor(missing), [['reviewed', errors.noSuchDate]], `${language} ${missing}`);
    }
    for (const miswritten of ['12/01/2026', '2026-2-3', 'yesterday']) {
      assert.deepEqual(messageFor(miswritten), [['reviewed', errors.reviewed]], `${language} ${miswritten}`);
    }
    assert.deepEqual(messageFor('2028-02-29'), [], `${language}: a leap day`);
  }
  assert.equal(editorText('en').errors.noSuchDate, 'There is no such date. Write it as YYYY-MM-DD, like 2026-12-01.');
  assert.equal(
    editorText('es').errors.noSuchDate,
    'Esa fecha no existe. Escríbala como AAAA-MM-DD, por ejemplo 2026-12-01.',
  );
});

/** Text as the fallback text writes it: every element it has, and every reference it writes. */
const TEXT = [
  '<h2>Side effects &amp; you</h2>',
  '<p><strong>Important:</strong> call <a href="tel:+44123">+44 123</a> if it is &lt;urgent&gt;.</p>',
  '<ul>\n<li>One &quot;two&quot;</li>\n<li>Three</li>\n</ul>',
].join('\n');

test('the text a placeholder holds is read without a browser: kept as the fallback text writes it, or not at all', () => {
  const text = TEXT;
  assert.equal(fallbackTextToKeep(`\n${text}\n`), text);
  // As a browser writes it back (quotes in text as they are, a no-break space as &nbsp;, no line
  // breaks between blocks), it is written the one way again.
  const asBrowserWrites = text.replaceAll('&quot;', '"').replaceAll('\n', '').replace('call ', 'call&nbsp;');
  assert.equal(fallbackTextToKeep(asBrowserWrites), text.replace('call ', 'call\u00a0'));
  for (const empty of ['', ' \n ', '&nbsp;']) {
    assert.equal(fallbackTextToKeep(empty), '', JSON.stringify(empty));
    assert.equal(fallbackTextNotKept(empty), false, JSON.stringify(empty));
  }
  for (const other of [
    '<h2>Side effects</h2>\n<p>Our own <em>note</em>.</p>',
    '<p>A link <a href="https://example.org/">elsewhere</a>.</p>',
    '<p>A link <a href="javascript:alert(1)">911</a>.</p>',
    '<p>A link <a href=\'https://example.org/\' href="tel:911">911</a>, whose first href counts.</p>',
    '<p>A link <a>with no href</a>.</p>',
    '<h2>Side effects</h2>\n<p>A picture <img src="x.png" alt=""> in a block.</p>',
    '<h2>Side effects</h2>\n<img src="x.png" alt="">',
    '<h2>Side effects</h2>\n<table><tr><td>A table</td></tr></table>',
    '<h2>Side effects</h2>\n<script>alert(1)</script>',
    '<h2>Side effects</h2><!-- a comment -->',
    'Text outside any block.',
    '<div>Text in a wrapper, outside any block.</div>',
    '<P>Written by hand, upper case.</P>',
    '<p>A reference not written back by browsers: &rsquo;</p>',
    '<p>A numeric reference to no character: &#0; &#xD800;</p>',
    '<p>A bare & sign.</p>',
    '<p>Not closed.',
    '<p>Closed <strong>out of order.</p></strong>',
    '<ul><p>Not an item.</p></ul>',
    '<p>A block <p>inside</p> a block.</p>',
    '<p>A wrapper <div>inside</div> a block.</p>',
  ]) {
    assert.equal(fallbackTextToKeep(other), '', other);
    assert.ok(fallbackTextNotKept(other), other);
  }
  assert.equal(fallbackTextNotKept(text), false);
});

test('what editors and CMSs add to the text is left out, and the words are kept', () => {
  const text = TEXT;
  const added = {
    // CKEditor 5's General HTML Support marks every list item.
    'list item ids': text.replaceAll('<li>', '<li data-list-item-id="e3b0c44298fc1c149afbf4c8996fb9242">'),
    'class, id and dir, in every kind of quotes': text
      .replace('<h2>', '<h2 class="wp-block-heading" id=side-effects>')
      .replace('<p>', '<p dir=\'ltr\' class="lead">')
      .replace('<a href="tel:+44123">', '<a class="tel" href=\'tel:+44123\' data-x>')
      .replace('<strong>', '<strong style="font-weight: bold">'),
    'a wrapping div and section': `<div class="content">\n<section id="text">\n${text}\n</section>\n</div>`,
    'character references written as numbers': text.replace('&amp;', '&#38;').replace('Three', 'Thre&#x65;'),
  };
  for (const [name, html] of Object.entries(added)) {
    assert.equal(fallbackTextToKeep(html), text, name);
    assert.equal(fallbackTextNotKept(html), false, name);
  }
  // A line break inside a block is a space; an apostrophe, however written, is one.
  for (const lineBreak of ['<br>', '<br/>', '<br />']) {
    assert.equal(fallbackTextToKeep(`<p>Call us${lineBreak}any time.</p>`), '<p>Call us any time.</p>', lineBreak);
  }
  for (const apostrophe of ['&#39;', '&#x27;', '&apos;', "'"]) {
    assert.equal(fallbackTextToKeep(`<p>It${apostrophe}s fine.</p>`), "<p>It's fine.</p>", apostrophe);
  }
  // Nothing of the attributes is written back: a class cannot carry markup out.
  assert.equal(fallbackTextToKeep('<p class="a&quot; onclick=&quot;x">Words.</p>'), '<p>Words.</p>');
  assert.equal(fallbackTextToKeep('<p title="<script>x</script>">Words.</p>'), '<p>Words.</p>');
});

test('the lists every editor shows come from one place: the heading level is 1 to 6, at the widgets’ own default', () => {
  const text = editorText('en');
  const values = (setting, current) => settingChoices(setting, text, current)?.map(({ value }) => value);
  assert.deepEqual(values('headingLevel'), ['1', '2', '3', '4', '5', '6']);
  assert.deepEqual(values('headingLevel'), HEADING_LEVELS);
  assert.equal(defaultSettings().headingLevel, String(DEFAULT_HEADING_LEVEL));
  assert.ok(values('headingLevel').includes(defaultSettings().headingLevel));
  assert.deepEqual(
    settingChoices('headingLevel', text).map(({ label }) => label),
    HEADING_LEVELS,
  );
  assert.deepEqual(
    values('widget'),
    WIDGETS.map(({ tag }) => tag),
  );
  assert.deepEqual(values('lang'), ['', 'en', 'es']);
  assert.deepEqual(values('audience'), ['', 'family', 'child']);
  // Named in the editor's language.
  assert.deepEqual(
    settingChoices('audience', editorText('es')).map(({ label }) => label),
    Object.values(editorText('es').audiences),
  );
  // Every other setting is typed, or a switch.
  for (const setting of ['topic', 'listen', 'emergencyNumber', 'reviewed']) assert.equal(values(setting), undefined);
  // A value the list does not offer is added, as written, after the others; one it offers is not.
  assert.deepEqual(values('headingLevel', '9'), [...HEADING_LEVELS, '9']);
  assert.deepEqual(settingChoices('headingLevel', text, '9').at(-1), { value: '9', label: '9' });
  assert.deepEqual(values('headingLevel', '3'), HEADING_LEVELS);
  assert.deepEqual(values('lang', 'fr'), ['', 'en', 'es', 'fr']);
  // Such a value still cannot be saved.
  assert.deepEqual(
    checkSettings(settings({ headingLevel: '9' })).map(({ setting }) => setting),
    ['headingLevel'],
  );
});

test('an empty heading level is not set: every editor reads it as the widgets’ default, and saves that', () => {
  const card = { 'data-therapy-widget': 'side-effect-card', 'data-topic': 'targeted-therapy' };
  for (const empty of ['', ' ']) {
    const read = settingsFromAttributes(element({ ...card, 'data-heading-level': empty }));
    assert.equal(read.headingLevel, String(DEFAULT_HEADING_LEVEL), `"${empty}"`);
    assert.equal(readSetting('headingLevel', empty), String(DEFAULT_HEADING_LEVEL), `"${empty}"`);
    assert.deepEqual(checkSettings(read), [], `"${empty}"`);
    assert.deepEqual(
      settingChoices('headingLevel', editorText('en'), read.headingLevel),
      settingChoices('headingLevel', editorText('en')),
    );
  }
  // Other values, and other settings' empty values, are read as written.
  assert.equal(settingsFromAttributes(element({ ...card, 'data-heading-level': '9' })).headingLevel, '9');
  assert.equal(readSetting('headingLevel', '3'), '3');
  assert.equal(readSetting('lang', ''), '');
  assert.equal(readSetting('topic', ''), '');
});
