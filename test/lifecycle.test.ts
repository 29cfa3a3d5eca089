import { expect } from '@open-wc/testing';
import { elements } from '../src/classes.js';
import type { TherapyElement } from '../src/shared/therapy-element.js';
import '../src/index.js';
import { captureWarnings, visibleText } from './helpers/dom.js';

/*
 * Pages move widgets around: frameworks re-order lists, CMS previews clone and re-insert markup,
 * tabs and dialogs take content out of the page and put it back, components put widgets in their
 * own shadow roots. After each move a widget must show what a freshly made one with the same
 * attributes and place shows: same text, same heading levels, one card, no warnings.
 */

const TAGS = Object.keys(elements);

// Valid, non-default values for every widget, and extra ones for the disclaimer.
const ATTRIBUTES: Record<string, Record<string, string>> = {
  'cog-disclaimer': {
    'emergency-number': '112',
    organization: 'Example Cancer Network',
    publisher: 'Example Hospital',
  },
};
const attributesFor = (tag: string, headingLevel: number) => ({
  topic: 'targeted-therapy',
  'heading-level': String(headingLevel),
  ...ATTRIBUTES[tag],
});

interface Rendering {
  text: string;
  headings: string[];
  cards: number;
  shadowRoots: boolean;
}

function rendering(widget: Element): Rendering {
  const root = widget.shadowRoot;
  return {
    text: visibleText(widget),
    headings: root ? [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName) : [],
    cards: root ? root.querySelectorAll('.base').length : 0,
    shadowRoots: Boolean(root),
  };
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Waits for a widget's update, a frame, and any update that frame brought. */
async function settled(widget: Element): Promise<void> {
  await (widget as TherapyElement).updateComplete;
  await nextFrame();
  await (widget as TherapyElement).updateComplete;
}

function create(tag: string, attributes: Record<string, string>, slotted = ''): TherapyElement {
  const widget = document.createElement(tag) as TherapyElement;
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  widget.innerHTML = slotted;
  return widget;
}

/** How a freshly made widget with these attributes renders in `parent`. */
async function reference(
  tag: string,
  attributes: Record<string, string>,
  parent: ParentNode,
  slotted = '',
): Promise<Rendering> {
  const fresh = create(tag, attributes, slotted);
  parent.append(fresh);
  await settled(fresh);
  const result = rendering(fresh);
  fresh.remove();
  return result;
}

/** The widget renders as expected, allowing up to two seconds for, say, a language to load. */
async function expectRenders(widget: TherapyElement, expected: Rendering, headingLevel: number): Promise<void> {
  const deadline = performance.now() + 2000;
  await settled(widget);
  while (JSON.stringify(rendering(widget)) !== JSON.stringify(expected) && performance.now() < deadline) {
    await settled(widget);
  }
  expect(rendering(widget)).to.deep.equal(expected);
  expect(expected.cards).to.equal(1);
  expect(expected.headings[0]).to.equal(`h${headingLevel}`);
  expect(expected.text.length).to.be.greaterThan(20);
}

/** Appends the widget to each parent in turn and checks, after each move, that it renders as `expected`. */
async function expectRendersAfterMoves(
  widget: TherapyElement,
  parents: ParentNode[],
  expected: Rendering,
): Promise<void> {
  for (const parent of parents) {
    parent.append(widget);
    await expectRenders(widget, expected, 3);
  }
}

const places: Element[] = [];

/** A container in the page, removed after the test. */
function place(lang?: string): HTMLElement {
  const container = document.createElement('div');
  if (lang) container.lang = lang;
  document.body.append(container);
  places.push(container);
  return container;
}

/** A test that also fails on any warning or uncaught error while it runs. */
function quietly(body: () => Promise<void>): () => Promise<void> {
  return async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const warnings = captureWarnings();
    try {
      await body();
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
      for (const container of places.splice(0)) container.remove();
    }
    expect(warnings.messages, 'warnings').to.deep.equal([]);
    expect(errors, 'uncaught errors').to.deep.equal([]);
  };
}

describe('lifecycle: moving, removing, cloning', () => {
  for (const tag of TAGS) {
    const attributes = attributesFor(tag, 3);

    it(
      `<${tag}> moved between containers renders the same`,
      quietly(async () => {
        const [first, second] = [place(), place()];
        const expected = await reference(tag, attributes, first);
        await expectRendersAfterMoves(create(tag, attributes), [first, second, first], expected);
      }),
    );

    it(
      `<${tag}> moved into and out of another component's shadow root renders the same`,
      quietly(async () => {
        const host = place();
        const shadow = host.attachShadow({ mode: 'open' });
        const outside = place();
        const expected = await reference(tag, attributes, outside);
        expect(await reference(tag, attributes, shadow)).to.deep.equal(expected);
        await expectRendersAfterMoves(create(tag, attributes), [outside, shadow, outside], expected);
      }),
    );

    it(
      `<${tag}> removed and added again, three times, shows its content once`,
      quietly(async () => {
        const container = place();
        const expected = await reference(tag, attributes, container);
        const widget = create(tag, attributes);
        for (let round = 0; round < 3; round++) {
          container.append(widget);
          await expectRenders(widget, expected, 3);
          widget.remove();
          await settled(widget);
        }
        container.append(widget);
        await expectRenders(widget, expected, 3);
      }),
    );

    it(
      `<${tag}> changed while disconnected shows the new values when added again`,
      quietly(async () => {
        const container = place();
        const widget = create(tag, attributesFor(tag, 2));
        container.append(widget);
        await settled(widget);
        widget.remove();
        const changed = {
          ...attributesFor(tag, 5),
          topic: ' Targeted-Therapy ',
          ...(tag === 'cog-disclaimer' ? { 'emergency-number': '999', organization: 'Another Group' } : {}),
        };
        for (const [name, value] of Object.entries(changed)) widget.setAttribute(name, value);
        await settled(widget);
        container.append(widget);
        await expectRenders(widget, await reference(tag, changed, place()), 5);
      }),
    );

    it(
      `<${tag}> cloned with cloneNode(true) renders on its own, slotted content included`,
      quietly(async () => {
        const container = place();
        const slotted = '<p slot="nothing-by-this-name">Hospital note.</p>';
        const expected = await reference(tag, attributes, container, slotted);
        const original = create(tag, attributes, slotted);
        container.append(original);
        await settled(original);
        const clone = original.cloneNode(true) as TherapyElement;
        expect(clone.getAttribute('heading-level')).to.equal('3');
        container.append(clone);
        await expectRenders(clone, expected, 3);
        await expectRenders(original, expected, 3);
        expect(clone.shadowRoot).not.to.equal(original.shadowRoot);
        expect(clone.querySelectorAll('p')).to.have.length(1);
      }),
    );

    it(
      `<${tag}> from a <template> and from another document renders once adopted`,
      quietly(async () => {
        const container = place();
        const expected = await reference(tag, attributes, container);
        const template = document.createElement('template');
        const markup = Object.entries(attributes)
          .map(([name, value]) => ` ${name}="${value}"`)
          .join('');
        template.innerHTML = `<${tag}${markup}></${tag}>`;
        const fromTemplate = document.importNode(template.content, true).firstElementChild as TherapyElement;
        container.append(fromTemplate);
        await expectRenders(fromTemplate, expected, 3);

        const otherDocument = document.implementation.createHTMLDocument('other');
        otherDocument.body.innerHTML = `<${tag}${markup}></${tag}>`;
        const adopted = document.adoptNode(otherDocument.body.firstElementChild!) as TherapyElement;
        container.append(adopted);
        await expectRenders(adopted, expected, 3);
      }),
    );

    it(
      `<${tag}> copied into a frame's document, as print helpers do, throws nothing and shows its text`,
      quietly(async () => {
        const container = place();
        const original = create(tag, attributes);
        container.append(original);
        await settled(original);
        const frame = document.createElement('iframe');
        container.append(frame);
        const frameDocument = frame.contentDocument!;
        // This window's styles cannot be adopted there; the copy still reads, as plain HTML.
        const copy = frameDocument.body.appendChild(original.cloneNode(true)) as TherapyElement;
        await settled(copy);
        const shown = rendering(copy);
        expect(shown.headings[0]).to.equal('h3');
        expect(shown.text).to.equal(rendering(original).text);
      }),
    );

    it(
      `<${tag}> moved to a part of the page in another language renders as one made there`,
      quietly(async () => {
        const [english, spanish] = [place('en'), place('es')];
        const widget = create(tag, attributes);
        english.append(widget);
        await expectRenders(widget, await reference(tag, attributes, english), 3);
        spanish.append(widget);
        await expectRenders(widget, await reference(tag, attributes, spanish), 3);
        english.append(widget);
        await expectRenders(widget, await reference(tag, attributes, english), 3);
      }),
    );
  }
});
