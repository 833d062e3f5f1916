import type { CodeLookup } from './find-codes.js';
import { HasoApiError, type HasoError, HasoHttpError, HasoResponseShapeError } from './errors.js';

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
  const http = (reason: string) => ({
    error: new HasoHttpError(operationId, status, reason, body.slice(0, EXCERPT), headers),
  });
  if (status < 200 || status > 299) return http('not a success status');
  if (body.trim() === '') return http('empty body');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return http(body.trimStart().startsWith('<') ? 'HTML instead of JSON' : 'body is not valid JSON (truncated?)');
  }
  const shape = (problem: string) => ({
    error: new HasoResponseShapeError(operationId, problem, parsed, status, headers),
  });
  if (!isObject(parsed)) return shape('the body is not a JSON object');
  if (typeof parsed.Success !== 'boolean') return shape('`Success` is missing or not a boolean');
  if (!parsed.Success) {
    const errors = errorTexts(parsed.Errors);
    return {
      error: new HasoApiError(operationId, errors, codes.lookup(errors), parsed.Data ?? null, status, headers),
    };
  }
  if (!isObject(parsed.Data)) return shape('`Data` is not an object');
  return { data: parsed.Data };
}

/** Haso's `Errors`: a list of strings; a lone string is kept as a one-item list instead of being dropped. */
function errorTexts(errors: unknown): string[] {
  if (Array.isArray(errors)) return errors.map(String);
  return typeof errors === 'string' && errors !== '' ? [errors] : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
