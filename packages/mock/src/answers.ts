import type { ServerResponse } from 'node:http';

/** Sends a JSON answer the front produces itself. */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  sendBuffer(res, status, Buffer.from(JSON.stringify(value)));
}

/** Sends pre-serialized JSON bytes. */
export function sendBuffer(res: ServerResponse, status: number, body: Buffer, type = 'application/json'): void {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Content-Length': body.length });
  res.end(body);
}

/** An RFC 9457 problem answer, shaped like Prism's own (for errors the front catches before Prism). */
export function sendProblem(res: ServerResponse, status: number, title: string, detail: string): void {
  const problem = { type: 'about:blank', title, status, detail: `haso-mock: ${detail}` };
  sendBuffer(res, status, Buffer.from(JSON.stringify(problem)), 'application/problem+json');
}

/** An envelope-shaped error of the mock itself (`{Success: false, Errors: [message], Data: null}`). */
export function mockError(message: string): { Success: false; Errors: string[]; Data: null } {
  return { Success: false, Errors: [`haso-mock: ${message}`], Data: null };
}
