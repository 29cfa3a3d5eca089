// Case 2: 1,000 <side-effect-card>s against 1,000 plain-DOM cards built from the same tree and
// text, rendered and then switched to Spanish.
import { cardTree } from './in-page.mjs';
import { CARDS, median, ROUNDS, spread } from './settings.mjs';

/** Case 2. Its plain cards use `static.css`, which case 1's `writeStaticPages` writes. */
export async function cardsCase(browser, base) {
  // The plain cards are built from the same text and structure the widget renders.
  const setup = await browser.newContext();
  const tab = await setup.newPage();
  await tab.goto(`${base}cards-widgets.html`);
  await tab.evaluate(() => customElements.whenDefined('side-effect-card'));
  const english = await tab.evaluate(cardTree, 'en');
  const spanish = await tab.evaluate(cardTree, 'es');
  await setup.close();
  const shape = (nodes) => JSON.stringify(stripText(nodes).map(withoutLang));
  const textsOf = (nodes) => nodes.flatMap((node) => (typeof node === 'string' ? [node] : textsOf(node.children)));
  const stripText = (nodes) =>
    nodes.map((node) => (typeof node === 'string' ? '' : { ...node, children: stripText(node.children) }));
  if (shape(english) !== shape(spanish)) {
    throw new Error('the English and Spanish cards differ in structure; the plain baseline cannot swap text');
  }
  const spanishTexts = textsOf(spanish);
  const heading = (nodes) =>
    nodes.flatMap((node) => (typeof node === 'string' ? [] : /^h\d$/.test(node.tag) ? [node] : heading(node.children)));
  const spanishTitle = textsOf(heading(spanish).slice(0, 1)).join('');

  const samples = { widgets: [], plain: [] };
  for (let round = 0; round < ROUNDS; round++) {
    samples.widgets.push(await widgetCards(browser, base, spanishTitle));
    samples.plain.push(await plainCards(browser, base, english, spanishTexts));
  }
  const summary = (list) => ({
    render: median(list.map((s) => s.render)),
    renderSpread: spread(list.map((s) => s.render)),
    switch: median(list.map((s) => s.switch)),
    switchSpread: spread(list.map((s) => s.switch)),
  });
  return { widgets: summary(samples.widgets), plain: summary(samples.plain) };
}

function withoutLang(node) {
  if (typeof node === 'string') return node;
  return {
    ...node,
    attributes: node.attributes.filter(([name]) => name !== 'lang'),
    children: node.children.map(withoutLang),
  };
}

async function widgetCards(browser, base, spanishTitle) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}cards-widgets.html`);
  const result = await page.evaluate(
    async ({ count, spanishTitle }) => {
      await customElements.whenDefined('side-effect-card');
      // Load the Spanish chunk before timing: the switch is measured, not the network.
      const warmUp = document.createElement('side-effect-card');
      warmUp.lang = 'es';
      document.body.append(warmUp);
      await warmUp.updateComplete;
      warmUp.remove();
      await window.afterPaint();

      const container = document.getElementById('cards');
      let start = performance.now();
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < count; i++) fragment.append(document.createElement('side-effect-card'));
      container.append(fragment);
      const cards = [...container.children];
      await Promise.all(cards.map((card) => card.updateComplete));
      await window.afterPaint();
      const render = performance.now() - start;

      const title = (card) => card.shadowRoot.querySelector('[part="title"]').textContent;
      start = performance.now();
      container.lang = 'es';
      // The language observer runs as a microtask; wait for it, then for the updates it asked for.
      await new Promise((resolve) => queueMicrotask(resolve));
      await Promise.all(cards.map((card) => card.updateComplete));
      while (!cards.every((card) => title(card) === spanishTitle)) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      await window.afterPaint();
      const switched = performance.now() - start;
      return { render, switch: switched };
    },
    { count: CARDS, spanishTitle },
  );
  await context.close();
  return result;
}

async function plainCards(browser, base, english, spanishTexts) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}cards-plain.html`);
  const result = await page.evaluate(
    async ({ count, english, spanishTexts }) => {
      const SVG = 'http://www.w3.org/2000/svg';
      // createElement, setAttribute and text nodes: what a hand-written card would do.
      const build = (node, texts) => {
        if (typeof node === 'string') {
          const text = document.createTextNode(node);
          texts.push(text);
          return text;
        }
        const element = node.svg ? document.createElementNS(SVG, node.tag) : document.createElement(node.tag);
        for (const [name, value] of node.attributes) element.setAttribute(name, value);
        for (const child of node.children) element.append(build(child, texts));
        return element;
      };
      await window.afterPaint();

      const container = document.getElementById('cards');
      let start = performance.now();
      const fragment = document.createDocumentFragment();
      const cards = [];
      for (let i = 0; i < count; i++) {
        const card = document.createElement('div');
        card.className = 'side-effect-card';
        const texts = [];
        for (const node of english) card.append(build(node, texts));
        cards.push({ card, texts });
        fragment.append(card);
      }
      container.append(fragment);
      await window.afterPaint();
      const render = performance.now() - start;

      start = performance.now();
      container.lang = 'es';
      for (const { card, texts } of cards) {
        card.querySelector('[lang]')?.setAttribute('lang', 'es');
        for (let i = 0; i < texts.length; i++) texts[i].data = spanishTexts[i];
      }
      await window.afterPaint();
      const switched = performance.now() - start;
      return { render, switch: switched };
    },
    { count: CARDS, english, spanishTexts },
  );
  await context.close();
  return result;
}
