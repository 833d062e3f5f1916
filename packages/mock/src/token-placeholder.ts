import { FORM_MEDIA_TYPE, mediaTypeOf, type ParsedBody } from './body-parse.js';

/**
 * A syntactically valid requestToken (44 base64 characters ending in `=`, the spec's `RequestToken` pattern) that
 * `--no-verify` puts into a signed operation's body when the client sent none, so that Prism's schema check (the
 * spec marks requestToken required) lets the request through.
 */
export const PLACEHOLDER_TOKEN = `${'A'.repeat(43)}=`;

/**
 * The raw body with a placeholder requestToken when its parse `body` has none, otherwise `raw` itself. Form bodies
 * get `&requestToken=…` appended; JSON bodies are re-serialized from the parse.
 */
export function withPlaceholderToken(raw: Buffer, body: ParsedBody, contentType: string | undefined): Buffer {
  if (body.requestToken !== undefined) return raw;
  if (mediaTypeOf(contentType) !== FORM_MEDIA_TYPE) {
    return Buffer.from(JSON.stringify({ ...body, requestToken: PLACEHOLDER_TOKEN }));
  }
  const field = new URLSearchParams({ requestToken: PLACEHOLDER_TOKEN }).toString();
  const text = raw.toString('utf8');
  return Buffer.from(text.endsWith('&') ? text + field : `${text}&${field}`);
}
