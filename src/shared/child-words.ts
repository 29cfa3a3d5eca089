import type { MsgFn, str as strTag } from '@lit/localize';
import type { DisclaimerPoints } from './words.js';

// The disclaimer in simpler words, for children: the same points as for families. A chunk of its
// own, loaded only by disclaimers whose audience is `child`, so other pages never download it.
// It imports nothing from the script-tag bundle (a chunk that did would make the browser fetch a
// second copy of the bundle when its URL has a query string, `?v=2`; see placeholders.ts): the
// widgets' `msg()` and `str` are handed in.

/** The disclaimer's points, credit and version line, for children, in the language `msg` answers in. */
export const childPoints = (msg: MsgFn, str: typeof strTag): DisclaimerPoints => ({
  title: msg('Good to know', { id: 'disclaimer.child.title' }),
  points: [
    msg('This page is only here to help you learn. It is for kids who have cancer, and for their families.', {
      id: 'disclaimer.child.purpose',
    }),
    msg('This page may not be up to date. It may leave some things out. So do not count on it.', {
      id: 'disclaimer.child.out-of-date',
    }),
    msg('Do you have a question about your illness, or about how you feel? Ask a doctor or nurse.', {
      id: 'disclaimer.child.ask-professional',
    }),
    msg(
      'This page cannot take the place of your care team. They decide what is best for you. They give you advice, check-ups, tests, talks and other care.',
      { id: 'disclaimer.child.not-a-replacement' },
    ),
    msg('We do not tell you to use any one test. The same is true for any product or procedure.', {
      id: 'disclaimer.child.no-endorsement',
    }),
  ],
  emergency: (number: string) =>
    msg(
      str`In an emergency, call ${number} right away. Or get a grown-up to call. You can also call for help where you live.`,
      {
        id: 'disclaimer.child.emergency',
      },
    ),
  credit: (organization: string) => msg(str`Based on what ${organization} shares.`, { id: 'disclaimer.child.credit' }),
  written: (version: string, date: string) =>
    msg(str`This is version ${version} of this page. We wrote it on ${date}.`, { id: 'disclaimer.child.written' }),
});
