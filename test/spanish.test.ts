import { expect, fixture, html } from '@open-wc/testing';
import { elements } from '../src/index.js';
import { captureWarnings, textBlocks, visibleText } from './helpers/dom.js';
import { fernandezHuerta, spanishSyllables } from './helpers/readability.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Renders markup inside a Spanish section and waits for the Spanish texts to load. */
async function inSpanish(markup: string): Promise<Widget> {
  const section = await fixture(`<section lang="es">${markup}</section>`);
  const widget = section.firstElementChild as Widget;
  await widget.updateComplete;
  return widget;
}

/** Every fact of the content brief, as our Spanish says it, and the widget that must say it. */
const FACTS: Record<string, Record<string, RegExp[]>> = {
  'therapy-overview': {
    'a newer kind of cancer treatment': [/tipo de tratamiento del cáncer más nuevo/],
    'a major focus of cancer research': [/parte importante de la investigación del cáncer/],
    'medicines or other substances stop growing and spreading': [
      /medicamentos u otras sustancias para que el cáncer no crezca ni se extienda/,
    ],
    'cancer cells differ from healthy cells': [/células del cáncer no actúan como las células sanas/],
    'targets those differences': [/se enfoca en esas diferencias/],
    'interrupts processes so cells cannot multiply': [
      /Frena pasos que el cáncer necesita para crecer/,
      /no pueden multiplicarse/,
    ],
    'example: blood vessels that feed cancer cells': [
      /detener los vasos sanguíneos que alimentan a las células del cáncer/,
    ],
    'example: signals cancer cells need to grow': [
      /bloquear las señales que las células del cáncer necesitan para crecer/,
    ],
    'each type works in its own way': [/funciona a su manera/],
    'all disrupt copying and interacting': [/no hagan copias de sí mismas/, /no trabajen con otras células/],
    'used alone': [/se puede usar sola/],
    'or with chemotherapy and radiation': [/otros tratamientos del cáncer, como la quimioterapia y la radiación/],
    'can make them work better': [/ayudar a que los otros tratamientos funcionen mejor/],
  },
  'how-it-works': {
    'picture: blood vessels feed cancer cells': [/Algunos alimentan a las células del cáncer/],
    'picture: targeted therapy can stop them': [/La terapia dirigida puede detener esos vasos sanguíneos/],
    'picture: cancer cells need signals to grow': [/Las células del cáncer necesitan señales para crecer/],
    'picture: targeted therapy can block them': [/La terapia dirigida puede bloquear esas señales/],
  },
  'side-effect-card': {
    'vary widely by medicine': [/muy distintos de un medicamento a otro/],
    'generally milder than other treatments': [/más leves que los efectos secundarios de otros tratamientos/],
    'generally go away when treatment ends': [/se quitan cuando termina el tratamiento/],
    'rare allergic reactions': [/reacción alérgica a uno de estos medicamentos/, /Esto pasa muy poco/],
    'tell the care team': [/avise ya a su equipo médico/],
  },
  'cog-disclaimer': {
    'informational only, for children and families': [
      /solo es para ayudarle a aprender/,
      /niños y familias que viven con el cáncer/,
    ],
    'may be out of date or incomplete; do not rely on it': [
      /no esté al día o que le falten datos/,
      /no se base en ella/,
    ],
    'ask a qualified professional': [
      /problema de salud, un diagnóstico o un síntoma\? Pregunte a un médico o a una enfermera/,
    ],
    'does not replace care from the family’s own providers': [
      /No reemplaza la atención que le da su propio equipo médico/,
      /consejos, sus pruebas de detección, su orientación, su criterio/,
    ],
    'in an emergency call 911 or emergency services': [
      /En caso de emergencia, llame ya al 911\. También puede llamar a los servicios de emergencia de su zona\./,
    ],
    'no endorsement': [/No estamos a favor de una prueba, un producto o un procedimiento en especial/],
    'credit to the Children’s Oncology Group': [/Basado en información de Children's Oncology Group\./],
    'the version of the text and the day it was written': [
      /Versión 1\.0\.0 de este texto, escrita el 27 de noviembre de 2026\./,
    ],
  },
};

describe('Spanish content', () => {
  for (const [tag, facts] of Object.entries(FACTS)) {
    describe(`<${tag} lang="es">`, () => {
      for (const [fact, patterns] of Object.entries(facts)) {
        it(`says: ${fact}`, async () => {
          const text = visibleText(await inSpanish(`<${tag}></${tag}>`));
          for (const pattern of patterns) expect(text).to.match(pattern);
        });
      }

      it('is accessible in Spanish', async () => {
        const widget = await inSpanish(`<${tag}></${tag}>`);
        expect(widget.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
        await expect(widget).to.be.accessible();
      });
    });
  }

  it('translates the headings, the allergy label and the unknown-topic message', async () => {
    const overview = await inSpanish('<therapy-overview heading-level="3"></therapy-overview>');
    const headings = [...overview.shadowRoot!.querySelectorAll('h3, h4')].map((h) => h.textContent);
    expect(headings).to.deep.equal([
      '¿Qué es la terapia dirigida?',
      '¿Cómo funciona?',
      '¿Se usa con otros tratamientos?',
    ]);
    const card = await inSpanish('<side-effect-card></side-effect-card>');
    expect(card.shadowRoot!.querySelector('[part="callout-label"]')!.textContent).to.equal('Importante:');
    const warnings = captureWarnings();
    try {
      const unknown = await inSpanish('<side-effect-card topic="nothing"></side-effect-card>');
      expect(visibleText(unknown)).to.equal(
        'Lo sentimos, ahora no podemos mostrar esto. Por favor, pregunte a su equipo médico.',
      );
    } finally {
      warnings.restore();
    }
  });

  it('keeps the emergency number from the attribute, as a link, inside the Spanish sentence', async () => {
    const disclaimer = await inSpanish('<cog-disclaimer emergency-number="112"></cog-disclaimer>');
    const sentence = disclaimer.shadowRoot!.querySelector('[part="emergency"]')!;
    expect(sentence.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'En caso de emergencia, llame ya al 112. También puede llamar a los servicios de emergencia de su zona.',
    );
    expect(sentence.querySelector('a')!.getAttribute('href')).to.equal('tel:112');
  });

  it('writes the day the text was written in the words of the language, whatever the region', async () => {
    const reviewedText = async (tag: string) => {
      const root = await fixture(`<div lang="${tag}"><cog-disclaimer></cog-disclaimer></div>`);
      const widget = root.firstElementChild as Widget;
      await widget.updateComplete;
      const time = widget.shadowRoot!.querySelector('[part="written"] time')!;
      expect(time.getAttribute('datetime'), tag).to.equal('2026-11-27');
      return time.textContent;
    };
    for (const tag of ['es', 'es-MX', 'es-419', 'es-ES']) {
      expect(await reviewedText(tag), tag).to.equal('27 de noviembre de 2026');
    }
    // Every English region reads the widgets' English (US) words.
    for (const tag of ['en', 'en-US', 'en-GB']) {
      expect(await reviewedText(tag), tag).to.equal('November 27, 2026');
    }
  });
});

describe('Spanish readability (Fernández-Huerta)', () => {
  // On Fernández-Huerta's scale 80 and above is "easy": each widget must reach it for families,
  // and 85 for children. A single paragraph may dip to 70 ("fairly easy", about US grade 6). The
  // formula needs a few words to mean anything, so headings and labels under 8 words are scored
  // with their widget only.
  const MIN_EASE = 70;
  const MIN_WIDGET_EASE = { family: 80, child: 85 };
  const MIN_WORDS = 8;
  const FAMILIAR_TERMS =
    /terapia dirigida|quimioterapia|radioterapia|radiación|el Children's Oncology Group|Children's Oncology Group/gi;

  it('counts Spanish syllables as a dictionary does', () => {
    const dictionary: Record<string, number> = {
      terapia: 3,
      dirigida: 4,
      quimioterapia: 5,
      radiación: 3,
      sanguíneos: 4,
      células: 3,
      información: 4,
      día: 2,
      guerra: 2,
      aquí: 2,
      hoy: 1,
      muy: 1,
      reacción: 3,
      alérgica: 4,
      biología: 4,
      país: 2,
      reúne: 3,
      pingüino: 3,
      investigación: 5,
      que: 1,
    };
    for (const [word, count] of Object.entries(dictionary)) expect(spanishSyllables(word), word).to.equal(count);
  });

  it('rates plain Spanish easy and dense Spanish hard', () => {
    expect(fernandezHuerta('El gato come pan. La casa es azul.')).to.be.above(90);
    expect(
      fernandezHuerta(
        'La administración farmacológica concomitante requiere consideraciones individualizadas respecto a contraindicaciones fisiopatológicas.',
      ),
    ).to.be.below(30);
  });

  for (const audience of ['family', 'child'] as const) {
    for (const tag of Object.keys(elements)) {
      it(`<${tag} audience="${audience}"> reads "easy" (${MIN_WIDGET_EASE[audience]}+) as a whole, and every paragraph at least "fairly easy"`, async () => {
        const blocks = textBlocks(await inSpanish(`<${tag} audience="${audience}"></${tag}>`)).map((block) =>
          block.replace(FAMILIAR_TERMS, 'esto'),
        );
        expect(fernandezHuerta(blocks.join(' ')), 'whole widget').to.be.at.least(MIN_WIDGET_EASE[audience]);
        const hard = blocks
          .filter((block) => block.split(/\s+/).length >= MIN_WORDS)
          .map((block) => ({ block, ease: Math.round(fernandezHuerta(block)) }))
          .filter(({ ease }) => ease < MIN_EASE);
        expect(hard, JSON.stringify(hard, null, 1)).to.deep.equal([]);
      });
    }
  }
});

describe('English stays the default', () => {
  it('renders English with lang="en" on a page without lang', async () => {
    const widget = await fixture<Widget>(html`<therapy-overview></therapy-overview>`);
    expect(widget.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
    expect(visibleText(widget)).to.contain('What is targeted therapy?');
  });
});
