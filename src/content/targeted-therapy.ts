import { msg } from '../shared/localization.js';
import type { OverviewContent, PicturesContent, ReviewDate, SideEffectsContent } from './types.js';

// Targeted therapy, in our own plain words, for children with cancer and their families.
// Based on information from the Children's Oncology Group. Only facts from the content brief;
// no drug names, doses or numbers. Each part is its own export, so a bundle with one widget
// carries only that widget's text (see topics.ts).

/** The last clinical review of this topic's text. */
export const lastReviewed: ReviewDate = {
  iso: '2026-11-27',
  inWords: () => msg('November 27, 2026', { id: 'targeted-therapy.last-reviewed' }),
};

export const name = (): string => msg('Targeted therapy', { id: 'targeted-therapy.name' });

export const overview = (): OverviewContent => ({
  title: msg('What is targeted therapy?', { id: 'targeted-therapy.overview.title' }),
  whatItIs: [
    msg('Targeted therapy is a newer kind of cancer treatment.', {
      id: 'targeted-therapy.overview.what.newer',
    }),
    msg('It uses medicines or other things. They keep cancer from growing and spreading.', {
      id: 'targeted-therapy.overview.what.purpose',
    }),
    msg('It is a big part of cancer research today.', {
      id: 'targeted-therapy.overview.what.research',
    }),
  ],
  howItWorksTitle: msg('How does it work?', { id: 'targeted-therapy.overview.how.title' }),
  howItWorks: [
    msg('Our bodies are made of tiny living parts called cells.', {
      id: 'targeted-therapy.overview.how.cells',
    }),
    msg('Cancer cells do not act like healthy cells. Targeted therapy aims at these differences.', {
      id: 'targeted-therapy.overview.how.differences',
    }),
    msg('It blocks steps that the cancer needs to grow. Then the cancer cells cannot make more of themselves.', {
      id: 'targeted-therapy.overview.how.blocks',
    }),
  ],
  examplesIntro: msg('Here are two ways it can work:', {
    id: 'targeted-therapy.overview.how.examples-intro',
  }),
  examples: [
    msg('It can stop the blood vessels that feed cancer cells. Blood vessels are the tubes that carry blood.', {
      id: 'targeted-therapy.overview.how.example-blood-vessels',
    }),
    msg('It can block the signals that cancer cells need to grow. Signals are messages that tell cells what to do.', {
      id: 'targeted-therapy.overview.how.example-signals',
    }),
  ],
  howItWorksSummary: msg(
    'Each kind of targeted therapy works in its own way. But they all try to stop cancer cells from making copies of themselves. They also try to stop cancer cells from working with other cells.',
    { id: 'targeted-therapy.overview.how.summary' },
  ),
  aloneOrCombinedTitle: msg('Is it used with other treatments?', {
    id: 'targeted-therapy.overview.combined.title',
  }),
  aloneOrCombined: [
    msg('Targeted therapy can be used alone.', { id: 'targeted-therapy.overview.combined.alone' }),
    msg('It can also be used with other cancer treatments, such as chemotherapy and radiation.', {
      id: 'targeted-therapy.overview.combined.with-others',
    }),
    msg('When used together, it can help the other treatments work better.', {
      id: 'targeted-therapy.overview.combined.better',
    }),
  ],
});

export const pictures = (): PicturesContent => ({
  title: msg('How it works, in pictures', { id: 'targeted-therapy.pictures.title' }),
  intro: msg('These pictures show two ways that targeted therapy can work.', {
    id: 'targeted-therapy.pictures.intro',
  }),
  steps: [
    {
      picture: 'blood-vessels',
      alt: msg(
        'Drawing: a tube of blood runs toward a round cancer cell. A medicine blocks the tube, so the blood cannot reach the cell.',
        { id: 'targeted-therapy.pictures.blood-vessels.alt' },
      ),
      caption: msg(
        'Blood vessels are tubes that carry blood. Some of them feed cancer cells. Targeted therapy can stop those blood vessels.',
        { id: 'targeted-therapy.pictures.blood-vessels.caption' },
      ),
    },
    {
      picture: 'signals',
      alt: msg(
        'Drawing: small arrows, the signals, move toward a round cancer cell. A medicine stands in their way, so the signals cannot reach the cell.',
        { id: 'targeted-therapy.pictures.signals.alt' },
      ),
      caption: msg(
        'Cancer cells need signals to grow. Signals are like messages. Targeted therapy can block those signals.',
        { id: 'targeted-therapy.pictures.signals.caption' },
      ),
    },
  ],
});

export const sideEffects = (): SideEffectsContent => ({
  title: msg('Side effects', { id: 'targeted-therapy.side-effects.title' }),
  about: [
    msg('Side effects are problems a treatment can cause.', {
      id: 'targeted-therapy.side-effects.meaning',
    }),
    msg('They can be very different from one medicine to the next.', {
      id: 'targeted-therapy.side-effects.vary',
    }),
    msg('They are often milder than the side effects of other cancer care.', {
      id: 'targeted-therapy.side-effects.milder',
    }),
    msg('They most often go away when treatment ends.', {
      id: 'targeted-therapy.side-effects.go-away',
    }),
  ],
  allergyLabel: msg('Important:', { id: 'targeted-therapy.side-effects.allergy.label' }),
  allergyWarning: msg(
    'Some people have had an allergic reaction to some of these medicines. This is rare. If you think it is happening, tell your care team right away.',
    { id: 'targeted-therapy.side-effects.allergy.warning' },
  ),
  askCareTeam: msg('Ask your care team which side effects to look out for.', {
    id: 'targeted-therapy.side-effects.ask',
  }),
});
