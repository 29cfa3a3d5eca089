import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import '../src/index.js';
import { visibleText, withWarnings } from './helpers/dom.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const ENGLISH = 'What is targeted therapy?';
const SPANISH = '¿Qué es la terapia dirigida?';

const frames = (count: number) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });

function title(widget: Element): string {
  return widget.shadowRoot!.querySelector('[part="title"]')!.textContent!;
}

function shownLang(widget: Element): string | null {
  return widget.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang');
}

async function settled(root: Element): Promise<void> {
  const widgets = [root, ...root.querySelectorAll('*')].filter((el) => 'updateComplete' in el) as Widget[];
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}

describe('language of each widget', () => {
  before(async () => {
    // Load the Spanish texts once, so the runtime tests below measure re-rendering only.
    const warmUp = await fixture<Widget>('<therapy-overview lang="es"></therapy-overview>');
    await warmUp.updateComplete;
    fixtureCleanup();
  });

  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('uses its own lang attribute', async () => {
    const widget = await fixture<Widget>('<therapy-overview lang="es"></therapy-overview>');
    await widget.updateComplete;
    expect(title(widget)).to.equal(SPANISH);
    expect(shownLang(widget)).to.equal('es');
  });

  it('uses the nearest ancestor with lang', async () => {
    const root = await fixture(
      '<article lang="en"><div lang="es"><p><therapy-overview></therapy-overview></p></div></article>',
    );
    await settled(root);
    expect(title(root.querySelector('therapy-overview')!)).to.equal(SPANISH);
  });

  it('prefers its own lang over its ancestors', async () => {
    const root = await fixture('<div lang="es"><therapy-overview lang="en"></therapy-overview></div>');
    await settled(root);
    expect(title(root.querySelector('therapy-overview')!)).to.equal(ENGLISH);
  });

  it('uses <html lang> when nothing closer says', async () => {
    document.documentElement.lang = 'es';
    const widget = await fixture<Widget>('<therapy-overview></therapy-overview>');
    await widget.updateComplete;
    expect(title(widget)).to.equal(SPANISH);
  });

  it('speaks English when no lang is set anywhere', async () => {
    const widget = await fixture<Widget>('<therapy-overview></therapy-overview>');
    expect(title(widget)).to.equal(ENGLISH);
    expect(shownLang(widget)).to.equal('en');
  });

  for (const [tag, expected] of [
    ['es-MX', SPANISH],
    ['es-US', SPANISH],
    ['ES', SPANISH],
    ['es_419', SPANISH],
    ['en-GB', ENGLISH],
    ['en-US', ENGLISH],
  ]) {
    it(`folds the region tag ${tag} to its language, without a warning`, async () => {
      await withWarnings(async (warnings) => {
        const widget = await fixture<Widget>(`<therapy-overview lang="${tag}"></therapy-overview>`);
        await widget.updateComplete;
        expect(title(widget)).to.equal(expected);
        expect(warnings.messages).to.deep.equal([]);
      });
    });
  }

  it('falls back to English for an unsupported language, with one warning per page', async () => {
    await withWarnings(async (warnings) => {
      const root = await fixture(
        '<div lang="fr-CA"><therapy-overview></therapy-overview><side-effect-card></side-effect-card></div>',
      );
      await settled(root);
      expect(title(root.querySelector('therapy-overview')!)).to.equal(ENGLISH);
      expect(title(root.querySelector('side-effect-card')!)).to.equal('Side effects');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('lang="fr-CA" (from <div>) is not supported; showing English');
    });
  });

  it('treats an empty lang (language unknown) as English, silently', async () => {
    await withWarnings(async (warnings) => {
      const root = await fixture('<div lang="es"><therapy-overview lang=""></therapy-overview></div>');
      await settled(root);
      expect(title(root.querySelector('therapy-overview')!)).to.equal(ENGLISH);
      expect(warnings.messages).to.deep.equal([]);
    });
  });

  it('shows two languages side by side on one page', async () => {
    const root = await fixture(
      '<div><therapy-overview lang="en"></therapy-overview><therapy-overview lang="es"></therapy-overview>' +
        '<cog-disclaimer lang="es"></cog-disclaimer><cog-disclaimer></cog-disclaimer></div>',
    );
    await settled(root);
    const [english, spanish] = root.querySelectorAll('therapy-overview');
    expect(title(english)).to.equal(ENGLISH);
    expect(title(spanish)).to.equal(SPANISH);
    const [disclaimerEs, disclaimerEn] = root.querySelectorAll('cog-disclaimer');
    expect(visibleText(disclaimerEs)).to.contain('escrito el 1 de diciembre de 2026');
    expect(visibleText(disclaimerEn)).to.contain('written on December 1, 2026');
  });

  describe('switches live when lang changes, within two frames', () => {
    it('on the widget itself', async () => {
      const widget = await fixture<Widget>('<therapy-overview></therapy-overview>');
      widget.setAttribute('lang', 'es');
      await frames(2);
      expect(title(widget)).to.equal(SPANISH);
      widget.lang = 'en';
      await frames(2);
      expect(title(widget)).to.equal(ENGLISH);
      widget.removeAttribute('lang');
      await frames(2);
      expect(title(widget)).to.equal(ENGLISH);
    });

    it('on an ancestor', async () => {
      const root = await fixture('<div><section><side-effect-card></side-effect-card></section></div>');
      root.setAttribute('lang', 'es');
      await frames(2);
      expect(title(root.querySelector('side-effect-card')!)).to.equal('Efectos secundarios');
      root.querySelector('section')!.setAttribute('lang', 'en');
      await frames(2);
      expect(title(root.querySelector('side-effect-card')!)).to.equal('Side effects');
    });

    it('on <html>', async () => {
      const widget = await fixture<Widget>('<cog-disclaimer></cog-disclaimer>');
      document.documentElement.setAttribute('lang', 'es-US');
      await frames(2);
      expect(title(widget)).to.equal('Sobre lo que lee aquí');
      document.documentElement.setAttribute('lang', 'en');
      await frames(2);
      expect(title(widget)).to.equal('About what you read here');
    });
  });

  it('switches a disclaimer for children to the Spanish words for children, and back', async () => {
    const widget = await fixture<Widget>('<cog-disclaimer audience="child"></cog-disclaimer>');
    expect(title(widget)).to.equal('Good to know');
    widget.setAttribute('lang', 'es');
    // The change is seen a moment later (an observer); its Spanish words for children may then
    // still be on their way, and the update waits for them.
    await frames(1);
    await widget.updateComplete;
    expect(title(widget)).to.equal('Lo que hay que saber');
    expect(visibleText(widget)).to.include('Es para niños con cáncer y sus familias.');
    widget.setAttribute('lang', 'en');
    await frames(1);
    await widget.updateComplete;
    expect(title(widget)).to.equal('Good to know');
  });

  describe('inside another component’s shadow root', () => {
    class HospitalPanel extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML =
          '<div class="inner"><therapy-overview></therapy-overview></div>';
      }
    }
    before(() => customElements.define('hospital-panel', HospitalPanel));

    const inner = (panel: Element) => panel.shadowRoot!.querySelector('therapy-overview')!;

    it('inherits lang from the host element and its ancestors', async () => {
      const root = await fixture('<div lang="es"><hospital-panel></hospital-panel></div>');
      const panel = root.querySelector('hospital-panel')!;
      await (inner(panel) as Widget).updateComplete;
      expect(title(inner(panel))).to.equal(SPANISH);
    });

    it('follows changes on the host and inside the shadow root', async () => {
      const panel = await fixture('<hospital-panel></hospital-panel>');
      await (inner(panel) as Widget).updateComplete;
      expect(title(inner(panel))).to.equal(ENGLISH);
      panel.setAttribute('lang', 'es');
      await frames(2);
      expect(title(inner(panel))).to.equal(SPANISH);
      panel.shadowRoot!.querySelector('.inner')!.setAttribute('lang', 'en');
      await frames(2);
      expect(title(inner(panel))).to.equal(ENGLISH);
    });
  });
});
