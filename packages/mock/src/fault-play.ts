import type { ServerResponse } from 'node:http';
import { jsonAnswer, mockError, sendAnswer, writeHead } from './answers.js';
import type { Fault } from './faults.js';
import type { FrontAnswer } from './front-extension.js';

/** What the front does instead of answering: an answer, or one of the two faults that send none. */
export type Outcome = FrontAnswer | 'timeout' | 'reset';

/** A connection held by the timeout fault is closed (without an answer) after this long. */
const HOLD_MS = 120_000;
const SLOW_PARTS = 8;
const SLOW_PART_MS = 250;

const HTML_502 =
  '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>502 Bad Gateway</h1>\n' +
  '<p>haso-mock: fault html-502 (a gateway page, not a Haso answer)</p></body></html>\n';

/** The outcome of a fault that replaces the answer (every fault but slow-body, which slows the real one). */
export function faultOutcome(fault: Exclude<Fault, 'slow-body'>): Outcome {
  if (fault === 'timeout' || fault === 'reset') return fault;
  if (fault === 'http-500') return jsonAnswer(500, mockError('fault http-500'));
  return { status: 502, headers: { 'content-type': 'text/html; charset=utf-8' }, body: HTML_502 };
}

/** Carries an outcome out: sends the answer (its body in slow parts for `slow`), holds or resets the connection. */
export function deliver(res: ServerResponse, outcome: Outcome, slow: boolean): void {
  if (res.headersSent || res.destroyed) return;
  if (outcome === 'reset') return void res.socket?.resetAndDestroy();
  if (outcome === 'timeout') {
    const timer = setTimeout(() => res.destroy(), HOLD_MS).unref();
    return void res.once('close', () => clearTimeout(timer));
  }
  if (slow) sendSlowly(res, outcome);
  else sendAnswer(res, outcome);
}

/** The answer with its headers at once and its body in {@link SLOW_PARTS} parts {@link SLOW_PART_MS} ms apart. */
function sendSlowly(res: ServerResponse, answer: FrontAnswer): void {
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : Buffer.from(answer.body);
  try {
    writeHead(res, answer, body.length);
  } catch {
    sendAnswer(res, answer); // the same refusal, answered as a 500
    return;
  }
  res.flushHeaders();
  const size = Math.ceil(body.length / SLOW_PARTS);
  let sent = 0;
  const next = (): void => {
    if (res.destroyed) return;
    const part = body.subarray(sent, sent + size);
    sent += part.length;
    if (sent >= body.length) return void res.end(part);
    res.write(part);
    setTimeout(next, SLOW_PART_MS);
  };
  setTimeout(next, SLOW_PART_MS);
}
