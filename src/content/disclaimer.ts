import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import type { CalendarDate } from '../shared/iso-date.js';
import type { DisclaimerContent } from './types.js';

/**
 * The day of each month as written inside a date ("November 27"), January first. Each month
 * carries its day because @lit/localize joins placeholders that only a space separates into one
 * that a translation cannot split, so the day could not move before the month name otherwise.
 */
const MONTH_DAYS: readonly ((day: number) => string)[] = [
  (day) => msg(str`January ${day}`, { id: 'disclaimer.date.january' }),
  (day) => msg(str`February ${day}`, { id: 'disclaimer.date.february' }),
  (day) => msg(str`March ${day}`, { id: 'disclaimer.date.march' }),
  (day) => msg(str`April ${day}`, { id: 'disclaimer.date.april' }),
  (day) => msg(str`May ${day}`, { id: 'disclaimer.date.may' }),
  (day) => msg(str`June ${day}`, { id: 'disclaimer.date.june' }),
  (day) => msg(str`July ${day}`, { id: 'disclaimer.date.july' }),
  (day) => msg(str`August ${day}`, { id: 'disclaimer.date.august' }),
  (day) => msg(str`September ${day}`, { id: 'disclaimer.date.september' }),
  (day) => msg(str`October ${day}`, { id: 'disclaimer.date.october' }),
  (day) => msg(str`November ${day}`, { id: 'disclaimer.date.november' }),
  (day) => msg(str`December ${day}`, { id: 'disclaimer.date.december' }),
];

/** The disclaimer every page of this content carries, in our own plain words. */
export const disclaimer = (): DisclaimerContent => ({
  title: msg('About these facts', { id: 'disclaimer.title' }),
  points: [
    msg(
      'These facts are only here to help you learn. They are for children and families who are dealing with cancer.',
      {
        id: 'disclaimer.purpose',
      },
    ),
    msg('It may be out of date or not complete. Please do not rely on it.', {
      id: 'disclaimer.out-of-date',
    }),
    msg('Do you have questions about a health problem, a diagnosis or a symptom? Ask a doctor or nurse.', {
      id: 'disclaimer.ask-professional',
    }),
    msg(
      'It does not replace the care that your own health care team gives you. That includes their advice, screening tests, counseling, judgment and other care.',
      { id: 'disclaimer.not-a-replacement' },
    ),
    msg('We do not back any one test, product or procedure.', { id: 'disclaimer.no-endorsement' }),
  ],
  emergency: (number: string) =>
    msg(str`In an emergency, call ${number} now. Or call the emergency services where you live.`, {
      id: 'disclaimer.emergency',
    }),
  credit: (organization: string) => msg(str`Based on information from ${organization}.`, { id: 'disclaimer.credit' }),
  publishedBy: (publisher: string) => msg(str`Shared by ${publisher}.`, { id: 'disclaimer.published-by' }),
  lastReviewed: (date: string) => msg(str`Last reviewed: ${date}`, { id: 'disclaimer.last-reviewed' }),
  // Written from our own words rather than Intl.DateTimeFormat, whose first use on a page loads
  // the browser's date data and delays the first render. A translation may reorder the parts.
  date: ({ year, month, day }: CalendarDate) => {
    const monthAndDay = MONTH_DAYS[month - 1](day);
    return msg(str`${monthAndDay}, ${year}`, { id: 'disclaimer.date' });
  },
});
