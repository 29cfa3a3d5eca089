import { str } from '@lit/localize';
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

/** The disclaimer, in our own plain words. */
export const disclaimerWords = () => ({
  title: msg('About these facts', { id: 'disclaimer.title' }),
  points: [
    msg(
      'These facts are only here to help you learn. They are for children and families who are dealing with cancer.',
      { id: 'disclaimer.purpose' },
    ),
    msg('It may be out of date or not complete. Please do not rely on it.', { id: 'disclaimer.out-of-date' }),
    msg('Do you have questions about a health problem, a diagnosis or a symptom? Ask a doctor or nurse.', {
      id: 'disclaimer.ask-professional',
    }),
    msg(
      'It does not replace the care that your own health care team gives you. That includes their advice, screening tests, counseling, judgment and other care.',
      { id: 'disclaimer.not-a-replacement' },
    ),
    msg('We do not back any one test, product or procedure.', { id: 'disclaimer.no-endorsement' }),
  ],
  /** The emergency sentence, with the phone number placed where the language needs it. */
  emergency: (number: string) =>
    msg(str`In an emergency, call ${number} now. Or call the emergency services where you live.`, {
      id: 'disclaimer.emergency',
    }),
  credit: (organization: string) => msg(str`Based on information from ${organization}.`, { id: 'disclaimer.credit' }),
  publishedBy: (publisher: string) => msg(str`Shared by ${publisher}.`, { id: 'disclaimer.published-by' }),
  /** What is true of every pack: its version and when it was written. Never a review. */
  written: (version: string, date: string) =>
    msg(str`Version ${version} of this text, written on ${date}.`, { id: 'disclaimer.written' }),
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
