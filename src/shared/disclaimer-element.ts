import type { PropertyDeclarations, PropertyValues } from 'lit';
import { msg, type Locale } from './localization.js';
import type { AttributeRule } from './attribute-rule.js';
import { TherapyElement } from './therapy-element.js';
import type { Audience } from '../content/types.js';
import { loadDisclaimerWords } from './words.js';

// The disclaimer's settings, declared, checked and documented once, for <cog-disclaimer> and for
// <therapy-page>, which passes the checked values to the disclaimer inside it, so a bad value is
// reported once, by the element it is on.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written `YYYY-MM-DD`. */
export const REVIEWED: AttributeRule = {
  attribute: 'reviewed',
  fallback: '',
  parse: (value) => {
    const date = value.trim();
    const time = ISO_DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(date) ? date : undefined;
  },
  consequence: 'no review date is shown. Write the date as YYYY-MM-DD, like 2026-12-01',
};

/**
 * What keeps a real review date from being shown with a text written on `written`, or '' when
 * nothing does: a review of this text cannot come before it was written (that review was of an
 * earlier text), nor after today (tomorrow in UTC, for time zones ahead of it).
 */
export function reviewDateProblem(reviewed: string, written = ''): string {
  if (reviewed < written) return `is before this text was written (${written})`;
  // "2026-12-02" sorts before "2026-12-02T…": a date is in the future only from the day after.
  return reviewed > new Date(Date.now() + 864e5).toISOString() ? 'is in the future' : '';
}

/**
 * A date in words, in the language of the widget that is rendering ("November 27, 2026",
 * "27 de noviembre de 2026"). Written from translated words rather than `Intl.DateTimeFormat`,
 * whose first use on a page loads the browser's date data and delays a first visit.
 */
/** The most characters a disclaimer setting shown as a line of text may have. */
export const LONGEST_LINE = 300;

// A name or a copyright line is short. A far longer value is a mistake (a pasted page), and text
// that long can stall layout for seconds in some engines, so it is left out with a warning.
const textLine = (attribute: string): AttributeRule => ({
  attribute,
  fallback: '',
  parse: (value) => {
    const line = value.trim();
    return line.length <= LONGEST_LINE ? line : undefined;
  },
  consequence: `it is left out. Use at most ${LONGEST_LINE} characters`,
});

/** The disclaimer's settings shown as lines of text, each with its rule. */
export const DISCLAIMER_LINES = {
  organization: textLine('organization'),
  publisher: textLine('publisher'),
  copyright: textLine('copyright'),
  reviewedBy: textLine('reviewed-by'),
} as const;

export function dateInWords(iso: string): string {
  const [year, month, day] = iso.split('-');
  const months = msg('January February March April May June July August September October November December', {
    id: 'date.months',
  }).split(' ');
  // A pattern rather than a str`` template: each language orders the parts its own way.
  return msg('{month} {day}, {year}', { id: 'date.pattern' })
    .replace('{month}', months[Number(month) - 1])
    .replace('{day}', String(Number(day)))
    .replace('{year}', year);
}

/**
 * A widget with the disclaimer's settings: `<cog-disclaimer>`, and `<therapy-page>`, which passes
 * them on. `organization`, `publisher`, `copyright` and `reviewed-by` are lines of text of at most
 * 300 characters; a longer one is left out, with a warning.
 */
export abstract class DisclaimerElement extends TherapyElement {
  static override properties: PropertyDeclarations = {
    organization: { reflect: true },
    publisher: { reflect: true },
    copyright: { reflect: true },
    reviewed: { reflect: true },
    reviewedBy: { attribute: 'reviewed-by', reflect: true },
  };

  /**
   * Who the content is based on, named in the credit line "Based on information from …". Without
   * it, the topic's pack names its source. At most 300 characters.
   */
  organization?: string;

  /** The hospital or site that shares this content; shown as "Shared by …" when set. At most 300 characters. */
  publisher?: string;

  /** A copyright line, for a hospital that licenses the original text; shown as written. At most 300 characters. */
  copyright?: string;

  /**
   * The date your own clinical team reviewed this content, as `YYYY-MM-DD`. Shown only when set:
   * the widgets never claim a review of their own. A date that is not real, is in the future, or
   * is before the text shown was written (a review of an earlier text) is left out, with a warning.
   */
  reviewed?: string;

  /**
   * Who reviewed the content, shown with the `reviewed` date, such as your patient education team.
   * At most 300 characters.
   */
  reviewedBy?: string;

  /** The review date actually used, after checking `reviewed` and that it fits the text shown. */
  protected reviewDate = '';

  /** The text settings actually shown, after checking: trimmed, and empty when not set or too long. */
  protected lines: Record<keyof typeof DISCLAIMER_LINES, string> = {
    organization: '',
    publisher: '',
    copyright: '',
    reviewedBy: '',
  };

  /** The disclaimer's words for children are loaded only where a disclaimer for children is shown. */
  protected override loadWords(audience: Audience, language: Locale): Promise<void> {
    return loadDisclaimerWords(audience, language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Checked at every update: a new pack (another language, a new version) may be written after it.
    const reviewed = this.checkAttribute(REVIEWED, this.reviewed);
    const problem = reviewed && reviewDateProblem(reviewed, this.pack?.written);
    if (problem) this.warnOnce(`reviewed=${reviewed}`, `reviewed="${reviewed}" ${problem}, so no review is shown.`);
    this.reviewDate = problem ? '' : reviewed;
    for (const name of Object.keys(DISCLAIMER_LINES) as (keyof typeof DISCLAIMER_LINES)[]) {
      if (changed.has(name)) this.lines[name] = this.checkAttribute(DISCLAIMER_LINES[name], this[name]);
    }
    if (this.reviewedBy?.trim() && !this.reviewed?.trim()) {
      this.warnOnce('reviewed-by', 'reviewed-by is set without a reviewed date, so no review is shown.');
    }
  }
}
