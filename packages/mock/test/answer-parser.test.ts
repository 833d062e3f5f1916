import { describe, expect, it } from 'vitest';
import { AnswerParseError, AnswerParser, type ParsedAnswer } from '../src/answer-parser.js';

/** Feeds `text` in pieces of `size` bytes and returns the answer once complete (undefined if it never is). */
function feed(parser: AnswerParser, text: string, size = Infinity): ParsedAnswer | undefined {
  const bytes = Buffer.from(text, 'latin1');
  let answer: ParsedAnswer | undefined;
  for (let at = 0; at < bytes.length; at += Math.min(size, bytes.length)) {
    expect(answer, 'bytes after the end of the answer').toBeUndefined();
    answer = parser.push(bytes.subarray(at, at + size));
  }
  return answer;
}

const PRISM_ANSWER =
  'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 16\r\n' +
  'Date: Mon, 23 Nov 2026 14:00:00 GMT\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n{"Success":true}';

describe('AnswerParser', () => {
  it('reads a Content-Length answer in one piece or byte by byte', () => {
    for (const size of [Infinity, 7, 1]) {
      const answer = feed(new AnswerParser(), PRISM_ANSWER, size)!;
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toBe('{"Success":true}');
      expect(answer.headers).toEqual([
        'Content-Type',
        'application/json',
        'Content-Length',
        '16',
        'Date',
        'Mon, 23 Nov 2026 14:00:00 GMT',
        'Connection',
        'keep-alive',
        'Keep-Alive',
        'timeout=5',
      ]);
      expect(answer.keepAlive).toBe(true);
      expect(answer.keepAliveMs).toBe(5000);
    }
  });

  it('is ready for the next answer on the same connection', () => {
    const parser = new AnswerParser();
    expect(feed(parser, PRISM_ANSWER)?.status).toBe(200);
    expect(parser.started).toBe(false);
    expect(feed(parser, PRISM_ANSWER.replace('200 OK', '422 Unprocessable Entity'))?.status).toBe(422);
  });

  it('de-chunks a chunked body (extensions, split size lines, trailers)', () => {
    const text =
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n' +
      '5;ext=1\r\nhello\r\n1\r\n \r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\n';
    for (const size of [Infinity, 3, 1]) {
      const answer = feed(new AnswerParser(), text, size)!;
      expect(answer.body.toString()).toBe('hello 0123456789');
      expect(answer.keepAlive).toBe(true);
    }
  });

  it('reads a body without length until the connection ends, and then does not reuse it', () => {
    const parser = new AnswerParser();
    expect(feed(parser, 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\npart one, ')).toBeUndefined();
    expect(parser.push(Buffer.from('part two'))).toBeUndefined();
    const answer = parser.end()!;
    expect(answer.body.toString()).toBe('part one, part two');
    expect(answer.keepAlive).toBe(false);
  });

  it('knows a cut-off answer from a complete one', () => {
    const parser = new AnswerParser();
    expect(feed(parser, PRISM_ANSWER.slice(0, -3))).toBeUndefined();
    expect(parser.started).toBe(true);
    expect(parser.end()).toBeUndefined();
  });

  it('skips interim 1xx answers, and reads no body for 204, 304 and HEAD', () => {
    const answer = feed(new AnswerParser(), `HTTP/1.1 100 Continue\r\n\r\n${PRISM_ANSWER}`)!;
    expect(answer.status).toBe(200);
    expect(feed(new AnswerParser(), 'HTTP/1.1 204 No Content\r\nContent-Length: 5\r\n\r\n')?.body).toHaveLength(0);
    expect(feed(new AnswerParser(), 'HTTP/1.1 304 Not Modified\r\n\r\n')?.status).toBe(304);
    const head = new AnswerParser();
    head.reset(true);
    expect(feed(head, 'HTTP/1.1 200 OK\r\nContent-Length: 99\r\n\r\n')?.body).toHaveLength(0);
  });

  it('follows Connection: close, HTTP/1.0 rules and bytes past the end', () => {
    const close = PRISM_ANSWER.replace('Connection: keep-alive', 'Connection: close');
    expect(feed(new AnswerParser(), close)?.keepAlive).toBe(false);
    const http10 = PRISM_ANSWER.replace('HTTP/1.1', 'HTTP/1.0').replace('Connection: keep-alive\r\n', '');
    expect(feed(new AnswerParser(), http10)?.keepAlive).toBe(false);
    expect(feed(new AnswerParser(), PRISM_ANSWER.replace('HTTP/1.1', 'HTTP/1.0'))?.keepAlive).toBe(true);
    const extra = new AnswerParser().push(Buffer.from(`${PRISM_ANSWER}HTTP/1.1`, 'latin1'));
    expect(extra?.keepAlive).toBe(false);
  });

  it.each([
    ['a status line that is not HTTP/1.x', 'HTTP/2 200\r\n\r\n'],
    ['a header line without a colon', 'HTTP/1.1 200 OK\r\nno colon\r\n\r\n'],
    ['a bad Content-Length', 'HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n'],
    ['two different Content-Lengths', 'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n'],
    ['an unknown Transfer-Encoding', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n'],
    ['a bad chunk size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'],
    ['chunk data longer than its size', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n'],
  ])('rejects %s', (_name, text) => {
    expect(() => feed(new AnswerParser(), text)).toThrow(AnswerParseError);
  });

  it('rejects a head that never ends', () => {
    const parser = new AnswerParser();
    parser.push(Buffer.from('HTTP/1.1 200 OK\r\n'));
    expect(() => parser.push(Buffer.alloc(70 * 1024, 'x'))).toThrow(/too large/);
  });
});
