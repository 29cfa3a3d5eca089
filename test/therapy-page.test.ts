import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import { headingsIn, visibleText } from './helpers/dom.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Headings in reading order, through the shadow roots of the widgets the page is made of. */
const outline = (root: ShadowRoot): string[] => headingsIn(root).map(({ tag, text }) => `${tag} ${text}`);

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function renderPage(markup: string): Promise<Widget> {
  const page = await fixture<Widget>(markup);
  await page.updateComplete;
  await Promise.all(
    [...page.shadowRoot!.querySelectorAll('*')]
      .filter((el) => 'updateComplete' in el)
      .map((el) => (el as Widget).updateComplete),
  );
  return page;
}

describe('<therapy-page>', () => {
  // How it prints is tested end to end (test/e2e/pictures.test.mjs): media emulation is Chromium's.

  it('is made of the other widgets, one per section, in the order a family reads', async () => {
    const page = await renderPage('<therapy-page></therapy-page>');
    const widgets = [
      ...page.shadowRoot!.querySelectorAll('therapy-overview, how-it-works, side-effect-card, cog-disclaimer'),
    ];
    expect(widgets.map((widget) => `${widget.localName}#${widget.id}`)).to.deep.equal([
      'therapy-overview#therapy-overview',
      'how-it-works#how-it-works',
      'therapy-overview#therapy-overview-2',
      'side-effect-card#side-effect-card',
      'cog-disclaimer#cog-disclaimer',
    ]);
    expect(widgets.every((widget) => widget.shadowRoot)).to.equal(true);
    // What it is, how it works with its pictures, with other treatments: each idea once.
    const [first, , second] = widgets.map((widget) => visibleText(widget));
    expect(first).to.match(/^What is targeted therapy\?.*How does it work\?/s);
    expect(first).not.to.contain('other treatments');
    expect(second).to.match(/^Is it used with other treatments\?/);
    expect(second).not.to.contain('How does it work?');
  });

  /** The page's outline with its own heading at level 2. */
  const OUTLINE_AT_2 = [
    'h2 Targeted therapy',
    'h3 What is targeted therapy?',
    'h4 How does it work?',
    'h3 Two ways it can work',
    'h3 Is it used with other treatments?',
    'h3 Side effects',
    'h3 About what you read here',
  ];

  it('forms a correct outline from its own heading level down', async () => {
    const page = await renderPage('<therapy-page heading-level="2"></therapy-page>');
    expect(outline(page.shadowRoot!)).to.deep.equal(OUTLINE_AT_2);
  });

  it('starts its outline at <h1> when asked: the same headings, each one level up', async () => {
    const page = await renderPage('<therapy-page heading-level="1"></therapy-page>');
    expect(outline(page.shadowRoot!)).to.deep.equal(
      OUTLINE_AT_2.map((heading) => `h${Number(heading[1]) - 1}${heading.slice(2)}`),
    );
  });

  // HTML has no <h7>: below an <h5> or <h6> title, every section and sub-heading is an <h6>.
  for (const level of [5, 6]) {
    it(`keeps every other heading at <h6> below an <h${level}> title, never deeper`, async () => {
      const page = await renderPage(`<therapy-page heading-level="${level}"></therapy-page>`);
      const [title, ...others] = OUTLINE_AT_2;
      expect(outline(page.shadowRoot!)).to.deep.equal([
        `h${level}${title.slice(2)}`,
        ...others.map((heading) => `h6${heading.slice(2)}`),
      ]);
    });
  }

  it('lists every section under "On this page", and each link moves focus to its section', async () => {
    const page = await renderPage('<therapy-page></therapy-page>');
    const nav = page.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-labelledby')).to.equal('contents-title');
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((link) => link.textContent!.trim())).to.deep.equal([
      'What is targeted therapy?',
      'How does it work?',
      'Two ways it can work',
      'Is it used with other treatments?',
      'Side effects',
      'About what you read here',
    ]);
    for (const link of links) {
      link.focus();
      await sendKeys({ press: 'Enter' });
      const focused = deepActiveElement()!;
      expect(/^h[1-6]$/.test(focused.localName), link.textContent!).to.equal(true);
      expect(focused.textContent!.trim()).to.equal(link.textContent!.trim());
    }
  });

  it('opened at an "on this page" link\'s address (#…), moves focus to that section', async () => {
    const before = location.href;
    history.replaceState(null, '', '#side-effect-card-title');
    try {
      const page = await renderPage('<therapy-page></therapy-page>');
      await new Promise((resolve) => setTimeout(resolve));
      const focused = deepActiveElement()!;
      expect(`${focused.localName} ${focused.textContent!.trim()}`).to.match(/^h\d Side effects$/);
      expect(page.contains(document.activeElement) || document.activeElement === page).to.equal(true);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('passes the disclaimer options to the disclaimer', async () => {
    const page = await renderPage(
      '<therapy-page emergency-number="999" organization="Example Group" publisher="Riverside Children\'s Hospital"></therapy-page>',
    );
    const disclaimer = visibleText(page.shadowRoot!.querySelector('cog-disclaimer')!);
    expect(disclaimer).to.contain('call 999 now');
    expect(disclaimer).to.contain('Based on information from Example Group.');
    expect(disclaimer).to.contain("Shared by Riverside Children's Hospital.");
    expect(disclaimer).to.contain('Version 1.3.0 of this text, written on December 1, 2026.');
  });

  it('shows an editor’s own introduction under the title', async () => {
    const page = await renderPage(
      '<therapy-page><p slot="intro">At Riverside, we use it for some cancers.</p></therapy-page>',
    );
    expect(visibleText(page)).to.match(/^Targeted therapy\s*At Riverside, we use it for some cancers\./);
  });

  it('prints the page with its print button', async () => {
    const page = await renderPage('<therapy-page></therapy-page>');
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      page.shadowRoot!.querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('speaks Spanish throughout when the page is Spanish', async () => {
    const root = await fixture('<div lang="es"><therapy-page></therapy-page></div>');
    const page = root.firstElementChild as Widget;
    await page.updateComplete;
    await Promise.all(
      [...page.shadowRoot!.querySelectorAll('*')]
        .filter((el) => 'updateComplete' in el)
        .map((el) => (el as Widget).updateComplete),
    );
    expect(outline(page.shadowRoot!)).to.deep.equal([
      'h2 Terapia dirigida',
      'h3 ¿Qué es la terapia dirigida?',
      'h4 ¿Cómo funciona?',
      'h3 Dos formas en que puede funcionar',
      'h3 ¿Se usa con otros tratamientos?',
      'h3 Efectos secundarios',
      'h3 Sobre lo que lee aquí',
    ]);
    expect(visibleText(page)).to.contain('Imprimir esta página');
  });
});
