import { expect, fixture } from '@open-wc/testing';
import { elements } from '../src/classes.js';
import { defineElements } from '../src/shared/define.js';
import { notAvailable, PLACEHOLDER_ATTRIBUTE } from '../src/shared/placeholders-on-demand.js';
import { observePlaceholders } from '../src/shared/placeholders.js';
import { warn } from '../src/shared/warn.js';
import { visibleText, withWarnings } from './helpers/dom.js';

// These tests drive the upgrade logic directly, on a container of their own; the page-wide
// wiring of the script-tag entry is tested in placeholders-page.test.ts.
const TAGS = Object.keys(elements);
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Lets the observer see the latest changes, then waits for the widgets inside `root` to render. */
async function settled(root: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all([...root.querySelectorAll<Widget>(TAGS.join(','))].map((widget) => widget.updateComplete));
}

/** Waits until every notice in `root` has its words (they may need the page language's texts). */
async function noticesWritten(root: Element): Promise<void> {
  for (let tries = 0; tries < 50; tries++) {
    const notices = [...root.querySelectorAll('[data-therapy-notice]')];
    if (notices.every((notice) => notice.textContent)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function widgetsIn(placeholder: Element): Element[] {
  return [...placeholder.children].filter((child) => TAGS.includes(child.localName));
}

describe('placeholders (data-therapy-widget)', () => {
  let container: HTMLElement;
  let stops: (() => void)[] = [];
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);

  /** Starts observing `container`, as the script-tag entry observes the document. */
  function observe(): void {
    stops.push(observePlaceholders({ tags: TAGS, attribute: PLACEHOLDER_ATTRIBUTE, warn, notAvailable }, container));
  }

  before(() => {
    defineElements(elements);
    window.addEventListener('error', onError);
  });
  after(() => window.removeEventListener('error', onError));

  beforeEach(async () => {
    errors.length = 0;
    container = await fixture('<section></section>');
  });

  afterEach(() => {
    for (const stop of stops) stop();
    stops = [];
    expect(errors, 'errors thrown into the page').to.deep.equal([]);
  });

  it('adds the widget inside a placeholder already in the page, with its attributes', async () => {
    container.innerHTML =
      '<div id="place" class="hospital-box" data-therapy-widget="side-effect-card" data-topic="targeted-therapy" data-heading-level="3"></div>';
    observe();
    await settled(container);
    const placeholder = container.querySelector('#place')!;
    const [widget] = widgetsIn(placeholder);
    expect(widget.localName).to.equal('side-effect-card');
    expect(widget.getAttribute('topic')).to.equal('targeted-therapy');
    expect(widget.shadowRoot!.querySelector('h3')!.textContent).to.equal('Side effects');
    // The author's element stays as it was written.
    expect(placeholder.className).to.equal('hospital-box');
    expect(placeholder.getAttribute('data-therapy-widget')).to.equal('side-effect-card');
  });

  it('copies every known attribute as text, and nothing else', async () => {
    container.innerHTML = `<div data-therapy-widget="cog-disclaimer" data-topic="targeted-therapy" data-heading-level="4"
      lang="en" data-emergency-number="999" data-organization="Example Group" data-publisher="Example Hospital"
      data-copyright="© 2026 Example" class="box" style="color: red" data-extra="x" title="t" onclick="void 0"></div>`;
    observe();
    await settled(container);
    const widget = container.querySelector('cog-disclaimer')!;
    expect(widget.getAttribute('heading-level')).to.equal('4');
    expect(widget.getAttribute('lang')).to.equal('en');
    expect(widget.getAttribute('emergency-number')).to.equal('999');
    expect(widget.getAttribute('publisher')).to.equal('Example Hospital');
    expect(widget.getAttribute('copyright')).to.equal('© 2026 Example');
    for (const absent of ['class', 'style', 'data-extra', 'title', 'onclick', 'data-therapy-widget']) {
      expect(widget.hasAttribute(absent), absent).to.be.false;
    }
    const text = visibleText(widget);
    expect(text).to.contain('call 999 now');
    expect(text).to.contain('Based on information from Example Group.');
    expect(text).to.contain('Shared by Example Hospital.');
  });

  it('shows attribute values written as HTML as plain text, running nothing', async () => {
    const xss = '<img src=x onerror="window.__placeholderXss=1">';
    const placeholder = document.createElement('div');
    placeholder.setAttribute('data-therapy-widget', 'cog-disclaimer');
    placeholder.setAttribute('data-organization', xss);
    container.append(placeholder);
    observe();
    await settled(container);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const widget = container.querySelector('cog-disclaimer')!;
    expect(widget.shadowRoot!.querySelector('img')).to.be.null;
    expect(container.querySelector('img')).to.be.null;
    expect((window as { __placeholderXss?: number }).__placeholderXss).to.be.undefined;
    expect(visibleText(widget)).to.contain(`Based on information from ${xss}.`);
  });

  it('upgrades placeholders added later, on their own or inside other markup', async () => {
    observe();
    const single = document.createElement('div');
    single.dataset.therapyWidget = 'therapy-overview';
    container.append(single);
    container.insertAdjacentHTML(
      'beforeend',
      '<article><p>Intro</p><div data-therapy-widget="cog-disclaimer" data-emergency-number="112"></div></article>',
    );
    await settled(container);
    expect(widgetsIn(single).map((widget) => widget.localName)).to.deep.equal(['therapy-overview']);
    expect(visibleText(container.querySelector('cog-disclaimer')!)).to.contain('call 112 now');
  });

  it('upgrades an element that becomes a placeholder later, and follows later attribute changes', async () => {
    container.innerHTML = '<div id="place"></div>';
    observe();
    const placeholder = container.querySelector<HTMLElement>('#place')!;
    placeholder.setAttribute('data-heading-level', '3');
    placeholder.setAttribute('data-therapy-widget', 'therapy-overview');
    await settled(container);
    const widget = placeholder.querySelector('therapy-overview')!;
    expect(widget.shadowRoot!.querySelector('h3')).to.exist;

    placeholder.setAttribute('data-heading-level', '5');
    await settled(container);
    expect(widget.shadowRoot!.querySelector('h5')).to.exist;

    placeholder.setAttribute('data-therapy-widget', 'side-effect-card');
    await settled(container);
    expect(widgetsIn(placeholder).map((child) => child.localName)).to.deep.equal(['side-effect-card']);
    expect(placeholder.querySelector('side-effect-card')!.getAttribute('heading-level')).to.equal('5');

    placeholder.removeAttribute('data-therapy-widget');
    await settled(container);
    expect(widgetsIn(placeholder)).to.deep.equal([]);
  });

  it('forgives capitals and spaces in the widget name', async () => {
    container.innerHTML = '<div data-therapy-widget=" Side-Effect-Card "></div>';
    observe();
    await settled(container);
    expect(container.querySelector('side-effect-card')).to.exist;
  });

  it('warns once per unknown widget name, shows a visible notice for it and throws nothing', async () => {
    await withWarnings(async (warnings) => {
      container.innerHTML = '<div data-therapy-widget="side-efect-card"></div><div data-therapy-widget=""></div>';
      observe();
      container.insertAdjacentHTML('beforeend', '<div data-therapy-widget="side-efect-card"></div>');
      await settled(container);
      await noticesWritten(container);
      expect(container.querySelectorAll(TAGS.join(','))).to.have.length(0);
      const notices = [...container.querySelectorAll('[data-therapy-widget] > p')].map((p) => p.textContent);
      expect(notices).to.deep.equal(Array(3).fill('Sorry, we cannot show this right now. Please ask your care team.'));
      expect(warnings.messages).to.have.length(2);
      expect(warnings.messages[0]).to.contain('[therapy-widgets] <div data-therapy-widget="side-efect-card">');
      expect(warnings.messages[0]).to.contain('a "not available" notice is shown');
      expect(warnings.messages[0]).to.contain(
        'Known widgets: therapy-overview, how-it-works, side-effect-card, cog-disclaimer, therapy-page',
      );
      expect(warnings.messages[1]).to.contain('data-therapy-widget=""');
    });
  });

  it("shows the unknown name's notice in the page's language, once, following a change of language, and drops it when the name is fixed", async () => {
    await withWarnings(async () => {
      container.setAttribute('lang', 'es');
      container.innerHTML = '<div data-therapy-widget="tarjeta"></div>';
      observe();
      await settled(container);
      await noticesWritten(container);
      const placeholder = container.firstElementChild!;
      expect(placeholder.children).to.have.length(1);
      expect(placeholder.textContent).to.equal(
        'Lo sentimos, ahora no podemos mostrar esto. El equipo médico puede ayudar.',
      );
      placeholder.setAttribute('data-therapy-widget', 'tarjeta ');
      await settled(container);
      expect(placeholder.children, 'still one notice').to.have.length(1);
      // The page switches language: the notice follows, as the widgets do.
      container.setAttribute('lang', 'en');
      await settled(container);
      await noticesWritten(container);
      expect(placeholder.textContent).to.equal('Sorry, we cannot show this right now. Please ask your care team.');
      container.setAttribute('lang', 'es');
      await settled(container);
      for (let tries = 0; tries < 50 && !placeholder.textContent!.startsWith('Lo'); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(placeholder.textContent).to.equal(
        'Lo sentimos, ahora no podemos mostrar esto. El equipo médico puede ayudar.',
      );
      expect(placeholder.children, 'still one notice').to.have.length(1);
      placeholder.setAttribute('data-therapy-widget', 'side-effect-card');
      await settled(container);
      expect([...placeholder.children].map((child) => child.localName)).to.deep.equal(['side-effect-card']);
    });
  });

  it('passes bad values on for the widget to handle: a fallback and one warning, no error', async () => {
    await withWarnings(async (warnings) => {
      container.innerHTML =
        '<div data-therapy-widget="cog-disclaimer" data-heading-level="abc" data-emergency-number="call us" data-topic="asthma"></div>';
      observe();
      await settled(container);
      const widget = container.querySelector('cog-disclaimer')!;
      expect(widget.shadowRoot!.querySelector('h2')).to.exist;
      expect(visibleText(widget)).to.contain('call 911 now');
      expect(warnings.messages.filter((message) => message.includes('<cog-disclaimer>'))).to.have.length(3);
    });
  });

  it('adds one widget per placeholder, even when two copies of the script observe the page', async () => {
    container.innerHTML = '<div data-therapy-widget="therapy-overview"></div>';
    observe();
    observe();
    container.insertAdjacentHTML('beforeend', '<div data-therapy-widget="side-effect-card"></div>');
    await settled(container);
    for (const placeholder of container.querySelectorAll('[data-therapy-widget]')) {
      expect(widgetsIn(placeholder)).to.have.length(1);
    }
  });

  it('keeps a widget that is already inside its placeholder, as a saved CMS page may have it', async () => {
    container.innerHTML =
      '<div data-therapy-widget="side-effect-card" data-heading-level="3"><side-effect-card topic="targeted-therapy"></side-effect-card></div>';
    const saved = container.querySelector('side-effect-card');
    observe();
    await settled(container);
    const placeholder = container.querySelector('[data-therapy-widget]')!;
    expect(widgetsIn(placeholder)).to.deep.equal([saved]);
    expect(saved!.getAttribute('heading-level')).to.equal('3');
  });

  it('puts the widget back when something empties a placeholder that stays in the page', async () => {
    container.innerHTML = '<div data-therapy-widget="therapy-overview"></div>';
    observe();
    await settled(container);
    const placeholder = container.querySelector('[data-therapy-widget]')!;
    placeholder.replaceChildren();
    await settled(container);
    expect(widgetsIn(placeholder).map((widget) => widget.localName)).to.deep.equal(['therapy-overview']);
  });

  it('stops putting the widget back, with one warning, when a page script removes it every time', async () => {
    container.innerHTML = '<div data-therapy-widget="therapy-overview"></div>';
    observe();
    await settled(container);
    const placeholder = container.querySelector('[data-therapy-widget]')!;
    // A site script that removes every element it does not know, as soon as it appears.
    let removed = 0;
    const siteFilter = new MutationObserver(() => {
      for (const widget of widgetsIn(placeholder)) (widget.remove(), removed++);
    });
    siteFilter.observe(placeholder, { childList: true });
    await withWarnings(async (warnings) => {
      placeholder.replaceChildren();
      for (let frame = 0; frame < 10; frame++) await settled(container);
      const before = removed;
      for (let frame = 0; frame < 10; frame++) await settled(container);
      expect(removed, 'the two observers stopped').to.equal(before);
      expect(removed).to.be.below(10);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('keeps removing the widget');
    });
    siteFilter.disconnect();
    expect(errors).to.deep.equal([]);
  });

  it('shows the fallback text a placeholder holds until its widget has rendered, then only the widget', async () => {
    container.innerHTML =
      '<div data-therapy-widget="side-effect-card"><h2>Side effects</h2><p>Ask your care team.</p></div>';
    observe();
    const placeholder = container.querySelector('[data-therapy-widget]')!;
    const [widget] = widgetsIn(placeholder) as Widget[];
    // At once: the widget is there to render, but hidden, so the fallback is the only text shown or read.
    expect(widget.hidden).to.equal(true);
    expect(placeholder.querySelector(':scope > p')!.checkVisibility()).to.equal(true);
    // The frame the widget is shown in is the frame the fallback leaves in.
    const seen: string[] = [];
    // Watched frame by frame until the widget shows, however slowly the engine paints frames.
    const watched = new Promise<void>((resolve) => {
      const watch = () => {
        seen.push(`${widget.hidden ? 'hidden' : 'shown'} ${placeholder.querySelector(':scope > p') ? 'fallback' : ''}`);
        if (widget.hidden) requestAnimationFrame(watch);
        else resolve();
      };
      requestAnimationFrame(watch);
    });
    await settled(container);
    await watched;
    expect([...placeholder.children].map((child) => child.localName)).to.deep.equal(['side-effect-card']);
    expect(widget.checkVisibility()).to.equal(true);
    expect(visibleText(widget)).to.contain('Side effects are problems a treatment can cause.');
    expect(new Set(seen)).to.deep.equal(new Set(['hidden fallback', 'shown ']));
  });

  it('keeps the fallback text when the widget cannot show its topic', async () => {
    container.innerHTML =
      '<div data-therapy-widget="therapy-overview" data-topic="no-such-topic"><p>Our words.</p></div>';
    await withWarnings(async () => {
      observe();
      await settled(container);
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    const placeholder = container.querySelector('[data-therapy-widget]')!;
    expect(placeholder.querySelector('p')!.checkVisibility()).to.equal(true);
    const [widget] = widgetsIn(placeholder) as Widget[];
    expect(widget.hidden).to.equal(true);
  });

  it('stops upgrading when stopped', async () => {
    observe();
    stops.pop()!();
    container.innerHTML = '<div data-therapy-widget="therapy-overview"></div>';
    await settled(container);
    expect(container.querySelector('therapy-overview')).to.be.null;
  });

  it('makes an accessible widget', async () => {
    container.innerHTML = '<div data-therapy-widget="side-effect-card" data-heading-level="2"></div>';
    observe();
    await settled(container);
    await expect(container).to.be.accessible();
  });
});
