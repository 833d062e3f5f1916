import type { ServerResponse } from 'node:http';
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

/** Sends an answer in one write, with its exact Content-Length (the CORS headers set before stay). */
export function sendAnswer(res: ServerResponse, answer: FrontAnswer): void {
  if (res.headersSent || res.destroyed) return;
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
  for (const [name, value] of Object.entries(answer.headers)) res.setHeader(name, value);
  res.setHeader('content-length', body.byteLength);
  res.writeHead(answer.status);
  res.end(body);
}
