/** A request's media type, or why the front refuses its `Content-Type` (answered 415). */
export type MediaTypeCheck = { readonly mediaType: string } | { readonly refused: string };

const MEDIA_TYPE = /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/;
const UTF8 = new Set(['utf-8', 'utf8']);

/**
 * The media type of a request (lower-case, without parameters; `''` when there is no `Content-Type`), checked
 * against the ones `accepted` (every one when undefined): exactly one `Content-Type` field holding exactly one media
 * type, with no charset other than UTF-8. `rawHeaders` is Node's flat name/value list.
 */
export function checkMediaType(rawHeaders: readonly string[], accepted: readonly string[] | undefined): MediaTypeCheck {
  let value: string | undefined;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]!.length !== 12 || rawHeaders[i]!.toLowerCase() !== 'content-type') continue;
    if (value !== undefined) return { refused: 'more than one Content-Type field' };
    value = rawHeaders[i + 1]!;
  }
  if (value === undefined) return { mediaType: '' };
  const [type = '', ...parameters] = value.split(';');
  const mediaType = type.trim().toLowerCase();
  if (!MEDIA_TYPE.test(mediaType)) return { refused: `Content-Type is not one media type: "${printable(value)}"` };
  if (accepted && !accepted.includes(mediaType)) {
    return { refused: `${mediaType} is not accepted here (${accepted.join(' or ')})` };
  }
  for (const parameter of parameters) {
    const [name = '', charset = ''] = parameter.split('=', 2).map((part) => part.trim().toLowerCase());
    if (name === 'charset' && !UTF8.has(charset.replace(/^"(.*)"$/, '$1'))) {
      return { refused: `charset ${printable(charset)} is not accepted (UTF-8 only)` };
    }
  }
  return { mediaType };
}

/** A header value as it may appear in an answer: at most 100 printable ASCII characters. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 100);
}
