import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { addTopic, registerPack, setPackFolder } from '../src/index.js';
import type { Pack } from '../src/content/types.js';
import { visibleText, withWarnings } from './helpers/dom.js';

// Where packs come from may be set after widgets asked for theirs, as in an application that
// reads its settings after its first widgets rendered. These tests share one page, so the pack
// folder and the topics one test sets stay for the next: each test first sets the folder it starts
// from, and the setPackFolder() tests come before the addTopic() ones, which give hand-washing and
// targeted-therapy folders of their own (setPackFolder() no longer moves those).

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** The library's own packs as the build writes them; the default folder in tests is /src/packs/. */
const BUILT = '/dist/packs/';
/** A folder that serves its files about 800 ms late, at an address of each test's own (not in the HTTP cache). */
const slow = (test: number) => `/slow/${800 + test}/test/fixtures/topics/`;

async function widget(markup: ReturnType<typeof html>): Promise<Widget> {
  const element = await fixture<Widget>(markup);
  await element.updateComplete;
  return element;
}

const fallback = (element: Element) => element.shadowRoot!.querySelectorAll('[part~="fallback"]');

const absolute = (path: string) => new URL(path, document.baseURI).href;

/** A pack the build wrote, fetched at an address of the test's own, which counts no widget's request. */
const builtPack = async (file: string) => (await (await fetch(`${BUILT}targeted-therapy/${file}?test`)).json()) as Pack;

/** The title of a pack the build wrote, for the widget that shows it. */
async function builtTitle(file: string, tag: string): Promise<string> {
  return (await builtPack(file)).sections.find((section) => section.widget === tag)!.title;
}

/** Every fetch the page made in this test: where to, and its answer. */
const fetches: { url: string; answer: Promise<Response> }[] = [];
const pageFetch = window.fetch;

/** How many times the page fetched `path` in this test. */
const requests = (path: string) => fetches.filter(({ url }) => url === absolute(path)).length;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the page has had the answer for `path` and its handlers have run. */
async function answered(path: string): Promise<void> {
  const request = fetches.find(({ url }) => url === absolute(path));
  if (!request) throw new Error(`${path} was never fetched`);
  await request.answer.catch(() => undefined);
  await pause(100);
}

/** Adds a widget to the page and returns once it has asked for its pack, before the answer. */
async function asking(tag: string, topic: string): Promise<Widget> {
  const element = document.createElement(tag) as Widget & { topic: string };
  element.topic = topic;
  (await fixture(html`<div></div>`)).append(element);
  await pause(50);
  return element;
}

describe('pack folders and topics set after widgets asked for their packs', () => {
  // The page's fetches are counted (and passed on as they are).
  before(() => {
    window.fetch = (input, init) => {
      const answer = pageFetch(input, init);
      fetches.push({ url: input instanceof Request ? input.url : String(input), answer });
      return answer;
    };
  });
  beforeEach(() => (fetches.length = 0));
  after(() => (window.fetch = pageFetch));

  it('setPackFolder() after a widget failed: it and later widgets show the pack from the new folder', async () => {
    const title = await builtTitle('family.en.json', 'therapy-overview');
    setPackFolder('/nowhere/');
    await withWarnings(async (warnings) => {
      const first = await widget(html`<therapy-overview topic="targeted-therapy"></therapy-overview>`);
      expect(fallback(first)).to.have.length(1);
      setPackFolder(BUILT);
      await first.updateComplete;
      expect(fallback(first)).to.have.length(0);
      expect(visibleText(first)).to.contain(title);
      const later = await widget(html`<therapy-overview topic="targeted-therapy"></therapy-overview>`);
      expect(visibleText(later)).to.contain(title);
      expect(requests(`${BUILT}targeted-therapy/family.en.json`)).to.equal(1);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(absolute('/nowhere/targeted-therapy/family.en.json'));
    });
  });

  it('warns once about each folder that fails, and not again when the same folder is set again', async () => {
    const title = await builtTitle('child.en.json', 'side-effect-card');
    setPackFolder('/nowhere-1/');
    await withWarnings(async (warnings) => {
      const card = await widget(html`<side-effect-card topic="targeted-therapy" audience="child"></side-effect-card>`);
      setPackFolder('/nowhere-2/');
      await card.updateComplete;
      expect(fallback(card)).to.have.length(1);
      setPackFolder('/nowhere-2');
      await card.updateComplete;
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain(absolute('/nowhere-1/targeted-therapy/child.en.json'));
      expect(warnings.messages[1]).to.contain(absolute('/nowhere-2/targeted-therapy/child.en.json'));
      expect(requests('/nowhere-2/targeted-therapy/child.en.json')).to.equal(1);
      setPackFolder(BUILT);
      await card.updateComplete;
      expect(visibleText(card)).to.contain(title);
      expect(warnings.messages).to.have.length(2);
    });
  });

  it('setPackFolder() while a widget is out of the page: put back, it shows the pack from the new folder', async () => {
    const title = await builtTitle('family.es.json', 'how-it-works');
    setPackFolder('/nowhere-3/');
    await withWarnings(async (warnings) => {
      const element = await widget(html`<how-it-works topic="targeted-therapy" lang="es"></how-it-works>`);
      expect(fallback(element)).to.have.length(1);
      const parent = element.parentNode!;
      element.remove();
      setPackFolder(BUILT);
      parent.append(element);
      await element.updateComplete;
      expect(visibleText(element)).to.contain(title);
      expect(warnings.messages).to.have.length(1);
    });
  });

  it('keeps a shown pack whose address a new setting does not change, and a registered pack', async () => {
    setPackFolder(BUILT);
    const pack = await builtTitle('child.es.json', 'therapy-overview');
    const own = { ...(await builtPack('family.en.json')), id: 'registered-topic' };
    expect(registerPack(own)).to.equal(true);
    await withWarnings(async (warnings) => {
      const shown = await widget(
        html`<therapy-overview topic="targeted-therapy" audience="child" lang="es"></therapy-overview>`,
      );
      const registered = await widget(html`<therapy-overview topic="registered-topic"></therapy-overview>`);
      setPackFolder(BUILT.slice(0, -1));
      addTopic('another-topic', '/another-folder/');
      await shown.updateComplete;
      expect(visibleText(shown)).to.contain(pack);
      expect(requests(`${BUILT}targeted-therapy/child.es.json`)).to.equal(1);
      // Out of the page, so that it does not ask again (and warn) once the folder moves.
      shown.remove();
      setPackFolder('/nowhere-4/');
      await registered.updateComplete;
      expect(visibleText(registered)).to.contain(own.sections[0].title);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('a late answer from the folder set before setPackFolder() does not win', async () => {
    const SLOW = slow(1);
    setPackFolder(SLOW);
    await withWarnings(async (warnings) => {
      const element = await asking('therapy-overview', 'hand-washing');
      // The slow folder has this topic; the library's folder does not.
      setPackFolder(BUILT);
      await element.updateComplete;
      await answered(`${SLOW}hand-washing/family.en.json`);
      await element.updateComplete;
      expect(fallback(element)).to.have.length(1);
      expect(visibleText(element)).not.to.contain('Why we wash our hands');
      const later = await widget(html`<therapy-overview topic="hand-washing"></therapy-overview>`);
      expect(fallback(later)).to.have.length(1);
      // One warning from each widget, both naming the new folder.
      expect(warnings.messages).to.have.length(2);
      for (const message of warnings.messages) {
        expect(message).to.contain(absolute(`${BUILT}hand-washing/family.en.json`));
      }
    });
  });

  it('addTopic() after a widget failed: it and later widgets show the pack from the named folder', async () => {
    // The library's folder has no such topic.
    setPackFolder(BUILT);
    await withWarnings(async (warnings) => {
      const first = await widget(html`<how-it-works topic="hand-washing"></how-it-works>`);
      expect(fallback(first)).to.have.length(1);
      addTopic('hand-washing', '/test/fixtures/topics/hand-washing/');
      await first.updateComplete;
      expect(visibleText(first)).to.contain('Hand washing, in pictures');
      const later = await widget(html`<how-it-works topic="hand-washing"></how-it-works>`);
      expect(visibleText(later)).to.contain('Hand washing, in pictures');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('hand-washing/family.en.json could not be loaded');
    });
  });

  it('a late failure from the folder named before addTopic() does not win', async () => {
    const title = await builtTitle('family.en.json', 'therapy-overview');
    const SLOW = slow(2);
    // That folder's pack is not the targeted-therapy pack: refused, 800 ms late.
    addTopic('targeted-therapy', `${SLOW}hand-washing/`);
    await withWarnings(async (warnings) => {
      const element = await asking('therapy-overview', 'targeted-therapy');
      addTopic('targeted-therapy', `${BUILT}targeted-therapy/`);
      await element.updateComplete;
      await answered(`${SLOW}hand-washing/family.en.json`);
      await element.updateComplete;
      expect(visibleText(element)).to.contain(title);
      const later = await widget(html`<therapy-overview topic="targeted-therapy"></therapy-overview>`);
      expect(visibleText(later)).to.contain(title);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('a shown pack whose topic moves is fetched again, and shown until the new one is there', async () => {
    const SLOW = slow(3);
    addTopic('hand-washing', '/test/fixtures/topics/hand-washing/');
    await withWarnings(async (warnings) => {
      const element = await widget(html`<therapy-overview topic="hand-washing"></therapy-overview>`);
      expect(visibleText(element)).to.contain('Why we wash our hands');
      addTopic('hand-washing', `${SLOW}hand-washing/`);
      await pause(200);
      expect(requests(`${SLOW}hand-washing/family.en.json`)).to.equal(1);
      expect(visibleText(element)).to.contain('Why we wash our hands');
      await answered(`${SLOW}hand-washing/family.en.json`);
      await element.updateComplete;
      expect(visibleText(element)).to.contain('Why we wash our hands');
      expect(warnings.messages).to.deep.equal([]);
    });
  });
});
