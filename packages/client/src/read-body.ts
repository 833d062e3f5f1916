// Reading an answer's body as text, at most `limit` bytes of it (counted after content decoding, as it streams).

/** What `readText` throws past the limit (the caller turns it into HasoResponseTooLargeError). */
export const TOO_LARGE: unique symbol = Symbol('too large');

/**
 * The body as UTF-8 text ("" when there is none). Past `limit` decoded bytes (or a Content-Length above it) the body
 * is cancelled, which aborts the connection, and TOO_LARGE is thrown. An unencoded body framed by a Content-Length
 * within the limit cannot grow past it: it is read in one go.
 */
export function readText(response: Response, limit: number): Promise<string> {
  const { body, headers } = response;
  if (!body) return Promise.resolve('');
  const length = headers.get('content-length');
  if (Number(length) > limit) {
    body.cancel().catch(() => {});
    return Promise.reject(TOO_LARGE);
  }
  return length && !headers.has('content-encoding') ? response.text() : readStream(body, limit);
}

async function readStream(body: ReadableStream<Uint8Array>, limit: number): Promise<string> {
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
