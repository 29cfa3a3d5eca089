import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import type { DisclaimerContent } from './types.js';

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
});
