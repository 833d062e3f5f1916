import { FAULT_NAMES, type Fault, isFault } from './faults.js';

/** The longest delay a request may ask for. */
export const MAX_DELAY_MS = 60_000;

/** The front's own preferences of a request, taken out of its `Prefer` header. */
export interface MockPreferences {
  /** The rest of the header, for Prism (undefined when nothing is left). */
  readonly prismPrefer: string | undefined;
  /** `delay=<ms>`: how long to wait before answering. */
  readonly delayMs: number | undefined;
  /** `fault=<name>`: the fault to play instead of the answer. */
  readonly fault: Fault | undefined;
}

/** A `delay` or `fault` preference the front cannot play (answered 400). */
export interface PreferenceError {
  readonly error: string;
}

const MINE = /\b(?:delay|fault)\s*=/i;

/**
 * Takes `delay=<ms>` (0–60 000) and `fault=<name>` out of a `Prefer` header (preferences separated by `,` or `;`);
 * the other preferences (`example=…`, `code=…`, `dynamic=…`) go on to Prism.
 */
export function readMockPreferences(header: string | undefined): MockPreferences | PreferenceError {
  if (header === undefined || !MINE.test(header)) return { prismPrefer: header, delayMs: undefined, fault: undefined };
  let delayMs: number | undefined;
  let fault: Fault | undefined;
  const rest: string[] = [];
  for (const part of header.split(/[,;]/)) {
    const equals = part.indexOf('=');
    const name = part
      .slice(0, equals < 0 ? undefined : equals)
      .trim()
      .toLowerCase();
    const value = equals < 0 ? '' : unquote(part.slice(equals + 1).trim());
    if (name === 'delay') {
      if (!/^\d{1,5}$/.test(value) || Number(value) > MAX_DELAY_MS) {
        return { error: `Prefer: delay must be a whole number of milliseconds from 0 to ${MAX_DELAY_MS}` };
      }
      delayMs = Number(value);
    } else if (name === 'fault') {
      if (!isFault(value)) return { error: `Prefer: fault must be one of ${FAULT_NAMES.join(', ')}` };
      fault = value;
    } else if (part.trim() !== '') {
      rest.push(part.trim());
    }
  }
  return { prismPrefer: rest.length > 0 ? rest.join(', ') : undefined, delayMs, fault };
}

function unquote(text: string): string {
  return text.replace(/^"(.*)"$/, '$1');
}
