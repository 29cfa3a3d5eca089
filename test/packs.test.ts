import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { addTopic, registerPack, type SideEffectCard } from '../src/index.js';
import type { Pack } from '../src/content/types.js';
import { captureWarnings, visibleText, withWarnings } from './helpers/dom.js';

// A topic needs no widget code: these packs, with made-up neutral text, use every block type in
// every section widget, and are registered from code or served from a folder of the page's own.

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const WIDGETS = ['therapy-overview', 'how-it-works', 'side-effect-card'] as const;

/** A pack whose every section holds every block type. */
function samplePack(id: string, language: 'en' | 'es', overrides: Partial<Pack> = {}): Pack {
  const words = {
    en: [
      'Sample topic',
      'A short heading',
      'A plain sentence.',
      'First point',
      'Second point',
      'Note:',
      'Call {emergency-number} for help.',
      'A round cell.',
      'A caption.',
    ],
    es: [
      'Tema de ejemplo',
      'Un título corto',
      'Una frase sencilla.',
      'Primer punto',
      'Segundo punto',
      'Nota:',
      'Llame al {emergency-number} si necesita ayuda.',
      'Una célula redonda.',
      'Un pie de foto.',
    ],
  }[language];
  const [name, heading, paragraph, first, second, label, callout, alt, caption] = words;
  return {
    id,
    language,
    audience: 'family',
    name,
    version: '1.0.0',
    written: '2026-11-30',
    credit: 'Sample Source',
    sections: WIDGETS.map((widget) => ({
      widget,
      title: `${name}: ${widget}`,
      blocks: [
        { type: 'paragraph', slot: 'opening', text: paragraph },
        { type: 'heading', id: 'details', text: heading },
        { type: 'list', items: [first, second] },
        { type: 'callout', tone: 'caution', label, text: callout },
        { type: 'figure', picture: 'signals', alt, caption },
      ],
    })),
    ...overrides,
  };
}

async function widget<T extends Widget = Widget>(markup: ReturnType<typeof html>): Promise<T> {
  const element = await fixture<T>(markup);
  await element.updateComplete;
  return element;
}

const part = (element: Element, name: string) => element.shadowRoot!.querySelectorAll(`[part~="${name}"]`);

describe('content packs', () => {
  before(() => {
    registerPack(samplePack('sample-topic', 'en'));
    registerPack(samplePack('sample-topic', 'es'));
  });

  for (const tag of WIDGETS) {
    for (const lang of ['en', 'es'] as const) {
      it(`<${tag}> renders every block type of a new topic, in ${lang}, accessibly`, async () => {
        const holder = await fixture(html`<div lang=${lang}></div>`);
        const element = Object.assign(document.createElement(tag), { topic: 'sample-topic', emergencyNumber: '112' });
        holder.append(element);
        await (element as Widget).updateComplete;
        const pack = samplePack('sample-topic', lang);
        const text = visibleText(element);
        expect(text).to.contain(`${pack.name}: ${tag}`);
        expect(part(element, 'title')[0].localName).to.equal('h2');
        expect(part(element, 'subtitle')[0].localName).to.equal('h3');
        expect(part(element, 'section')).to.have.length(2);
        expect([...part(element, 'list')[0].querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(
          (pack.sections[0].blocks[2] as { items: string[] }).items,
        );
        const callout = part(element, 'callout')[0];
        expect(callout.classList.contains('tone-caution')).to.equal(true);
        expect(part(element, 'callout-label')[0].textContent).to.equal(lang === 'en' ? 'Note:' : 'Nota:');
        expect(callout.querySelector('a[part="phone"]')!.getAttribute('href')).to.equal('tel:112');
        expect(callout.textContent!.replace(/\s+/g, ' ')).to.contain('112');
        expect(part(element, 'picture')[0].getAttribute('aria-label')).to.equal(
          lang === 'en' ? 'A round cell.' : 'Una célula redonda.',
        );
        await expect(element).to.be.accessible();
      });
    }
  }

  it('lets a page replace a block group through the slot the pack names', async () => {
    const element = await widget(
      html`<side-effect-card topic="sample-topic"><p slot="opening">Our own opening.</p></side-effect-card>`,
    );
    expect(visibleText(element)).to.contain('Our own opening.');
    expect(visibleText(element)).not.to.contain('A plain sentence.');
  });

  it('<therapy-page> shows every section of a new topic and links to its headings', async () => {
    const page = await widget(html`<therapy-page topic="sample-topic"></therapy-page>`);
    const children = [...page.shadowRoot!.querySelectorAll<Widget>('therapy-overview, how-it-works, side-effect-card')];
    await Promise.all(children.map((child) => child.updateComplete));
    expect(children.map((child) => child.localName)).to.deep.equal([...WIDGETS]);
    const links = [...page.shadowRoot!.querySelectorAll('nav a')].map((link) => link.textContent!.trim());
    expect(links).to.include('Sample topic: how-it-works');
    expect(links).to.include('A short heading');
    expect(part(page, 'title')[0].textContent).to.equal('Sample topic');
  });

  it('shows a registered pack again when it is registered with new words', async () => {
    registerPack(samplePack('changing-topic', 'en'));
    const element = await widget(html`<therapy-overview topic="changing-topic"></therapy-overview>`);
    expect(visibleText(element)).to.contain('Sample topic: therapy-overview');
    registerPack(
      samplePack('changing-topic', 'en', {
        name: 'Renamed',
        sections: [
          { widget: 'therapy-overview', title: 'New words', blocks: [{ type: 'paragraph', text: 'Changed.' }] },
        ],
      }),
    );
    await element.updateComplete;
    expect(visibleText(element)).to.contain('New words');
  });

  it('shows the fallback and warns once when a shown pack is replaced by a bad one', async () => {
    registerPack(samplePack('breaking-topic', 'en'));
    const element = await widget(html`<therapy-overview topic="breaking-topic"></therapy-overview>`);
    await withWarnings(async (warnings) => {
      expect(registerPack({ ...samplePack('breaking-topic', 'en'), version: 'one' })).to.equal(false);
      await element.updateComplete;
      expect(part(element, 'fallback')).to.have.length(1);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('/version: expected a version like 1.0.0');
    });
  });

  it('keeps what it shows when the registered object is changed afterwards', async () => {
    const pack = samplePack('copied-topic', 'en');
    registerPack(pack);
    pack.sections[0].title = 'Changed behind its back';
    const element = await widget(html`<therapy-overview topic="copied-topic"></therapy-overview>`);
    expect(visibleText(element)).to.contain('Sample topic: therapy-overview');
  });

  const BAD: [string, (pack: Pack) => unknown, string][] = [
    ['a wrong type', (pack) => ({ ...pack, sections: 'none' }), '/sections: expected a list of 1 to 12 items'],
    [
      'an unknown block',
      (pack) => ({ ...pack, sections: [{ ...pack.sections[0], blocks: [{ type: 'video', src: 'x' }] }] }),
      '/sections/0/blocks/0/type: expected one of heading, paragraph, list, callout, figure',
    ],
    [
      'HTML in text',
      (pack) => ({ ...pack, sections: [{ ...pack.sections[0], title: '<img src=x onerror=alert(1)>' }] }),
      '/sections/0/title: expected plain text',
    ],
    [
      'a missing field',
      (pack) => {
        const copy: Partial<Pack> = { ...pack };
        delete copy.credit;
        return copy;
      },
      '/credit: expected a value (it is required)',
    ],
    [
      'an unknown picture',
      (pack) => ({
        ...pack,
        sections: [{ ...pack.sections[0], blocks: [{ type: 'figure', picture: 'x', alt: 'a', caption: 'b' }] }],
      }),
      '/sections/0/blocks/0/picture: expected one of blood-vessels, signals',
    ],
  ];

  for (const [what, spoil, expected] of BAD) {
    it(`refuses a pack with ${what}: the fallback, one warning naming the path, no exception`, async () => {
      const id = `bad-${what.toLowerCase().replace(/\W+/g, '-')}`;
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      const warnings = captureWarnings();
      try {
        expect(registerPack(spoil(samplePack(id, 'en')))).to.equal(false);
        const element = await widget<SideEffectCard>(html`<side-effect-card topic=${id}></side-effect-card>`);
        element.headingLevel = 3;
        await element.updateComplete;
        expect(part(element, 'fallback')).to.have.length(1);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain(expected);
        expect(errors).to.deep.equal([]);
      } finally {
        warnings.restore();
        window.removeEventListener('error', onError);
      }
    });
  }

  it('shows the fallback with one warning for a language the topic has no pack in', async () => {
    registerPack(samplePack('english-only', 'en'));
    await withWarnings(async (warnings) => {
      const element = await widget(html`<therapy-overview topic="english-only" lang="es"></therapy-overview>`);
      expect(part(element, 'fallback')).to.have.length(1);
      expect(visibleText(element)).to.contain('Lo sentimos');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain(
        'english-only/family.es.json could not be loaded (the server answered 404)',
      );
    });
  });

  it('loads a topic from a folder the page names, and checks it is the pack asked for', async () => {
    addTopic('hand-washing', '/test/fixtures/topics/hand-washing/');
    const element = await widget(html`<how-it-works topic="Hand washing"></how-it-works>`);
    expect(visibleText(element)).to.contain('Hand washing');
  });

  it('shows nothing until a slow pack arrives, then the pack: never other text first', async () => {
    addTopic('slow-topic', '/slow/400/test/fixtures/topics/hand-washing/');
    const element = document.createElement('therapy-overview') as Widget;
    element.setAttribute('topic', 'slow-topic');
    const warnings = captureWarnings();
    try {
      document.body.append(element);
      await new Promise((resolve) => setTimeout(resolve, 150));
      expect(element.shadowRoot!.textContent!.trim()).to.equal('');
      await element.updateComplete;
      // The folder's pack says it is "hand-washing", not "slow-topic": refused as not the pack asked for.
      expect(part(element, 'fallback')).to.have.length(1);
      expect(warnings.messages[0]).to.contain('/id: expected "slow-topic"');
    } finally {
      warnings.restore();
      element.remove();
    }
  });
});
