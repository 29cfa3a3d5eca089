import { str } from '@lit/localize';
import type { Audience } from '../content/types.js';
import { msg } from './localization.js';

// The widgets' own words, the same for every topic: the "not available" message, the page's
// navigation, and the disclaimer, whose safety text must show even when a topic's pack cannot be
// had. Translated with @lit/localize (xliff/es.xlf); a topic's own words live in its pack.

/** What every widget shows when its topic's content cannot be shown. */
export const topicNotAvailable = (): string =>
  msg('Sorry, we cannot show this right now. Please ask your care team.', {
    id: 'common.topic-not-available',
  });

/** What `<therapy-page>` says around the widgets. */
export const pageWords = () => ({
  onThisPage: msg('On this page', { id: 'common.on-this-page' }),
  printPage: msg('Print this page', { id: 'common.print-page' }),
});

/**
 * The disclaimer's points, credit and version line, for families or, in simpler words, for
 * children: the same points.
 */
function disclaimerPoints(audience: Audience) {
  if (audience === 'child') {
    return {
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
          str`In an emergency, a grown-up should call ${number} right away. Or they can call for help where you live.`,
          { id: 'disclaimer.child.emergency' },
        ),
      credit: (organization: string) =>
        msg(str`Based on what ${organization} shares.`, { id: 'disclaimer.child.credit' }),
      written: (version: string, date: string) =>
        msg(str`This is version ${version} of this page. We wrote it on ${date}.`, { id: 'disclaimer.child.written' }),
    };
  }
  return {
    title: msg('About what you read here', { id: 'disclaimer.title' }),
    points: [
      msg(
        'This information is only here to help you learn. It is for children and families who are dealing with cancer.',
        { id: 'disclaimer.purpose' },
      ),
      msg(
        'This information might not be up to date. It might also leave out some things. So please do not rely on it.',
        { id: 'disclaimer.out-of-date' },
      ),
      msg('Do you have questions about a health problem, a diagnosis or a symptom? Ask a doctor or nurse.', {
        id: 'disclaimer.ask-professional',
      }),
      msg(
        'This information does not take the place of care from your own care team. That means their judgment and advice. It also means screening tests, counseling and any other care they give.',
        { id: 'disclaimer.not-a-replacement' },
      ),
      msg('We do not recommend any one test. The same goes for any product or procedure.', {
        id: 'disclaimer.no-endorsement',
      }),
    ],
    /** The emergency sentence, with the phone number placed where the language needs it. */
    emergency: (number: string) =>
      msg(str`In an emergency, call ${number} now. Or call the emergency services where you live.`, {
        id: 'disclaimer.emergency',
      }),
    credit: (organization: string) => msg(str`Based on information from ${organization}.`, { id: 'disclaimer.credit' }),
    /** What is true of every pack: its version and when it was written. Never a review. */
    written: (version: string, date: string) =>
      msg(str`Version ${version} of this text, written on ${date}.`, { id: 'disclaimer.written' }),
  };
}

/** The disclaimer, in our own plain words, for the widget's audience. */
export const disclaimerWords = (audience: Audience = 'family') => ({
  ...disclaimerPoints(audience),
  publishedBy: (publisher: string) => msg(str`Shared by ${publisher}.`, { id: 'disclaimer.published-by' }),
  /** The publisher's own review, only when the page states one. */
  reviewed: (date: string) => msg(str`Reviewed on ${date}.`, { id: 'disclaimer.reviewed' }),
  reviewedBy: (date: string, reviewer: string) =>
    msg(str`Reviewed on ${date} by ${reviewer}.`, { id: 'disclaimer.reviewed-by' }),
});

/** The words on the read-aloud buttons (`listen`). */
export const listenWords = () => ({
  listen: msg('Listen', { id: 'common.listen' }),
  pause: msg('Pause', { id: 'common.listen-pause' }),
  resume: msg('Continue', { id: 'common.listen-continue' }),
  stop: msg('Stop', { id: 'common.listen-stop' }),
});
