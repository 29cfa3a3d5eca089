import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { readsToken } from '../scripts/tokens.mjs';
import tokenTable from '../tokens/tokens.json' with { type: 'json' };
import {
  backgroundBehind,
  contrast,
  drawn,
  isLargeText,
  luminance,
  textHolders,
  type Rgba,
} from './helpers/contrast.js';
import '../src/index.js';
import { loadStylesheet } from './helpers/dom.js';

const { tones: TONES, tokens: designTokens } = tokenTable;

// Every shipped theme, in light and dark, meets WCAG 2.2 AA: 4.5:1 for text, 3:1 for large text
// and for the parts that are not text (card border, accent bar, warning box and icon, focus ring).
// The colours are the ones the browser resolved for the rendered widgets.

const THEME_FILES = ['default', 'meadow', 'dark'].map((name) => `/dist/themes/${name}.css`);

interface Case {
  name: string;
  theme?: string;
  /** The system's preference, for a page that says it follows it (`color-scheme: light dark`). */
  system?: 'light' | 'dark';
  dark: boolean;
}

const CASES: Case[] = [
  { name: 'default', theme: 'default', dark: false },
  { name: 'meadow', theme: 'meadow', dark: false },
  { name: 'dark', theme: 'dark', dark: true },
  { name: 'meadow, dark', theme: 'meadow dark', dark: true },
  { name: 'default, on a page that follows a dark system', system: 'dark', dark: true },
  { name: 'meadow, on a page that follows a dark system', theme: 'meadow', system: 'dark', dark: true },
];

interface Finding {
  what: string;
  ratio: number;
  needed: number;
}

function checkText(root: ShadowRoot, label: string, findings: Finding[]): void {
  for (const element of textHolders(root)) {
    const needed = isLargeText(element) ? 3 : 4.5;
    const ratio = contrast(drawn(element, 'color'), backgroundBehind(element));
    findings.push({ what: `${label} text in <${element.localName} class="${element.className}">`, ratio, needed });
  }
}

/** A border against the colours on both of its sides. */
function checkBorder(element: Element, side: string, label: string, findings: Finding[]): void {
  const border = drawn(element, `border-${side}-color`);
  findings.push({ what: `${label} against its inside`, ratio: contrast(border, backgroundBehind(element)), needed: 3 });
  const outside = element.parentElement ?? (element.getRootNode() as ShadowRoot).host;
  findings.push({
    what: `${label} against its outside`,
    ratio: contrast(border, backgroundBehind(outside)),
    needed: 3,
  });
}

function checkCallout(card: Element, tone: string, findings: Finding[]): void {
  const root = card.shadowRoot!;
  const callout = root.querySelector('.callout')!;
  const icon = root.querySelector('.callout-icon')!;
  checkText(root, `${tone} callout:`, findings);
  checkBorder(callout, 'top', `${tone} callout border`, findings);
  checkBorder(callout, 'left', `${tone} callout bar`, findings);
  findings.push({
    what: `${tone} callout icon`,
    ratio: contrast(drawn(icon, 'color'), backgroundBehind(icon)),
    needed: 3,
  });
}

/** A token's default in one appearance, following references to other tokens. */
function tokenColour(name: string, dark: boolean): Rgba {
  const token = designTokens.find((t) => t.name === name)!;
  const value = (dark && token.dark) || token.light;
  if (value.startsWith('--therapy-')) return tokenColour(value, dark);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
  return [r!, g!, b!, 1];
}

// Only the tones the card reads are in its CSS; the others are checked from the table below.
const CARD_TONES = TONES.filter((tone) =>
  readsToken(
    designTokens.find((t) => t.name === `--therapy-color-${tone}`)!,
    'side-effect-card',
  ),
);

const failures = (findings: Finding[]) =>
  findings.filter((f) => f.ratio < f.needed).map((f) => `${f.what}: ${f.ratio.toFixed(2)} < ${f.needed}`);

describe('contrast of every theme (WCAG 2.2 AA, resolved colours)', () => {
  before(() => Promise.all(THEME_FILES.map(loadStylesheet)));
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const themeCase of CASES) {
    it(themeCase.name, async () => {
      if (themeCase.system) await emulateMedia({ colorScheme: themeCase.system });
      // The page around the widgets is painted in its own scheme, as a site in dark mode would be.
      const scheme = themeCase.system ? 'color-scheme: light dark;' : '';
      const page = await fixture(`
        <div data-therapy-theme="${themeCase.theme ?? ''}" style="${scheme} background: Canvas; color: CanvasText; padding: 1px">
          <therapy-overview></therapy-overview>
          <how-it-works></how-it-works>
          <side-effect-card></side-effect-card>
          <therapy-page></therapy-page>
          <button>before</button>
          <cog-disclaimer publisher="Riverside Children's Hospital" copyright="© 2026 Example"></cog-disclaimer>
        </div>`);
      const widgets = [...page.querySelectorAll('therapy-overview, how-it-works, side-effect-card, cog-disclaimer')];
      const therapyPage = page.querySelector('therapy-page')!;
      await Promise.all(
        [...widgets, therapyPage].map((w) => (w as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete),
      );
      const findings: Finding[] = [];

      for (const widget of widgets) {
        const base = widget.shadowRoot!.querySelector('.base')!;
        // The test must see the appearance it claims to test.
        expect(luminance(backgroundBehind(base)) < 0.1, `${widget.localName} is dark`).to.equal(themeCase.dark);
        checkText(widget.shadowRoot!, widget.localName, findings);
        checkBorder(base, 'top', `${widget.localName} card border`, findings);
        checkBorder(base, 'left', `${widget.localName} accent bar`, findings);
      }

      // Every part of the drawings against the picture's background: 3:1, as for any graphic.
      const pictures = page.querySelector('how-it-works')!.shadowRoot!;
      for (const [selector, property] of [
        ['.cell', 'stroke'],
        ['.cell-detail', 'fill'],
        ['.vessel', 'stroke'],
        ['.signal', 'stroke'],
        ['.medicine rect', 'fill'],
        ['.medicine rect', 'stroke'],
      ]) {
        for (const part of pictures.querySelectorAll(selector)) {
          findings.push({
            what: `drawing ${selector} ${property}`,
            ratio: contrast(drawn(part, property), backgroundBehind(part)),
            needed: 3,
          });
        }
      }

      // The page's print button: its text on it, and the button against the page.
      const printButton = therapyPage.shadowRoot!.querySelector('[part="print-button"]')!;
      findings.push({
        what: 'print button text',
        ratio: contrast(drawn(printButton, 'color'), backgroundBehind(printButton)),
        needed: 4.5,
      });
      findings.push({
        what: 'print button against the page',
        ratio: contrast(backgroundBehind(printButton), backgroundBehind(therapyPage)),
        needed: 3,
      });

      const card = page.querySelector('side-effect-card')!;
      const callout = card.shadowRoot!.querySelector('.callout')!;
      for (const tone of CARD_TONES) {
        callout.className = `callout tone-${tone}`;
        checkCallout(card, tone, findings);
      }
      callout.className = 'callout tone-urgent';

      page.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const disclaimer = page.querySelector('cog-disclaimer')!;
      const link = disclaimer.shadowRoot!.querySelector('a')!;
      expect(disclaimer.shadowRoot!.activeElement).to.equal(link);
      findings.push({
        what: 'focus ring around the phone link',
        ratio: contrast(drawn(link, 'outline-color'), backgroundBehind(link)),
        needed: 3,
      });

      expect(findings.length).to.be.greaterThan(40);
      expect(failures(findings)).to.deep.equal([]);
    });
  }

  // Themes set only brand tokens, so a tone looks the same in every theme of one appearance.
  it('every tone, shown by a widget or not yet, from the token table in light and dark', () => {
    const findings: Finding[] = [];
    for (const dark of [false, true]) {
      const appearance = dark ? 'dark' : 'light';
      const card = tokenColour('--therapy-color-surface', dark);
      for (const tone of TONES) {
        const edge = tokenColour(`--therapy-color-${tone}`, dark);
        const surface = tokenColour(`--therapy-color-${tone}-surface`, dark);
        const text = tokenColour(`--therapy-color-${tone}-text`, dark);
        const what = `${appearance} ${tone}`;
        findings.push({ what: `${what} text`, ratio: contrast(text, surface), needed: 4.5 });
        findings.push({
          what: `${what} border and icon against its inside`,
          ratio: contrast(edge, surface),
          needed: 3,
        });
        findings.push({ what: `${what} border against the card`, ratio: contrast(edge, card), needed: 3 });
      }
    }
    expect(findings).to.have.length(TONES.length * 6);
    expect(failures(findings)).to.deep.equal([]);
  });
});
