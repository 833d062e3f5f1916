import type { ServerResponse } from 'node:http';
import { CORS_HEADERS } from './cors.js';
import type { FrontAnswer } from './front-extension.js';

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' } as const;
const PROBLEM_TYPE = { 'content-type': 'application/problem+json; charset=utf-8' } as const;

/** A JSON answer of the front itself. */
export function jsonAnswer(status: number, value: unknown, headers?: Record<string, string>): FrontAnswer {
  return bytesAnswer(status, Buffer.from(JSON.stringify(value)), headers);
}

/** Pre-serialized JSON bytes. */
export function bytesAnswer(status: number, body: Buffer, headers?: Record<string, string>): FrontAnswer {
  return { status, headers: headers ? { ...JSON_TYPE, ...headers } : JSON_TYPE, body };
}

/** An RFC 9457 problem answer, shaped like Prism's own (for bodies the front refuses before Prism sees them). */
export function problemAnswer(status: number, title: string, detail: string): FrontAnswer {
  const problem = { type: 'about:blank', title, status, detail: `haso-mock: ${detail}` };
  return { status, headers: PROBLEM_TYPE, body: Buffer.from(JSON.stringify(problem)) };
}

/** An envelope-shaped error of the mock itself (`{Success: false, Errors: [message], Data: null}`). */
export function mockError(message: string): { Success: false; Errors: string[]; Data: null } {
  return { Success: false, Errors: [`haso-mock: ${message}`], Data: null };
}

/**
 * Sends an answer in one write, with its exact Content-Length (the CORS headers set before stay). An answer Node
 * refuses to send (a header value with a line break, a status out of range) becomes a 500 of the front.
 */
export function sendAnswer(res: ServerResponse, answer: FrontAnswer): void {
  if (res.headersSent || res.destroyed) return;
  try {
    writeAnswer(res, answer);
  } catch {
    for (const name of res.getHeaderNames()) if (!CORS_HEADERS.has(name)) res.removeHeader(name);
    writeAnswer(res, jsonAnswer(500, mockError('the answer cannot be sent (a header or status Node refuses)')));
  }
}

/** Sets the answer's headers and writes the head: throws before anything is sent if Node refuses one of them. */
export function writeHead(res: ServerResponse, answer: FrontAnswer, length: number): void {
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.setHeader('content-length', length);
  res.writeHead(answer.status);
}

function writeAnswer(res: ServerResponse, answer: FrontAnswer): void {
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
  writeHead(res, answer, body.byteLength);
  res.end(body);
}
