import { isUtf8 } from 'node:buffer';
import { exceedsJsonDepth } from './json-depth.js';

/** A request body as the token check and the scenario selection read it. */
export type ParsedBody = Record<string, unknown>;

/**
 * What the front makes of a body:
 * - `object`: a JSON object or a form body (repeated form keys become arrays);
 * - `malformed`: a body the front refuses before anything else reads it (`title` and `reason` for the 400 answer);
 * - `other`: an empty body, or JSON that is not an object (Prism validates those).
 */
export type BodyParse =
  | { readonly kind: 'object'; readonly body: ParsedBody }
  | { readonly kind: 'malformed'; readonly title: string; readonly reason: string }
  | { readonly kind: 'other' };

/** How deep a JSON body may nest (Haso bodies nest 3 levels at most). */
export const MAX_JSON_DEPTH = 32;

const OTHER: BodyParse = { kind: 'other' };
const MALFORMED_BODY = 'Malformed request body';

/** The form media type the front reads (besides JSON). */
export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** The media type of a `Content-Type` header, lower-case and without parameters (`''` when absent). */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/** Whether a media type (lower-case, no parameters) is JSON. */
export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/**
 * Parses a JSON or `application/x-www-form-urlencoded` body (by its `Content-Type`, or a bare media type); any other
 * media type is `other`. Refused as malformed, before the token check reads a field: bytes that are not UTF-8, JSON
 * nested deeper than {@link MAX_JSON_DEPTH} or holding a lone surrogate (`"\ud800"`), a form whose percent-encoding
 * is not UTF-8. The signing package refuses lone surrogates too: no two different bodies verify with one token.
 */
export function parseBody(raw: Buffer, contentType: string | undefined): BodyParse {
  if (raw.length === 0) return OTHER;
  const mediaType = mediaTypeOf(contentType);
  const json = isJsonMediaType(mediaType);
  if (!json && mediaType !== FORM_MEDIA_TYPE) return OTHER;
  if (!isUtf8(raw)) return malformed('the body is not valid UTF-8');
  return json ? parseJson(raw) : parseForm(raw.toString('utf8'));
}

function parseJson(raw: Buffer): BodyParse {
  if (exceedsJsonDepth(raw, MAX_JSON_DEPTH)) return malformed(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`);
  const text = raw.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'malformed',
      title: 'Malformed JSON body',
      reason: `the request body is not valid JSON (${reason})`,
    };
  }
  // Valid UTF-8 holds no surrogate, so only a `\uD800`–`\uDFFF` escape can make one.
  if (SURROGATE_ESCAPE.test(text) && holdsLoneSurrogate(value)) {
    return malformed('a JSON string holds a lone surrogate (not well-formed Unicode)');
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { kind: 'object', body: value as ParsedBody }
    : OTHER;
}

const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** ES2024 `String.prototype.isWellFormed` (Node 20+); the compile target's lib predates it. */
const wellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

function holdsLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return !wellFormed(value);
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(holdsLoneSurrogate);
  return Object.entries(value).some(([key, item]) => !wellFormed(key) || holdsLoneSurrogate(item));
}

/** Form fields; `+` is a space and every `%XX` sequence must decode to UTF-8 (else the body is malformed). */
function parseForm(text: string): BodyParse {
  const body: ParsedBody = {};
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    let key: string;
    let value: string;
    try {
      key = decodeFormPart(equals < 0 ? pair : pair.slice(0, equals));
      value = equals < 0 ? '' : decodeFormPart(pair.slice(equals + 1));
    } catch {
      return malformed('the form body has a percent-encoding that is not UTF-8');
    }
    const previous = body[key];
    if (previous === undefined) body[key] = value;
    else body[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return { kind: 'object', body };
}

function decodeFormPart(part: string): string {
  return decodeURIComponent(part.includes('+') ? part.replaceAll('+', ' ') : part);
}

function malformed(reason: string): BodyParse {
  return { kind: 'malformed', title: MALFORMED_BODY, reason };
}
