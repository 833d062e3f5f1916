/** One complete HTTP/1.x answer from Prism. */
export interface ParsedAnswer {
  readonly status: number;
  /** Header fields in the order received, as a flat `[name, value, name, value, …]` list. */
  readonly headers: readonly string[];
  /** The body, de-chunked. */
  readonly body: Buffer;
  /** The connection can carry another request. */
  readonly keepAlive: boolean;
  /** Idle time the server announced in `Keep-Alive: timeout=<s>`, in ms. */
  readonly keepAliveMs: number | undefined;
}

/** Prism sent something that is not an HTTP/1.x answer. */
export class AnswerParseError extends Error {
  override readonly name = 'AnswerParseError';
  readonly code = 'EPROTO';
}

interface Head {
  readonly status: number;
  readonly headers: string[];
  readonly keepAlive: boolean;
  readonly keepAliveMs: number | undefined;
  /** Body framing: a byte count, chunked, or until the connection closes. */
  readonly framing: number | 'chunked' | 'close';
}

const MAX_HEAD_BYTES = 64 * 1024;
const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: |$)/;
const CHUNK_SIZE = /^[0-9a-fA-F]{1,8}$/;
const EMPTY = Buffer.alloc(0);

/**
 * Reads HTTP/1.x answers off one connection, one request at a time (no pipelining): a status line and header fields,
 * then a body framed by `Content-Length`, `Transfer-Encoding: chunked` or the end of the connection. Interim `1xx`
 * answers are skipped. It only has to understand Prism (a Node HTTP server), not arbitrary peers.
 */
export class AnswerParser {
  #pending: Buffer = EMPTY;
  #head: Head | undefined;
  #body: Buffer[] = [];
  #bodyBytes = 0;
  /** Chunked bodies: bytes left in the current chunk, or -1 while a size line is expected, -2 in the trailers. */
  #chunkLeft = -1;
  #noBody = false;

  /** Whether any byte of the current answer arrived. */
  get started(): boolean {
    return this.#pending.length > 0 || this.#head !== undefined;
  }

  /** Prepares for the next answer; `noBody` for a request whose answer has no body (HEAD). */
  reset(noBody = false): void {
    this.#pending = EMPTY;
    this.#head = undefined;
    this.#body = [];
    this.#bodyBytes = 0;
    this.#chunkLeft = -1;
    this.#noBody = noBody;
  }

  /**
   * Feeds bytes from the connection. Returns the answer once it is complete (bytes past its end make it
   * `keepAlive: false`), else undefined. Throws AnswerParseError on a malformed answer.
   */
  push(data: Buffer): ParsedAnswer | undefined {
    this.#pending = this.#pending.length === 0 ? data : Buffer.concat([this.#pending, data]);
    while (!this.#head) {
      const end = this.#pending.indexOf(HEAD_END);
      if (end < 0) {
        if (this.#pending.length > MAX_HEAD_BYTES) throw new AnswerParseError('answer head too large');
        return undefined;
      }
      const head = parseHead(this.#pending.toString('latin1', 0, end), this.#noBody);
      this.#pending = this.#pending.subarray(end + HEAD_END.length);
      if (head.status >= 100 && head.status < 200) continue; // interim answer
      this.#head = head;
    }
    const head = this.#head;
    if (head.framing === 'chunked') return this.#readChunks(head);
    if (head.framing === 'close') {
      this.#take(this.#pending.length);
      return undefined;
    }
    this.#take(Math.min(head.framing - this.#bodyBytes, this.#pending.length));
    return this.#bodyBytes === head.framing ? this.#finish(head) : undefined;
  }

  /** The connection ended: the answer if its body runs until the end, else undefined (cut off). */
  end(): ParsedAnswer | undefined {
    return this.#head?.framing === 'close' ? this.#finish(this.#head) : undefined;
  }

  #readChunks(head: Head): ParsedAnswer | undefined {
    for (;;) {
      if (this.#chunkLeft > 0) {
        this.#take(Math.min(this.#chunkLeft, this.#pending.length));
        if (this.#chunkLeft > 0) return undefined;
      }
      const lineEnd = this.#pending.indexOf(CRLF);
      if (lineEnd < 0) {
        if (this.#pending.length > MAX_HEAD_BYTES) throw new AnswerParseError('chunk line too long');
        return undefined;
      }
      const line = this.#pending.toString('latin1', 0, lineEnd);
      this.#pending = this.#pending.subarray(lineEnd + CRLF.length);
      if (this.#chunkLeft === 0) {
        // the CRLF after a chunk's data
        if (line !== '') throw new AnswerParseError('chunk not followed by CRLF');
        this.#chunkLeft = -1;
      } else if (this.#chunkLeft === -2) {
        if (line === '') return this.#finish(head); // end of trailers
      } else {
        const size = line.split(';', 1)[0]!.trim();
        if (!CHUNK_SIZE.test(size)) throw new AnswerParseError('bad chunk size');
        this.#chunkLeft = Number.parseInt(size, 16) || -2;
      }
    }
  }

  /** Moves `count` pending bytes into the body. */
  #take(count: number): void {
    if (count <= 0) return;
    this.#body.push(this.#pending.subarray(0, count));
    this.#bodyBytes += count;
    if (this.#chunkLeft > 0) this.#chunkLeft -= count;
    this.#pending = this.#pending.subarray(count);
  }

  #finish(head: Head): ParsedAnswer {
    const body = this.#body.length === 1 ? this.#body[0]! : Buffer.concat(this.#body, this.#bodyBytes);
    const leftover = this.#pending.length > 0;
    this.reset();
    return {
      status: head.status,
      headers: head.headers,
      body,
      keepAlive: head.keepAlive && head.framing !== 'close' && !leftover,
      keepAliveMs: head.keepAliveMs,
    };
  }
}

function parseHead(text: string, noBody: boolean): Head {
  const lines = text.split('\r\n');
  const status = STATUS_LINE.exec(lines[0]!);
  if (!status) throw new AnswerParseError('not an HTTP/1.x status line');
  const code = Number(status[2]);
  const headers: string[] = [];
  let length: number | undefined;
  let chunked = false;
  let connection = '';
  let keepAliveMs: number | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const colon = line.indexOf(':');
    if (colon <= 0) throw new AnswerParseError('malformed header field');
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1).trim();
    headers.push(name, value);
    const lower = name.toLowerCase();
    if (lower === 'content-length') {
      if (!/^\d{1,15}$/.test(value) || (length !== undefined && length !== Number(value))) {
        throw new AnswerParseError('bad Content-Length');
      }
      length = Number(value);
    } else if (lower === 'transfer-encoding') {
      chunked = value.toLowerCase().split(',').at(-1)!.trim() === 'chunked';
      if (!chunked) throw new AnswerParseError(`unsupported Transfer-Encoding ${value}`);
    } else if (lower === 'connection') {
      connection += `${value.toLowerCase()},`;
    } else if (lower === 'keep-alive') {
      const seconds = /(?:^|[\s,])timeout=(\d+)/i.exec(value)?.[1];
      if (seconds) keepAliveMs = Math.min(keepAliveMs ?? Infinity, Number(seconds) * 1000);
    }
  }
  const http10 = status[1] === '0';
  const keepAlive = http10 ? /(?:^|[\s,])keep-alive,/.test(connection) : !/(?:^|[\s,])close,/.test(connection);
  let framing: Head['framing'];
  if (noBody || code === 204 || code === 304 || (code >= 100 && code < 200)) framing = 0;
  else if (chunked) framing = 'chunked';
  else framing = length ?? 'close';
  return { status: code, headers, keepAlive, keepAliveMs, framing };
}
