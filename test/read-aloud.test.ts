import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { Block, CalloutBlock, FigureBlock, Pack } from '../src/content/types.js';
import { notAvailable } from '../src/shared/placeholders-on-demand.js';
import { observePlaceholders } from '../src/shared/placeholders.js';
import { installSpeech, removeSpeech, voice, type RecordingSpeech, type TestVoice } from './helpers/speech.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; listen: boolean };

const ENGLISH_LOCAL = voice('Local English', 'en-US', true);
const ENGLISH_REMOTE = voice('Remote English', 'en-GB', false);
const SPANISH_LOCAL = voice('Local Spanish', 'es-MX', true);
const SPANISH_REMOTE = voice('Remote Spanish', 'es-ES', false);
const EVERY_VOICE = [ENGLISH_REMOTE, SPANISH_REMOTE, ENGLISH_LOCAL, SPANISH_LOCAL];
// A picture that needs no request.
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

// What the widgets show comes from the English targeted-therapy pack: the test reads it, so it
// follows the words wherever they change.
const pack: Pack = await (await fetch('/src/packs/targeted-therapy/family.en.json')).json();
const shown = (text: string) => text.replaceAll('{emergency-number}', '911');
const section = (widget: string) => pack.sections.find((candidate) => candidate.widget === widget)!;
const blocks = <T extends Block>(widget: string, type: T['type']) =>
  section(widget).blocks.filter((block): block is T => block.type === type);
const paragraphs = (widget: string) =>
  blocks<Extract<Block, { type: 'paragraph' }>>(widget, 'paragraph').map((block) => shown(block.text));

/** The side-effect card's words, as its reading names them. */
function sideEffects() {
  const [callout] = blocks<CalloutBlock>('side-effect-card', 'callout');
  const texts = paragraphs('side-effect-card');
  return {
    title: section('side-effect-card').title,
    about: texts.slice(0, -1),
    allergyLabel: callout.label,
    allergyWarning: shown(callout.text),
    askCareTeam: texts.at(-1)!,
  };
}

/** The drawings' words. */
function pictures() {
  return {
    title: section('how-it-works').title,
    intro: paragraphs('how-it-works')[0],
    steps: blocks<FigureBlock>('how-it-works', 'figure').map(({ alt, caption }) => ({ alt, caption: shown(caption) })),
  };
}

/** Waits for the widget, and every widget inside it, to finish rendering. */
async function settled(widget: Widget): Promise<void> {
  await widget.updateComplete;
  const inner = [...(widget.shadowRoot?.querySelectorAll<Widget>('*') ?? [])].filter((el) => 'updateComplete' in el);
  await Promise.all(inner.map((el) => el.updateComplete));
  await widget.updateComplete;
}

async function render(markup: string): Promise<Widget> {
  const widget = await fixture<Widget>(markup);
  await settled(widget);
  return widget;
}

/** Renders the widgets in `markup`'s one container, and returns them settled, in order. */
async function renderEach(markup: string): Promise<Widget[]> {
  const container = await fixture<HTMLElement>(markup);
  const widgets = [...container.children] as Widget[];
  await Promise.all(widgets.map(settled));
  return widgets;
}

/** Every button in the widget, through the shadow roots of the widgets inside it. */
function buttonsIn(root: Element | ShadowRoot): HTMLButtonElement[] {
  const found: HTMLButtonElement[] = [];
  for (const node of root.querySelectorAll('*')) {
    if (node instanceof HTMLButtonElement) found.push(node);
    if (node.shadowRoot) found.push(...buttonsIn(node.shadowRoot));
  }
  return found;
}

/** Whether the widget shows read-aloud buttons. (A boolean: chai takes minutes to print a widget's element.) */
const hasListen = (widget: Widget) => widget.shadowRoot!.querySelector('.listen') !== null;

/** The read-aloud buttons' labels, in order. */
function labels(widget: Widget): string[] {
  return [...widget.shadowRoot!.querySelectorAll('.listen button')].map((button) => button.textContent!.trim());
}

function listenButton(widget: Widget): HTMLButtonElement {
  const button = widget.shadowRoot!.querySelector<HTMLButtonElement>('.listen button');
  expect(button !== null, `<${widget.localName}> has a read-aloud button`).to.equal(true);
  return button!;
}

async function click(widget: Widget, label: string): Promise<void> {
  const button = [...widget.shadowRoot!.querySelectorAll<HTMLButtonElement>('.listen button')].find(
    (candidate) => candidate.textContent!.trim() === label,
  );
  expect(button !== undefined, `a "${label}" button in ${JSON.stringify(labels(widget))}`).to.equal(true);
  button!.click();
  await widget.updateComplete;
}

/** The element that has focus, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

// A boolean, for the same reason as hasListen.
const focused = (element: Element) => deepActiveElement() === element;

describe('reading aloud (listen)', () => {
  let speech: RecordingSpeech;
  let restore: () => void;

  function install(voices: TestVoice[]): void {
    ({ speech, restore } = installSpeech(voices));
  }

  beforeEach(() => install(EVERY_VOICE));

  afterEach(() => {
    // Widgets leave the page first, while the recorder they were given is still in place.
    fixtureCleanup();
    restore();
  });

  describe('when there is no button', () => {
    it('shows none without the listen attribute', async () => {
      for (const tag of ['therapy-overview', 'how-it-works', 'side-effect-card', 'cog-disclaimer', 'therapy-page']) {
        const widget = await render(`<${tag}></${tag}>`);
        expect(
          buttonsIn(widget.shadowRoot!).filter((button) => button.closest('.listen')),
          tag,
        ).to.have.length(0);
        expect(hasListen(widget), tag).to.equal(false);
      }
      expect(speech.calls).to.deep.equal([]);
      expect(speech.voiceLookups, 'widgets without listen leave speech alone').to.equal(0);
    });

    it('shows none when the only voices for the language run on a server', async () => {
      restore();
      install([ENGLISH_REMOTE, SPANISH_LOCAL]);
      const english = await render('<side-effect-card listen></side-effect-card>');
      expect(hasListen(english)).to.equal(false);
      // The same voices do offer Spanish: the attribute works, the language decides.
      const spanish = await render('<side-effect-card listen lang="es"></side-effect-card>');
      expect(labels(spanish)).to.deep.equal(['Escuchar']);
    });

    it('shows none for Spanish when only English runs on the device', async () => {
      restore();
      install([ENGLISH_LOCAL, SPANISH_REMOTE]);
      const spanish = await render('<side-effect-card listen lang="es-MX"></side-effect-card>');
      expect(hasListen(spanish)).to.equal(false);
    });

    it('shows none, and throws nothing, in a browser without speech synthesis', async () => {
      restore();
      restore = removeSpeech();
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const widget = await render('<side-effect-card listen></side-effect-card>');
        expect(hasListen(widget)).to.equal(false);
        expect(widget.shadowRoot!.textContent).to.include(sideEffects().title);
        widget.remove();
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
    });

    it('shows the button once voices arrive late, and hides it if they go', async () => {
      restore();
      install([]);
      const widget = await render('<therapy-overview listen></therapy-overview>');
      expect(hasListen(widget)).to.equal(false);
      speech.setVoices([ENGLISH_REMOTE]);
      await widget.updateComplete;
      expect(hasListen(widget)).to.equal(false);
      speech.setVoices([ENGLISH_LOCAL]);
      await widget.updateComplete;
      expect(labels(widget)).to.deep.equal(['Listen']);
      speech.setVoices([]);
      await widget.updateComplete;
      expect(hasListen(widget)).to.equal(false);
      expect(speech.calls, 'it never plays by itself').to.deep.equal([]);
    });
  });

  describe('reading', () => {
    it('never plays by itself', async () => {
      const widget = await render('<side-effect-card listen></side-effect-card>');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(labels(widget)).to.deep.equal(['Listen']);
      expect(speech.calls).to.deep.equal([]);
    });

    it('reads what an English widget shows, in order, with a local English voice', async () => {
      const widget = await render('<side-effect-card listen></side-effect-card>');
      await click(widget, 'Listen');
      const text = sideEffects();
      expect(speech.reading).to.deep.equal([
        text.title,
        ...text.about,
        `${text.allergyLabel} ${text.allergyWarning}`,
        text.askCareTeam,
      ]);
      expect(speech.spoken.every((utterance) => utterance.lang === 'en')).to.equal(true);
      expect(speech.spoken.every((utterance) => utterance.voice === ENGLISH_LOCAL)).to.equal(true);
      expect(labels(widget)).to.deep.equal(['Pause', 'Stop']);
    });

    it('reads each picture as its text alternative, then its caption, without numbers', async () => {
      const widget = await render('<how-it-works listen></how-it-works>');
      await click(widget, 'Listen');
      const text = pictures();
      expect(speech.reading).to.deep.equal([
        text.title,
        text.intro,
        text.steps[0].alt,
        text.steps[0].caption,
        text.steps[1].alt,
        text.steps[1].caption,
      ]);
    });

    it('reads the text and picture alternatives an editor slotted in, in place of what they replace', async () => {
      const widget = await render(`<side-effect-card listen>
          <p slot="about">Our nurses explain side effects <em>before</em> the first dose.</p>
          <img slot="about" alt="Photo: a nurse talks with a family." src="${PIXEL}" />
          <img slot="about" alt="" src="${PIXEL}" />
          <span slot="allergy-warning">Call the clinic right away.</span>
          <p hidden slot="about">Not shown, so not read.</p>
        </side-effect-card>`);
      await click(widget, 'Listen');
      const text = sideEffects();
      expect(speech.reading).to.deep.equal([
        text.title,
        'Our nurses explain side effects before the first dose.',
        'Photo: a nurse talks with a family.',
        `${text.allergyLabel} Call the clinic right away.`,
        text.askCareTeam,
      ]);
    });

    it('reads a Spanish widget in Spanish, with a local Spanish voice, and labels its buttons in Spanish', async () => {
      const widget = await render('<side-effect-card listen lang="es"></side-effect-card>');
      expect(labels(widget)).to.deep.equal(['Escuchar']);
      await click(widget, 'Escuchar');
      const shown = [...widget.shadowRoot!.querySelectorAll('h2, p')].map((el) =>
        el.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(speech.reading).to.deep.equal(shown);
      expect(speech.reading[0]).to.equal('Efectos secundarios');
      expect(speech.reading.some((block) => block.startsWith('Importante: '))).to.equal(true);
      expect(speech.spoken.every((utterance) => utterance.lang === 'es')).to.equal(true);
      expect(speech.spoken.every((utterance) => utterance.voice === SPANISH_LOCAL)).to.equal(true);
      expect(labels(widget)).to.deep.equal(['Pausar', 'Parar']);
      await click(widget, 'Pausar');
      expect(labels(widget)).to.deep.equal(['Seguir', 'Parar']);
    });

    it('pauses, goes on from the paragraph it was reading, and stops', async () => {
      const widget = await render('<side-effect-card listen></side-effect-card>');
      const text = sideEffects();
      await click(widget, 'Listen');
      speech.finishOne();
      speech.finishOne();
      // Reading the second paragraph now.
      await click(widget, 'Pause');
      expect(speech.calls.at(-1)).to.equal('cancel');
      expect(speech.speaking).to.equal(false);
      expect(labels(widget)).to.deep.equal(['Continue', 'Stop']);

      await click(widget, 'Continue');
      expect(speech.reading).to.deep.equal([
        ...text.about.slice(1),
        `${text.allergyLabel} ${text.allergyWarning}`,
        text.askCareTeam,
      ]);
      expect(labels(widget)).to.deep.equal(['Pause', 'Stop']);

      const calls = speech.calls.length;
      await click(widget, 'Stop');
      expect(speech.calls.slice(calls)).to.deep.equal(['cancel']);
      expect(speech.speaking).to.equal(false);
      expect(labels(widget)).to.deep.equal(['Listen']);
      // Listening again starts from the top.
      await click(widget, 'Listen');
      expect(speech.reading[0]).to.equal(text.title);
    });

    it('goes back to "Listen" when the voice has read everything', async () => {
      const widget = await render('<therapy-overview listen></therapy-overview>');
      await click(widget, 'Listen');
      const count = speech.queue.length;
      expect(count).to.be.greaterThan(5);
      for (let i = 0; i < count - 1; i++) speech.finishOne();
      await widget.updateComplete;
      expect(labels(widget)).to.deep.equal(['Pause', 'Stop']);
      speech.finishOne();
      await widget.updateComplete;
      expect(labels(widget)).to.deep.equal(['Listen']);
      expect(speech.calls.filter((call) => call === 'cancel')).to.have.length(1);
    });

    it('stops when something else on the page cancels speech', async () => {
      const widget = await render('<therapy-overview listen></therapy-overview>');
      await click(widget, 'Listen');
      speech.cancel();
      await widget.updateComplete;
      expect(labels(widget)).to.deep.equal(['Listen']);
    });
  });

  describe('one voice at a time', () => {
    const CARD_AND_OVERVIEW =
      '<div><side-effect-card listen></side-effect-card><therapy-overview listen></therapy-overview></div>';

    it('starting one widget stops the other', async () => {
      const [card, pictureWidget] = await renderEach(`<div>
          <side-effect-card listen></side-effect-card>
          <how-it-works listen></how-it-works>
        </div>`);
      await click(card, 'Listen');
      await click(pictureWidget, 'Listen');
      await card.updateComplete;
      expect(labels(card)).to.deep.equal(['Listen']);
      expect(labels(pictureWidget)).to.deep.equal(['Pause', 'Stop']);
      expect(speech.reading[0]).to.equal(pictures().title);
      // The card's leftover utterances end quietly: the pictures go on.
      speech.finishOne();
      await Promise.all([card.updateComplete, pictureWidget.updateComplete]);
      expect(labels(pictureWidget)).to.deep.equal(['Pause', 'Stop']);
    });

    it("stops when focus moves to another widget's listen button", async () => {
      const [card, overview] = await renderEach(CARD_AND_OVERVIEW);
      await click(card, 'Listen');
      // Moving between the card's own buttons does not stop it.
      card.shadowRoot!.querySelector<HTMLButtonElement>('.stop')!.focus();
      listenButton(card).focus();
      await card.updateComplete;
      expect(labels(card)).to.deep.equal(['Pause', 'Stop']);

      const calls = speech.calls.length;
      listenButton(overview).focus();
      await card.updateComplete;
      expect(labels(card)).to.deep.equal(['Listen']);
      expect(speech.calls.slice(calls)).to.deep.equal(['cancel']);
      expect(labels(overview), 'focus alone starts nothing').to.deep.equal(['Listen']);
    });

    it('stops when the widget is removed from the page', async () => {
      const widget = await render('<side-effect-card listen></side-effect-card>');
      await click(widget, 'Listen');
      const calls = speech.calls.length;
      widget.remove();
      expect(speech.calls.slice(calls)).to.deep.equal(['cancel']);
      expect(speech.speaking).to.equal(false);
    });

    it('removing a widget that is not reading leaves the reading one alone', async () => {
      const [card, overview] = await renderEach(CARD_AND_OVERVIEW);
      await click(card, 'Listen');
      const calls = speech.calls.length;
      overview.remove();
      expect(speech.calls.slice(calls)).to.deep.equal([]);
      expect(labels(card)).to.deep.equal(['Pause', 'Stop']);
    });

    it('stops when its language changes, then reads in the new one', async () => {
      const widget = await render('<side-effect-card listen></side-effect-card>');
      await click(widget, 'Listen');
      widget.setAttribute('lang', 'es');
      // The Spanish texts may still be loading.
      await new Promise((resolve) => setTimeout(resolve, 100));
      await widget.updateComplete;
      expect(speech.speaking).to.equal(false);
      expect(labels(widget)).to.deep.equal(['Escuchar']);
      await click(widget, 'Escuchar');
      expect(speech.reading[0]).to.equal('Efectos secundarios');
      expect(speech.spoken.at(-1)!.voice).to.equal(SPANISH_LOCAL);
    });

    it('stops, and hides the button, when listen is turned off', async () => {
      const widget = await render('<side-effect-card listen></side-effect-card>');
      await click(widget, 'Listen');
      widget.listen = false;
      await widget.updateComplete;
      expect(widget.hasAttribute('listen')).to.equal(false);
      expect(speech.speaking).to.equal(false);
      expect(hasListen(widget)).to.equal(false);
    });
  });

  describe('<therapy-page listen>', () => {
    it('has one button, which reads the whole page in order', async () => {
      const page = await render(`<therapy-page listen>
          <p slot="intro">Our hospital uses this treatment for some children.</p>
        </therapy-page>`);
      const buttons = buttonsIn(page.shadowRoot!);
      expect(buttons.filter((button) => button.closest('.listen'))).to.have.length(1);
      await click(page, 'Listen');
      const reading = speech.reading;
      const text = sideEffects();
      expect(reading[0]).to.equal('Targeted therapy');
      expect(reading[1]).to.equal('Our hospital uses this treatment for some children.');
      expect(reading[2]).to.equal('What is targeted therapy?');
      const order = [
        'What is targeted therapy?',
        pictures().title,
        pictures().steps[1].alt,
        text.title,
        `${text.allergyLabel} ${text.allergyWarning}`,
        'About what you read here',
      ].map((block) => reading.indexOf(block));
      expect(order.every((index) => index >= 0)).to.equal(true);
      expect([...order].sort((a, b) => a - b)).to.deep.equal(order);
      // The "on this page" links and the print button are not read.
      expect(reading).to.not.include('On this page');
      expect(reading).to.not.include('Print this page');
      expect(reading.filter((block) => block === 'What is targeted therapy?')).to.have.length(1);
    });
  });

  describe('keyboard and screen readers', () => {
    it('is a real button, worked with the keyboard, with a visible focus', async () => {
      const container = await fixture<HTMLElement>(
        '<div><button>Before</button><side-effect-card listen></side-effect-card></div>',
      );
      const widget = container.querySelector<Widget>('side-effect-card')!;
      await settled(widget);
      container.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const button = listenButton(widget);
      expect(focused(button), 'Tab reaches the Listen button').to.equal(true);
      expect(button.type).to.equal('button');
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');

      await sendKeys({ press: 'Enter' });
      await widget.updateComplete;
      expect(labels(widget)).to.deep.equal(['Pause', 'Stop']);
      expect(focused(button), 'focus stays on the button').to.equal(true);
      expect(speech.reading[0]).to.equal(sideEffects().title);

      await sendKeys({ press: ' ' });
      await widget.updateComplete;
      expect(labels(widget)).to.deep.equal(['Continue', 'Stop']);

      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()!.textContent!.trim()).to.equal('Stop');
      await sendKeys({ press: 'Enter' });
      await widget.updateComplete;
      await widget.updateComplete;
      expect(labels(widget)).to.deep.equal(['Listen']);
      expect(focused(listenButton(widget)), 'focus goes back to the Listen button, not the page').to.equal(true);
    });

    it('is accessible with its buttons, idle and reading, in English and Spanish', async () => {
      for (const lang of ['en', 'es']) {
        const widget = await render(`<side-effect-card listen lang="${lang}"></side-effect-card>`);
        expect(hasListen(widget)).to.equal(true);
        await expect(widget).to.be.accessible();
        listenButton(widget).click();
        await widget.updateComplete;
        expect(widget.shadowRoot!.querySelectorAll('.listen button')).to.have.length(2);
        await expect(widget).to.be.accessible();
      }
      const page = await render('<therapy-page listen></therapy-page>');
      await expect(page).to.be.accessible();
    });

    it('labels its buttons in the language of the widget, which screen readers use', async () => {
      const widget = await render('<side-effect-card listen lang="es"></side-effect-card>');
      expect(listenButton(widget).closest('[lang]')!.getAttribute('lang')).to.equal('es');
      expect(listenButton(widget).querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('in a CMS placeholder', () => {
    it('data-listen turns it on', async () => {
      const container = await fixture<HTMLElement>(
        '<div><div data-therapy-widget="side-effect-card" data-listen></div><div data-therapy-widget="side-effect-card"></div></div>',
      );
      const stop = observePlaceholders(
        { tags: ['side-effect-card'], attribute: 'data-therapy-widget', warn: () => undefined, notAvailable },
        container,
      );
      try {
        const [on, off] = [...container.querySelectorAll<Widget>('side-effect-card')];
        await Promise.all([settled(on), settled(off)]);
        expect(on.listen).to.equal(true);
        expect(labels(on)).to.deep.equal(['Listen']);
        expect(off.listen).to.equal(false);
        expect(hasListen(off)).to.equal(false);
      } finally {
        stop();
      }
    });
  });
});
