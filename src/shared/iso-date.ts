/** A day of the calendar, as written in an ISO date: no time, no time zone. */
export interface CalendarDate {
  readonly year: number;
  /** 1 (January) to 12. */
  readonly month: number;
  /** 1 to 31. */
  readonly day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Reads a `YYYY-MM-DD` date from its digits. Avoiding `Date` keeps the day from shifting in time
 * zones west of UTC. Returns undefined for anything else, including days no calendar has
 * (`2026-02-30`), so a caller can leave a bad date out instead of showing a wrong one.
 */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  return day <= monthLength ? { year, month, day } : undefined;
}
