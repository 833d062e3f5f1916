// Reading an answer's body as text, at most `limit` bytes of it (counted after content decoding, as it streams).

/** What `readText` throws past the limit (the caller turns it into HasoResponseTooLargeError). */
export const TOO_LARGE: unique symbol = Symbol('too large');

/**
 * The body as UTF-8 text ("" when there is none). Past `limit` decoded bytes (or a Content-Length above it) the body
 * is cancelled, which aborts the connection, and TOO_LARGE is thrown.
 */
export async function readText(response: Response, limit: number): Promise<string> {
  const { body } = response;
  if (!body) return '';
  if (Number(response.headers.get('content-length')) > limit) {
    body.cancel().catch(() => {});
    throw TOO_LARGE;
  }
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    size += value.byteLength;
    if (size > limit) {
      reader.cancel().catch(() => {});
      throw TOO_LARGE;
    }
    text += decoder.decode(value, { stream: true });
  }
}
