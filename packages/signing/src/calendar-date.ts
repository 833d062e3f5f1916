// One reading of "a yyyy-MM-dd date" for the whole toolkit (token fields with that format, the client's validator):
// ASCII digits, a real proleptic Gregorian date, years from 0100 (Date.UTC maps 0000–0099 to 19xx, so they are refused).
const HYPHEN = 0x2d;

/** Whether the first ten characters of `text` are a real yyyy-MM-dd date (checked by char codes: no regex, no slices). */
export function startsWithCalendarDate(text: string): boolean {
  if (text.length < 10 || text.charCodeAt(4) !== HYPHEN || text.charCodeAt(7) !== HYPHEN) return false;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Whether `text` is exactly a real yyyy-MM-dd date (2026-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  return text.length === 10 && startsWithCalendarDate(text);
}

/** The number written by `count` ASCII digits from `start`, or -1 if one is not a digit. */
function digits(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
