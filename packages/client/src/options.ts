// Checks of the options every client shape shares: numbers in their documented range, the base URL.

/** The largest timer delay (setTimeout overflows past it and fires at once). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * `value`, or `fallback` when it is undefined; a TypeError naming `name` (never printing the value) unless it is a
 * finite number in [min, max] (an integer when `integer`).
 */
export function numberOption(
  name: string,
  value: unknown,
  fallback: number,
  min: number,
  max: number,
  integer = false,
) {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
    throw new TypeError(`${name} must be a${integer ? 'n integer' : ' finite number'} from ${min} to ${max}`);
  }
  return value;
}

/** A timer setting in ms: 1 to 2^31−1. */
export const timerOption = (name: string, value: unknown, fallback: number) =>
  numberOption(name, value, fallback, 1, MAX_TIMER_MS);

/** A retry count: an integer from 0 to 10. */
export const retriesOption = (name: string, value: unknown, fallback: number) =>
  numberOption(name, value, fallback, 0, 10, true);

/**
 * The parsed base URL: http(s), no user info (refused without printing it), no query or fragment (they would end up
 * in front of every operation path).
 */
export function parseBaseUrl(baseUrl: unknown): URL {
  let url: URL | undefined;
  try {
    url = typeof baseUrl === 'string' ? new URL(baseUrl) : undefined;
  } catch {
    // reported below
  }
  if (!url || !/^https?:\/\/[^?#]*$/i.test(baseUrl as string) || url.username || url.password) {
    throw new TypeError('baseUrl must be an http(s) URL without user info, query or fragment');
  }
  return url;
}
