import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { AUDIENCES } from '../src/content/types.js';
import { SUPPORTED_LOCALES } from '../src/shared/localization.js';
import { WIDGET_TAGS } from '../src/widgets.js';

// Widgets pre-rendered by the build (dist/prerendered/, from `npm run build`) as declarative shadow
// DOM, put in the page before the script, as a page that serves them does. When the script
// arrives, each widget adopts (hydrates) what is there. The script is the built script-tag bundle,
// which the pre-rendered files are made for (its templates are minified, and Lit hydrates a
// template only where its text is the one the server rendered).

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const TOPIC = 'targeted-therapy';
const fileOf = (tag: string, audience = 'family', language = 'en') =>
  `/dist/prerendered/${TOPIC}/${audience}.${language}/${tag}.html`;

async function prerendered(tag: string, audience?: string, language?: string): Promise<string> {
  const response = await fetch(fileOf(tag, audience, language));
  expect(response.ok, fileOf(tag, audience, language)).to.be.true;
  return response.text();
}

/**
 * The text a reader meets, through every shadow root (a live one, or a declarative one not yet
 * attached), with slots showing their own content, spaces collapsed.
 */
function deepText(node: Node): string {
  const collect = (current: Node): string => {
    if (current.nodeType === Node.TEXT_NODE) return current.textContent ?? '';
    if (current instanceof Element && ['STYLE', 'SCRIPT'].includes(current.tagName)) return '';
    if (current instanceof Element && current.tagName === 'TEMPLATE') {
      return current.hasAttribute('shadowrootmode') ? collect((current as HTMLTemplateElement).content) : '';
    }
    const shadow = current instanceof Element ? current.shadowRoot : null;
    const children = [...(shadow ?? current).childNodes];
    return children.map(collect).join('');
  };
  return collect(node).replace(/\s+/g, ' ').trim();
}

/** Every node inside a widget's shadow root, nested widgets' shadow roots included. */
function shadowNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      nodes.push(child);
      walk(child);
      if (child instanceof Element && child.shadowRoot) walk(child.shadowRoot);
    }
  };
  walk(root);
  return nodes;
}

const supportsDeclarativeShadowDom = Object.hasOwn(HTMLTemplateElement.prototype, 'shadowRootMode');

/** Loads the script-tag bundle, once, as a page's `<script type="module">` does. */
async function loadBundle(): Promise<void> {
  if (document.querySelector('script[src="/dist/therapy-widgets.js"]')) return;
  const script = Object.assign(document.createElement('script'), { type: 'module', src: '/dist/therapy-widgets.js' });
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
  document.head.append(script);
  await loaded;
}

const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('pre-rendered widgets (declarative shadow DOM) and hydration', () => {
  const initial = new Map<string, { text: string; nodes: Node[] }>();
  const problems: string[] = [];
  const original = { error: console.error, warn: console.warn };

  before(async () => {
    const container = document.createElement('main');
    document.body.append(container);
    const files = await Promise.all([
      ...WIDGET_TAGS.map((tag) => prerendered(tag)),
      prerendered('side-effect-card', 'child', 'es'),
    ]);
    // And one as another release would have rendered it: other words, another template.
    const stale = (await prerendered('cog-disclaimer'))
      .replace('About what you read here', 'Old words')
      .replace(/lit-part [\w+/]+=*/, 'lit-part AAAAAAAAAAA=');
    const markup =
      files.map((file, index) => `<section id="s${index}">${file}</section>`).join('') +
      `<aside id="stale">${stale}</aside>`;
    // setHTMLUnsafe parses declarative shadow roots, as the HTML parser does for a page.
    if (typeof container.setHTMLUnsafe === 'function') container.setHTMLUnsafe(markup);
    else container.innerHTML = markup;
    expect(customElements.get('therapy-overview')).to.be.undefined;
    for (const section of container.querySelectorAll('section')) {
      const widget = section.firstElementChild!;
      initial.set(section.id, {
        text: deepText(widget),
        nodes: widget.shadowRoot ? shadowNodes(widget.shadowRoot) : [],
      });
    }
    console.error = (...args: unknown[]) => problems.push(`error: ${args.join(' ')}`);
    console.warn = (...args: unknown[]) => problems.push(`warn: ${args.join(' ')}`);
    await loadBundle();
    // With every widget in the page pre-rendered, the script defines them a frame after it runs.
    await Promise.all(WIDGET_TAGS.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(
      [...container.querySelectorAll<Widget>('section > *, aside > *')].map((widget) => widget.updateComplete),
    );
    // Nested widgets (in <therapy-page>) finish on their own.
    const nested = container.querySelector('therapy-page')?.shadowRoot?.querySelectorAll<Widget>('[id]') ?? [];
    await Promise.all([...nested].filter((element) => 'updateComplete' in element).map((w) => w.updateComplete));
    await nextFrames();
  });

  after(() => Object.assign(console, original));

  const widgets = () => [...document.querySelectorAll<Widget>('main > section > *')];

  it('shows every pre-rendered widget before any script, with its content', function () {
    if (!supportsDeclarativeShadowDom) this.test!.title += ' (this engine has no declarative shadow DOM)';
    for (const [id, { text, nodes }] of initial) {
      if (supportsDeclarativeShadowDom) {
        expect(nodes.length, id).to.be.greaterThan(10);
        expect(text.length, id).to.be.greaterThan(100);
      } else {
        expect(nodes, id).to.deep.equal([]);
      }
    }
  });

  it('keeps the same text, and the very same nodes, after hydration', () => {
    for (const widget of widgets()) {
      const id = widget.parentElement!.id;
      const { text, nodes } = initial.get(id)!;
      // Without declarative shadow DOM the pre-rendered text was in an inert template; now it is shown.
      expect(deepText(widget), `${id} ${widget.localName}`).to.equal(text);
      if (!supportsDeclarativeShadowDom) continue;
      const after = shadowNodes(widget.shadowRoot!);
      // Adopted stylesheets add no nodes; hydration neither adds, removes nor replaces any.
      expect(after.length, `${id} ${widget.localName}`).to.equal(nodes.length);
      after.forEach((node, index) => expect(node === nodes[index], `${id} node ${index}`).to.be.true);
    }
  });

  it('shows each widget once: no duplicate content, not busy, no console error or warning', () => {
    for (const widget of widgets()) {
      const root = widget.shadowRoot!;
      expect(root.querySelectorAll('.base').length, widget.localName).to.equal(1);
      // One title per section it shows (the overview has two), none twice.
      const titles = [...root.querySelectorAll('[part="title"]')].map((title) => title.textContent);
      expect(titles.length, widget.localName).to.be.greaterThan(0);
      expect(new Set(titles).size, `${widget.localName}: ${titles.join(' | ')}`).to.equal(titles.length);
      expect(widget.hasAttribute('aria-busy'), widget.localName).to.be.false;
    }
    // The one stale widget (below) says so; nothing else does.
    expect(problems.filter((problem) => !problem.includes('<cog-disclaimer> does not match'))).to.deep.equal([]);
  });

  it('renders again, once, a widget pre-rendered from other templates, with one warning', () => {
    const stale = document.querySelector<Widget>('#stale > cog-disclaimer')!;
    expect(deepText(stale)).to.contain('About what you read here');
    expect(deepText(stale)).not.to.contain('Old words');
    expect(stale.shadowRoot!.querySelectorAll('.base').length).to.equal(1);
    const warnings = problems.filter((problem) => problem.includes('does not match its pre-rendered HTML'));
    expect(warnings.length, problems.join('\n')).to.equal(supportsDeclarativeShadowDom ? 1 : 0);
  });

  it('has its styles, adopted as well as pre-rendered', () => {
    for (const widget of widgets()) {
      // The base styles' :host rule: a block (custom elements are inline without it), not too wide.
      expect(getComputedStyle(widget).display, widget.localName).to.equal('block');
      expect(getComputedStyle(widget).maxWidth, widget.localName).to.not.equal('none');
      if ('adoptedStyleSheets' in ShadowRoot.prototype) {
        expect(widget.shadowRoot!.adoptedStyleSheets.length, widget.localName).to.be.at.least(1);
      }
    }
  });

  it('responds to attribute changes after hydration, as a widget rendered in the browser does', async () => {
    const card = document.querySelector<Widget>('#s2 > side-effect-card')!;
    card.setAttribute('heading-level', '4');
    card.setAttribute('emergency-number', '112');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h4')!.textContent).to.equal('Side effects');
    expect(card.shadowRoot!.querySelectorAll('h2').length).to.equal(0);
    card.setAttribute('audience', 'child');
    await card.updateComplete;
    await nextFrames();
    await card.updateComplete;
    const live = await fixture<Widget>(
      html`<side-effect-card audience="child" heading-level="4" emergency-number="112"></side-effect-card>`,
    );
    await live.updateComplete;
    expect(deepText(card)).to.equal(deepText(live));
    expect(card.shadowRoot!.querySelectorAll('.base').length).to.equal(1);
  });

  it('follows lang changes after hydration, both ways', async () => {
    const overview = document.querySelector<Widget>('#s0 > therapy-overview')!;
    overview.setAttribute('lang', 'es');
    await nextFrames();
    await overview.updateComplete;
    expect(overview.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('¿Qué es la terapia dirigida?');
    overview.removeAttribute('lang');
    await nextFrames();
    await overview.updateComplete;
    expect(overview.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('What is targeted therapy?');
    const spanish = document.querySelector<Widget>('#s5 > side-effect-card')!;
    expect(spanish.getAttribute('lang')).to.equal('es');
    spanish.setAttribute('lang', 'en');
    await nextFrames();
    await spanish.updateComplete;
    expect(spanish.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal('Side effects');
  });

  it('keeps the page’s own widgets working after hydration: its “on this page” links reach the nested widgets', async () => {
    const page = document.querySelector<Widget>('#s4 > therapy-page')!;
    const link = page.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#side-effect-card-title"]')!;
    link.click();
    await nextFrames();
    const card = page.shadowRoot!.getElementById('side-effect-card')!;
    expect(card.shadowRoot!.activeElement?.id).to.equal('title');
  });
});

// Every engine the suite runs has declarative shadow DOM, so this is how an older one parses the
// same files: `innerHTML` never attaches a declarative shadow root, so each widget is left with an
// inert <template> child and no shadow root, in a document without the widgets' definitions (as
// before the script has run). Moved into the page, it is upgraded as the script would upgrade it.
describe('pre-rendered widgets in an engine without declarative shadow DOM', () => {
  const problems: string[] = [];
  const original = { error: console.error, warn: console.warn };
  const cases: { widget: Widget; expected: string }[] = [];

  before(async () => {
    await loadBundle();
    await Promise.all(WIDGET_TAGS.map((tag) => customElements.whenDefined(tag)));
    const files = await Promise.all([
      ...WIDGET_TAGS.map((tag) => prerendered(tag)),
      prerendered('how-it-works', 'child', 'es'),
    ]);
    const parser = new DOMParser();
    const inert = document.implementation.createHTMLDocument('');
    for (const file of files) {
      inert.body.innerHTML = file;
      const widget = inert.body.querySelector<Widget>(WIDGET_TAGS.join())!;
      expect(widget.shadowRoot, widget.localName).to.equal(null);
      expect(widget.querySelector(':scope > template[shadowrootmode]'), widget.localName).to.not.equal(null);
      // The text the pre-rendered file shows where declarative shadow DOM is parsed.
      cases.push({ widget, expected: deepText(parser.parseFromString(file, 'text/html').body) });
    }
    console.error = (...args: unknown[]) => problems.push(`error: ${args.join(' ')}`);
    console.warn = (...args: unknown[]) => problems.push(`warn: ${args.join(' ')}`);
    const container = document.createElement('div');
    document.body.append(container);
    container.append(...cases.map(({ widget }) => document.adoptNode(widget)));
    await Promise.all(cases.map(({ widget }) => widget.updateComplete));
    const nested = container.querySelector('therapy-page')!.shadowRoot!.querySelectorAll<Widget>('[id]');
    await Promise.all([...nested].filter((element) => 'updateComplete' in element).map((w) => w.updateComplete));
    await nextFrames();
  });

  after(() => Object.assign(console, original));

  it('shows each widget with the same text as its pre-rendered file, once, with no error or warning', () => {
    expect(cases.length).to.equal(WIDGET_TAGS.length + 1);
    for (const { widget, expected } of cases) {
      expect(expected.length, widget.localName).to.be.greaterThan(100);
      expect(deepText(widget), widget.localName).to.equal(expected);
      expect(widget.shadowRoot!.querySelectorAll('.base').length, widget.localName).to.equal(1);
      expect(widget.hasAttribute('aria-busy'), widget.localName).to.be.false;
    }
    expect(problems).to.deep.equal([]);
  });

  it('shows nothing of the template left in the widget: it takes no space', () => {
    for (const { widget } of cases) {
      const template = widget.querySelector(':scope > template')!;
      expect(template.getClientRects().length, widget.localName).to.equal(0);
      expect(widget.shadowRoot!.querySelector('[part="title"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    }
  });
});

describe('every pre-rendered file matches what the widget renders in the browser', () => {
  for (const audience of AUDIENCES) {
    for (const language of SUPPORTED_LOCALES) {
      for (const tag of WIDGET_TAGS) {
        it(`${tag}, ${audience}, ${language}`, async () => {
          const file = new DOMParser().parseFromString(await prerendered(tag, audience, language), 'text/html');
          const name = unsafeStatic(tag);
          const live = await fixture<Widget>(
            staticHtml`<${name} lang=${language} topic=${TOPIC} audience=${audience}></${name}>`,
          );
          await live.updateComplete;
          for (const nested of live.shadowRoot!.querySelectorAll<Widget>('[id]')) {
            if ('updateComplete' in nested) await nested.updateComplete;
          }
          const expected = deepText(live);
          expect(expected.length).to.be.greaterThan(100);
          expect(deepText(file.body)).to.equal(expected);
        });
      }
    }
  }
});
