import { isObject } from './checks.js';
import { HasoApiError, type HasoError, HasoHttpError, HasoResponseShapeError } from './errors.js';
import type { CodeLookup } from './find-codes.js';

const EXCERPT = 200;

/** What came back over HTTP, before interpretation. */
export interface RawAnswer {
  readonly operationId: string;
  readonly status: number;
  readonly headers?: Headers;
  /** The body as text (undefined when there was none). */
  readonly text: string | undefined;
}

/** `Data` of a successful answer, or the error it maps to. */
export type Interpreted = { readonly data: Record<string, unknown> } | { readonly error: HasoError };

/**
 * The one place that maps an HTTP answer to `Data` or to an error class:
 * non-2xx, empty, HTML or unparsable (truncated) bodies → HasoHttpError; JSON that is not the envelope
 * (`Success` missing, `Data` not an object) → HasoResponseShapeError; `Success: false` → HasoApiError (codes parsed
 * from the `Errors` strings and described from `codes`).
 */
export function interpretResponse({ operationId, status, headers, text }: RawAnswer, codes: CodeLookup): Interpreted {
  const body = text ?? '';
  let parsed: unknown;
  let reason: string | undefined;
  if (status < 200 || status > 299) reason = 'not a success status';
  else if (!/\S/.test(body)) reason = 'empty body';
  else {
    try {
      parsed = JSON.parse(body);
    } catch {
      reason = body.trimStart().startsWith('<') ? 'HTML instead of JSON' : 'body is not valid JSON (truncated?)';
    }
  }
  if (reason) return { error: new HasoHttpError(operationId, status, reason, body.slice(0, EXCERPT), headers) };
  let problem = 'the body is not a JSON object';
  if (isObject(parsed)) {
    const { Success, Data } = parsed;
    if (Success === true && isObject(Data)) return { data: Data };
    if (Success === false) {
      const errors = errorTexts(parsed.Errors);
      return { error: new HasoApiError(operationId, errors, codes.lookup(errors), Data ?? null, status, headers) };
    }
    problem = Success === true ? '`Data` is not an object' : '`Success` is missing or not a boolean';
  }
  return { error: new HasoResponseShapeError(operationId, problem, parsed, status, headers) };
}

/** Haso's `Errors`: a list of strings; a lone string is kept as a one-item list instead of being dropped. */
function errorTexts(errors: unknown): string[] {
  if (Array.isArray(errors)) return errors.map(String);
  return typeof errors === 'string' && errors !== '' ? [errors] : [];
}
