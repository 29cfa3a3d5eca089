import { expect, fixture, html } from '@open-wc/testing';
import { elements } from '../src/index.js';
import { textBlocks, visibleText, withWarnings } from './helpers/dom.js';
import { expectEachFactInOneWidget, type Audience, type Facts } from './helpers/facts.js';
import {
  fernandezHuerta,
  MIN_PASSAGE_EASE,
  MIN_WIDGET_EASE,
  PASSAGE_WORDS,
  spanishEase,
  spanishSyllables,
} from './helpers/readability.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Renders markup inside a Spanish section and waits for the Spanish texts to load. */
async function inSpanish(markup: string): Promise<Widget> {
  const section = await fixture(`<section lang="es">${markup}</section>`);
  const widget = section.firstElementChild as Widget;
  await widget.updateComplete;
  return widget;
}

/**
 * Every fact of the content brief, as our Spanish says it for families ("usted") and for children
 * ("tú"): the same facts, nothing added or left out, and the widget that must say it.
 */
const FACTS: Facts = {
  'therapy-overview': {
    'a newer kind of cancer treatment': {
      family: [/una de las formas más nuevas de tratar el cáncer/],
      child: [/una de las formas más nuevas de tratar el cáncer/],
    },
    'a major focus of cancer research': {
      family: [/un tema clave en la investigación del cáncer/],
      child: [/un tema clave de la investigación del cáncer/],
    },
    'uses medicines or other substances': {
      family: [/Usa medicamentos u otras sustancias/],
      child: [/Usa medicinas u otras cosas/],
    },
    'stops cancer growing and spreading': {
      family: [/para que el cáncer no crezca ni se extienda/],
      child: [/Sirven para que el cáncer no crezca ni se extienda/],
    },
    'cancer cells differ from healthy cells': {
      family: [/Las células del cáncer no actúan como las células sanas/],
      child: [/Las células del cáncer no actúan como las células sanas/],
    },
    'targets those differences': {
      family: [/se centra en esas diferencias/],
      child: [/apunta a lo que las hace distintas/],
    },
    'interrupts processes so cells cannot multiply': {
      family: [/Bloquea pasos que el cáncer necesita para crecer/, /no pueden multiplicarse/],
      child: [/Bloquea algunos pasos que el cáncer necesita para crecer/, /no pueden hacer más células como ellas/],
    },
    'each type works in its own way': {
      family: [/cada uno funciona a su manera/],
      child: [/Cada tipo funciona a su manera/],
    },
    'all disrupt copying and interacting': {
      family: [/cómo las células del cáncer hacen copias de sí mismas/, /cómo se relacionan con otras células/],
      child: [/no hagan copias de sí mismas/, /cuando las células del cáncer trabajan con otras células/],
    },
    'used alone': { family: [/se usa sola/], child: [/Se puede usar sola/] },
    'or with chemotherapy and radiation': {
      family: [/con otros tratamientos del cáncer\. Por ejemplo, con la quimioterapia y la radioterapia/],
      child: [/con otros tratamientos para el cáncer\. Dos de ellos son la quimioterapia y la radioterapia/],
    },
    'can make them work better': {
      family: [/puede ayudar a que funcionen mejor/],
      child: [/puede ayudar a que los otros funcionen mejor/],
    },
  },
  'how-it-works': {
    'example: the blood vessels that feed the cancer': {
      family: [/llevan sangre al cáncer y lo alimentan/, /Son los vasos del propio cáncer/],
      child: [/El cáncer tiene sus propios vasos sanguíneos\. Con ellos se alimenta/],
    },
    'example: targeted therapy can stop them': {
      family: [/La terapia dirigida puede bloquear esos vasos/],
      child: [/La terapia dirigida puede bloquear los vasos del cáncer/],
    },
    'example: cancer cells need signals to grow': {
      family: [/necesita algunas de ellas para crecer/],
      child: [/necesita algunas señales para crecer/],
    },
    'example: targeted therapy can block them': {
      family: [/La terapia dirigida puede bloquear esas señales/],
      child: [/La terapia dirigida puede bloquearlas/],
    },
  },
  'side-effect-card': {
    'vary widely by medicine': {
      family: [/muy distintos de un medicamento a otro/],
      child: [/No son iguales con cada medicina\. Cambian mucho de una a otra/],
    },
    'generally milder than other treatments': {
      family: [/Otros tratamientos del cáncer también los tienen/, /cuando los hay, suelen ser más leves/],
      child: [
        /Otros tratamientos del cáncer también los tienen/,
        /cuando los hay, la mayoría de las veces son más suaves/,
      ],
    },
    'generally go away when treatment ends': {
      family: [/por lo general, se van cuando termina el tratamiento/],
      child: [/La mayoría de las veces, se van al terminar el tratamiento/],
    },
    'rare allergic reactions': {
      family: [/una reacción alérgica a algunos de estos medicamentos/, /Pero pasa pocas veces/],
      child: [/Algunas de estas medicinas les han dado alergia a algunas personas/, /eso pasa pocas veces/],
    },
    'tell the care team, and call the emergency number in an emergency': {
      family: [/Avise ya a su equipo médico/, /Si es una emergencia, llame al 911\./],
      child: [/Dile ya a un adulto/, /Si es una emergencia, un adulto puede llamar al 911\./],
    },
  },
  'cog-disclaimer': {
    'informational only, for children and families': {
      family: [/solo sirve para ayudarle a aprender/, /para niños y familias que viven con el cáncer/],
      child: [/es solo para ayudarte a aprender/, /para niños con cáncer y sus familias/],
    },
    'may be out of date or incomplete; do not rely on it': {
      family: [/no esté al día/, /le falten datos/, /no se base en ella/],
      child: [/no esté al día/, /le falten cosas/, /no te fíes de ella/],
    },
    'ask a qualified professional about a condition, diagnosis or symptom': {
      family: [/un problema de salud, un diagnóstico o un síntoma\? Pregunte a un médico o a una enfermera/],
      child: [/una duda sobre tu enfermedad o sobre cómo te sientes\? Pregunta a un médico o a una enfermera/],
    },
    'does not replace care from the family’s own providers': {
      family: [
        /no reemplaza la atención de su propio equipo médico/,
        /su criterio y sus consejos/,
        /pruebas de detección, le orientan y le dan cualquier otra atención/,
      ],
      child: [
        /no puede hacer lo que hace tu equipo médico/,
        /Ellos deciden qué es lo mejor para ti/,
        /consejos, revisiones, pruebas, charlas y otros cuidados/,
      ],
    },
    'in an emergency call 911 or emergency services': {
      family: [
        /En caso de emergencia, llame ya al 911\. También puede llamar a los servicios de emergencia de su zona\./,
      ],
      child: [
        /En una emergencia, llama ya al 911\. O pide a un adulto que haga la llamada\. También puedes pedir ayuda a los servicios de emergencia de donde vives\./,
      ],
    },
    'no endorsement': {
      family: [
        /No recomendamos ninguna prueba en particular\. Y lo mismo pasa con los productos y los procedimientos\./,
      ],
      child: [
        /No te decimos que uses ninguna prueba en particular\. Y lo mismo pasa con los productos y los procedimientos\./,
      ],
    },
    'credit to the Children’s Oncology Group': {
      family: [/Basado en información que ofrece el Children's Oncology Group\./],
      child: [/Basado en lo que comparte el Children's Oncology Group\./],
    },
    'the version of the text and the day it was written': {
      family: [/Versión 1\.3\.0 de este texto, escrito el 1 de diciembre de 2026\./],
      child: [/Esta es la versión 1\.2\.0 de esta página\. La escribimos el 1 de diciembre de 2026\./],
    },
  },
};

describe('Spanish content', () => {
  for (const audience of ['family', 'child'] as const) {
    for (const [tag, facts] of Object.entries(FACTS)) {
      describe(`<${tag} lang="es" audience="${audience}">`, () => {
        for (const [fact, patterns] of Object.entries(facts)) {
          it(`says: ${fact}`, async () => {
            const text = visibleText(await inSpanish(`<${tag} audience="${audience}"></${tag}>`));
            for (const pattern of patterns[audience]) expect(text).to.match(pattern);
          });
        }

        it('is accessible in Spanish', async () => {
          const widget = await inSpanish(`<${tag} audience="${audience}"></${tag}>`);
          expect(widget.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('es');
          await expect(widget).to.be.accessible();
        });
      });
    }

    it(`gives each fact to one widget only, so no widget repeats another (${audience})`, async () => {
      const texts = await Promise.all(
        Object.keys(FACTS).map(
          async (tag) => [tag, visibleText(await inSpanish(`<${tag} audience="${audience}"></${tag}>`))] as const,
        ),
      );
      expectEachFactInOneWidget(FACTS, texts, audience, /emergencia/i);
    });
  }

  it('translates the headings, the allergy label and the unknown-topic message', async () => {
    const headingsOf = async (audience: Audience) => {
      const overview = await inSpanish(
        `<therapy-overview heading-level="3" audience="${audience}"></therapy-overview>`,
      );
      return [...overview.shadowRoot!.querySelectorAll('h3, h4')].map((h) => h.textContent);
    };
    expect(await headingsOf('family')).to.deep.equal([
      '¿Qué es la terapia dirigida?',
      '¿Cómo funciona?',
      '¿Se usa con otros tratamientos?',
    ]);
    expect(await headingsOf('child')).to.deep.equal([
      '¿Qué es la terapia dirigida?',
      '¿Cómo funciona?',
      '¿Se puede usar con otros tratamientos?',
    ]);
    const pictures = await inSpanish('<how-it-works></how-it-works>');
    expect(pictures.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(
      'Dos formas en que puede funcionar',
    );
    const disclaimerTitle = async (audience: Audience) =>
      (await inSpanish(`<cog-disclaimer audience="${audience}"></cog-disclaimer>`)).shadowRoot!.querySelector(
        '[part="title"]',
      )!.textContent;
    expect(await disclaimerTitle('family')).to.equal('Sobre lo que lee aquí');
    expect(await disclaimerTitle('child')).to.equal('Lo que hay que saber');
    const card = await inSpanish('<side-effect-card></side-effect-card>');
    expect(card.shadowRoot!.querySelector('[part="callout-label"]')!.textContent).to.equal('Importante:');
    await withWarnings(async () => {
      const unknown = await inSpanish('<side-effect-card topic="nothing"></side-effect-card>');
      expect(visibleText(unknown)).to.equal(
        'Lo sentimos, ahora no podemos mostrar esto. El equipo médico puede ayudar.',
      );
    });
  });

  it('keeps the emergency number from the attribute, as a link, inside the Spanish sentence', async () => {
    const sentences: Record<Audience, string> = {
      family: 'En caso de emergencia, llame ya al 112. También puede llamar a los servicios de emergencia de su zona.',
      child:
        'En una emergencia, llama ya al 112. O pide a un adulto que haga la llamada. También puedes pedir ayuda a los servicios de emergencia de donde vives.',
    };
    for (const audience of ['family', 'child'] as const) {
      const disclaimer = await inSpanish(
        `<cog-disclaimer emergency-number="112" audience="${audience}"></cog-disclaimer>`,
      );
      const sentence = disclaimer.shadowRoot!.querySelector('[part="emergency"]')!;
      expect(sentence.textContent!.replace(/\s+/g, ' ').trim(), audience).to.equal(sentences[audience]);
      expect(sentence.querySelector('a')!.getAttribute('href'), audience).to.equal('tel:112');
    }
  });

  it('writes the day the text was written in the words of the language, whatever the region', async () => {
    const reviewedText = async (tag: string) => {
      const root = await fixture(`<div lang="${tag}"><cog-disclaimer></cog-disclaimer></div>`);
      const widget = root.firstElementChild as Widget;
      await widget.updateComplete;
      const time = widget.shadowRoot!.querySelector('[part="written"] time')!;
      expect(time.getAttribute('datetime'), tag).to.equal('2026-12-01');
      return time.textContent;
    };
    for (const tag of ['es', 'es-MX', 'es-419', 'es-ES']) {
      expect(await reviewedText(tag), tag).to.equal('1 de diciembre de 2026');
    }
    // Every English region reads the widgets' English (US) words.
    for (const tag of ['en', 'en-US', 'en-GB']) {
      expect(await reviewedText(tag), tag).to.equal('December 1, 2026');
    }
  });
});

describe('Spanish readability (Fernández-Huerta)', () => {
  // The limits are the ones `therapy-widgets check` holds every pack to (cli/reading-standard.mjs):
  // each widget "easy" as a whole, and each passage at least "fairly easy".
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

  it('finds each dense passage, and scores a short text only with its widget', () => {
    const dense =
      'La administración farmacológica concomitante requiere consideraciones individualizadas respecto a contraindicaciones fisiopatológicas.';
    const { ease, hard } = spanishEase([
      'Contraindicaciones fisiopatológicas',
      'El gato come pan. La casa es azul.',
      dense,
    ]);
    expect(ease).to.be.below(MIN_WIDGET_EASE.family);
    expect(hard.map(({ index, text }) => [index, text])).to.deep.equal([[2, dense]]);
    expect(hard[0].ease).to.be.below(MIN_PASSAGE_EASE);
    expect(spanishEase([dense], -100).hard).to.deep.equal([]);
  });

  for (const audience of ['family', 'child'] as const) {
    for (const tag of Object.keys(elements)) {
      it(`<${tag} audience="${audience}"> reads "easy" (${MIN_WIDGET_EASE[audience]}+) as a whole, and every passage of ${PASSAGE_WORDS}+ words at least "fairly easy" (${MIN_PASSAGE_EASE}+)`, async () => {
        const blocks = textBlocks(await inSpanish(`<${tag} audience="${audience}"></${tag}>`)).map((block) =>
          block.replace(FAMILIAR_TERMS, 'esto'),
        );
        const { ease, hard } = spanishEase(blocks);
        expect(ease, 'whole widget').to.be.at.least(MIN_WIDGET_EASE[audience]);
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
