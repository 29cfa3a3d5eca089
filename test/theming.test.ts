import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { readsToken, type Design, type DesignToken } from '../scripts/tokens.mjs';
import tokenTable from '../tokens/tokens.json' with { type: 'json' };
import '../src/index.js';
import { loadStylesheet } from './helpers/dom.js';

// To TypeScript a JSON module's strings are plain strings; scripts/tokens.mjs describes the table.
const { tones: TONES, tokens: designTokens } = tokenTable as Pick<Design, 'tones' | 'tokens'>;

const TAGS = ['therapy-overview', 'side-effect-card', 'cog-disclaimer'] as const;
const WIDGETS = TAGS.map((tag) => `<${tag}></${tag}>`).join('');

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function render(markup: string): Promise<{ page: HTMLElement; widgets: Widget[] }> {
  const page = await fixture<HTMLElement>(`<div>${markup}</div>`);
  const widgets = [...page.querySelectorAll<Widget>(TAGS.join(', '))];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
  return { page, widgets };
}

const token = (name: string): DesignToken => designTokens.find((t) => t.name === name)!;

/** `#rrggbb` as the browser writes a computed colour. */
function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

const part = (widget: Element, selector: string) => widget.shadowRoot!.querySelector(selector)!;
const style = (widget: Element, selector: string) => getComputedStyle(part(widget, selector));

describe('design tokens', () => {
  it('paint the defaults from the token table on a plain page', async () => {
    const { widgets } = await render(`<div>${WIDGETS}</div>`);
    for (const widget of widgets) {
      const base = style(widget, '.base');
      expect(base.backgroundColor, widget.localName).to.equal(rgb(token('--therapy-color-surface').light));
      expect(base.borderTopColor, widget.localName).to.equal(rgb(token('--therapy-color-border').light));
      expect(base.color, widget.localName).to.equal(rgb(token('--therapy-color-text').light));
      expect(base.borderTopLeftRadius, widget.localName).to.equal('8px');
    }
    const [overview, card, disclaimer] = widgets;
    expect(style(overview!, '.base').borderLeftColor).to.equal(rgb(token('--therapy-color-accent').light));
    expect(style(disclaimer!, '.base').borderLeftColor).to.equal(rgb(token('--therapy-color-accent-muted').light));
    expect(style(card!, '.callout').borderTopColor).to.equal(rgb(token('--therapy-color-urgent').light));
    expect(style(card!, '.callout').backgroundColor).to.equal(rgb(token('--therapy-color-urgent-surface').light));
  });

  it('let five brand tokens on a container restyle every widget', async () => {
    const { page, widgets } = await render(`
      <div style="--therapy-color-accent: #7a1f5c; --therapy-font-family: Verdana, sans-serif;
        --therapy-heading-font-family: Georgia, serif; --therapy-radius: 0px; --therapy-space: 2em">
        ${WIDGETS}<button>before</button><cog-disclaimer></cog-disclaimer>
      </div>`);
    expect(designTokens.filter((t) => t.brand).map((t) => t.name)).to.have.length(5);
    for (const widget of widgets) {
      const base = style(widget, '.base');
      expect(base.borderTopLeftRadius, widget.localName).to.equal('0px');
      expect(base.paddingTop, widget.localName).to.equal('32px');
      expect(style(widget, 'p').fontFamily, widget.localName).to.equal('Verdana, sans-serif');
      expect(style(widget, '.title').fontFamily, widget.localName).to.equal('Georgia, serif');
    }
    expect(style(widgets[0]!, '.base').borderLeftColor).to.equal('rgb(122, 31, 92)');
    const disclaimer = widgets.at(-1)!;
    expect(style(disclaimer, 'a').color).to.equal('rgb(122, 31, 92)');
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(style(disclaimer, 'a').outlineColor).to.equal('rgb(122, 31, 92)');
  });

  it('give headings the text font unless the heading font is set', async () => {
    const { widgets } = await render(`<div style="--therapy-font-family: Verdana, sans-serif">${WIDGETS}</div>`);
    for (const widget of widgets) {
      expect(style(widget, '.title').fontFamily, widget.localName).to.equal('Verdana, sans-serif');
    }
  });

  it('apply from :root too', async () => {
    document.documentElement.style.setProperty('--therapy-color-surface', '#fffbe6');
    try {
      const { widgets } = await render(`<div>${WIDGETS}</div>`);
      for (const widget of widgets) expect(style(widget, '.base').backgroundColor).to.equal('rgb(255, 251, 230)');
    } finally {
      document.documentElement.style.removeProperty('--therapy-color-surface');
    }
  });

  it('are the only source of colour: set every colour token, and no other colour is drawn', async () => {
    const colourTokens = designTokens.filter((t) => t.light.startsWith('#') || t.light.startsWith('--therapy-color'));
    const values = colourTokens.map((_, i) => `rgb(${10 + i}, ${100 + i}, ${200 - i})`);
    const declarations = colourTokens.map((t, i) => `${t.name}: ${values[i]}`).join('; ');
    const { widgets } = await render(`<div style="${declarations}">${WIDGETS}</div>`);
    const allowed = new Set([...values, 'rgba(0, 0, 0, 0)']);
    const seen: string[] = [];
    for (const widget of widgets) {
      for (const element of widget.shadowRoot!.querySelectorAll('*')) {
        const computed = getComputedStyle(element);
        const painted = ['color', 'backgroundColor', 'borderTopColor', 'borderLeftColor', 'borderBottomColor'];
        for (const property of painted) {
          const value = computed[property as 'color'];
          seen.push(value);
          expect(allowed.has(value), `${widget.localName} <${element.localName}> ${property} ${value}`).to.be.true;
        }
      }
    }
    expect(new Set(seen).size).to.be.greaterThan(6);
  });

  it('map each tone the card reads onto the three semantic properties a callout reads', async () => {
    // Tones no widget reads yet are not in any widget's CSS (see the token table).
    const tones = TONES.filter((tone) => readsToken(token(`--therapy-color-${tone}`), 'side-effect-card'));
    expect(tones).to.include('urgent');
    const { widgets } = await render('<side-effect-card></side-effect-card>');
    const callout = part(widgets[0]!, '.callout');
    for (const tone of tones) {
      callout.className = `callout tone-${tone}`;
      const box = getComputedStyle(callout);
      expect(box.borderTopColor, tone).to.equal(rgb(token(`--therapy-color-${tone}`).light));
      expect(box.backgroundColor, tone).to.equal(rgb(token(`--therapy-color-${tone}-surface`).light));
      expect(box.color, tone).to.equal(rgb(token('--therapy-color-text').light));
      expect(style(widgets[0]!, '.callout-icon').color, tone).to.equal(rgb(token(`--therapy-color-${tone}`).light));
    }
  });
});

describe('light and dark', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  const expectDark = (widget: Element) => {
    const base = style(widget, '.base');
    expect(base.backgroundColor, widget.localName).to.equal(rgb(token('--therapy-color-surface').dark!));
    expect(base.color, widget.localName).to.equal(rgb(token('--therapy-color-text').dark!));
  };
  const expectLight = (widget: Element) => {
    expect(style(widget, '.base').backgroundColor, widget.localName).to.equal(
      rgb(token('--therapy-color-surface').light),
    );
  };

  it('turns dark in a container with color-scheme: dark, with the dark defaults', async () => {
    const { widgets } = await render(`<div style="color-scheme: dark">${WIDGETS}</div>`);
    widgets.forEach(expectDark);
    expect(style(widgets[0]!, '.base').borderLeftColor).to.equal(rgb(token('--therapy-color-accent').dark!));
    expect(style(widgets[1]!, '.callout').borderTopColor).to.equal(rgb(token('--therapy-color-urgent').dark!));
  });

  it("follows the system's dark preference on a page that supports dark", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { widgets } = await render(`<div style="color-scheme: light dark">${WIDGETS}</div>`);
    widgets.forEach(expectDark);
  });

  it('stays light on a page that declares no dark support, whatever the system prefers', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { widgets } = await render(`<div>${WIDGETS}</div>`);
    widgets.forEach(expectLight);
  });

  it('can be forced light inside a dark page', async () => {
    const { widgets } = await render(
      `<div style="color-scheme: dark"><div style="color-scheme: light">${WIDGETS}</div></div>`,
    );
    widgets.forEach(expectLight);
  });
});

describe('named themes (dist/themes/*.css)', () => {
  before(() => Promise.all(['default', 'meadow', 'dark'].map((name) => loadStylesheet(`/dist/themes/${name}.css`))));

  it('meadow sets the brand: accent, fonts, radius and space', async () => {
    const { widgets } = await render(`<div data-therapy-theme="meadow">${WIDGETS}</div>`);
    for (const widget of widgets) {
      const base = style(widget, '.base');
      expect(base.borderTopLeftRadius, widget.localName).to.equal('20px');
      expect(base.paddingTop, widget.localName).to.equal('24px');
      expect(style(widget, '.title').fontFamily, widget.localName).to.match(/^Georgia/);
      expect(style(widget, 'p').fontFamily, widget.localName).to.match(/^system-ui/);
    }
    expect(style(widgets[0]!, '.base').borderLeftColor).to.equal('rgb(46, 107, 52)');
  });

  it('dark turns any brand dark, and combines with meadow', async () => {
    const { widgets } = await render(`
      <div data-therapy-theme="dark"><therapy-overview></therapy-overview></div>
      <div data-therapy-theme="meadow dark"><therapy-overview></therapy-overview></div>`);
    const [plain, meadow] = widgets;
    expect(style(plain!, '.base').backgroundColor).to.equal(rgb(token('--therapy-color-surface').dark!));
    expect(style(plain!, '.base').borderLeftColor).to.equal(rgb(token('--therapy-color-accent').dark!));
    expect(style(meadow!, '.base').backgroundColor).to.equal(rgb(token('--therapy-color-surface').dark!));
    expect(style(meadow!, '.base').borderLeftColor).to.equal('rgb(143, 209, 154)');
  });

  it('default resets a brand set higher up the page', async () => {
    const { widgets } = await render(`
      <div style="--therapy-color-accent: #7a1f5c; --therapy-radius: 0px">
        <div data-therapy-theme="default"><therapy-overview></therapy-overview></div>
      </div>`);
    expect(style(widgets[0]!, '.base').borderLeftColor).to.equal(rgb(token('--therapy-color-accent').light));
    expect(style(widgets[0]!, '.base').borderTopLeftRadius).to.equal('8px');
  });

  it('works on a widget itself', async () => {
    const { widgets } = await render('<side-effect-card data-therapy-theme="dark"></side-effect-card>');
    expect(style(widgets[0]!, '.base').backgroundColor).to.equal(rgb(token('--therapy-color-surface').dark!));
  });
});

describe('container queries', () => {
  it('tighten the card in a narrow container, whatever the viewport', async () => {
    const { widgets } = await render(`
      <div>
        <div style="width: 800px"><side-effect-card></side-effect-card></div>
        <div style="width: 260px"><side-effect-card></side-effect-card></div>
      </div>`);
    const [wide, narrow] = widgets;
    expect(window.innerWidth).to.be.greaterThan(600);
    expect(style(wide!, '.base').paddingTop).to.equal('20px');
    expect(style(narrow!, '.base').paddingTop).to.equal('12px');
    expect(parseFloat(style(narrow!, '.base').borderLeftWidth)).to.be.lessThan(
      parseFloat(style(wide!, '.base').borderLeftWidth),
    );
    expect(style(wide!, '.callout').flexDirection).to.equal('row');
    expect(style(narrow!, '.callout').flexDirection).to.equal('column');
    const inner = part(narrow!, '.base');
    expect(inner.scrollWidth).to.be.at.most(inner.clientWidth);
  });

  it('keeps a sensible width in a flex row that gives it none', async () => {
    const { widgets } = await render(
      '<div style="display: flex; width: 900px"><therapy-overview></therapy-overview><p>Beside it.</p></div>',
    );
    expect(widgets[0]!.getBoundingClientRect().width).to.be.at.least(300);
  });
});
