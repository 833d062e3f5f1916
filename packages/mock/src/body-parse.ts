/** A request body as the token check and the scenario selection read it. */
export type ParsedBody = Record<string, unknown>;

/**
 * What the front makes of a body:
 * - `object`: a JSON object or a form body (repeated form keys become arrays);
 * - `malformed`: JSON that does not parse (`reason` is the parser's message);
 * - `other`: an empty body, any other media type, or JSON that is not an object (Prism validates those).
 */
export type BodyParse =
  | { readonly kind: 'object'; readonly body: ParsedBody }
  | { readonly kind: 'malformed'; readonly reason: string }
  | { readonly kind: 'other' };

const OTHER: BodyParse = { kind: 'other' };

/** The form media type the front reads (besides JSON). */
export const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** The media type of a `Content-Type` header, lower-case and without parameters (`''` when absent). */
export function mediaTypeOf(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

/** Parses a JSON or `application/x-www-form-urlencoded` body. */
export function parseBody(raw: Buffer, contentType: string | undefined): BodyParse {
  const mediaType = mediaTypeOf(contentType);
  if (raw.length === 0) return OTHER;
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return parseJson(raw);
  if (mediaType === FORM_MEDIA_TYPE) return { kind: 'object', body: parseForm(raw) };
  return OTHER;
}

function parseJson(raw: Buffer): BodyParse {
  let value: unknown;
  try {
    value = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    return { kind: 'malformed', reason: error instanceof Error ? error.message : String(error) };
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { kind: 'object', body: value as ParsedBody }
    : OTHER;
}

function parseForm(raw: Buffer): ParsedBody {
  const body: ParsedBody = {};
  for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) {
    const previous = body[key];
    if (previous === undefined) body[key] = value;
    else body[key] = Array.isArray(previous) ? [...previous, value] : [previous, value];
  }
  return body;
}
