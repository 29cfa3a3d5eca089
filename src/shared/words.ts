import { str } from '@lit/localize';
import type { Audience } from '../content/types.js';
import type { childPoints } from './child-words.js';
import { hasChildrensWords, loadLocale, msg, SOURCE_LOCALE, type Locale } from './localization.js';
import { warn } from './warn.js';

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

/** The disclaimer's points, credit and version line, in the wording for one audience. */
export type DisclaimerPoints = ReturnType<typeof familyPoints>;

/** The disclaimer's points, credit and version line, for families. */
function familyPoints() {
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

/** The children's wording, once its chunk has loaded; `null` if it could not load. */
let forChildren: typeof childPoints | null | undefined;
let loadingForChildren: Promise<void> | undefined;

const INSTEAD = 'showing the words for families';

/** Loads the children's wording, in English; its translations are chunks of their own. */
function loadChildPoints(): Promise<void> {
  return (loadingForChildren ??= import('./child-words.js').then(
    (module) => void (forChildren = module.childPoints),
    (error: unknown) => {
      forChildren = null;
      warn(`the disclaimer's words for children could not be loaded (${String(error)}); ${INSTEAD}.`);
    },
  ));
}

/**
 * Readies the disclaimer's wording for `audience` in `locale`: the children's wording, and its
 * translation, are loaded the first time a disclaimer for children is shown in that language, so
 * no other page downloads them. Never rejects: if either cannot load, disclaimers for children
 * show the families' wording, after one warning.
 */
export async function loadDisclaimerWords(audience: Audience, locale: Locale): Promise<void> {
  if (audience !== 'child') return;
  await Promise.all([
    loadChildPoints(),
    locale === SOURCE_LOCALE || loadLocale(`${locale as Exclude<Locale, 'en'>}.child`, INSTEAD),
  ]);
}

/** The disclaimer, in our own plain words, for the widget's audience (see `loadDisclaimerWords`). */
export const disclaimerWords = (audience: Audience = 'family') => ({
  ...(audience === 'child' && forChildren && hasChildrensWords() ? forChildren(msg, str) : familyPoints()),
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
