// Calls a FrontExtension from the front server: Prism's answer to a checked call is buffered and offered to
// `answer`; a request to a path that is no operation goes to `route` (body read with the front's bound).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ParsedAnswer } from '../answer-parser.js';
import { mockError, sendJson } from '../answers.js';
import type { CheckedCall, FrontAnswer, FrontExtension } from '../front-extension.js';
import { relay, requestHead } from '../proxy.js';
import { BodyTooLargeError, readBody } from '../read-body.js';
import type { UpstreamPool } from '../upstream-pool.js';
import { prismProblems } from './prism-problems.js';

/** An extension that may also replace Prism's 422 to a browser form post (the sandbox's failure page). */
export interface AdaptedExtension extends FrontExtension {
  rejectedFormPost?(operationId: string, problems: readonly string[]): FrontAnswer | undefined;
}

export interface ForwardCall {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly raw: Buffer;
  readonly prefer: string | undefined;
  readonly upstream: UpstreamPool;
  readonly call: Omit<CheckedCall, 'prism'>;
  readonly setLabel: (label: string) => void;
}

/** Forwards to Prism like forwardToPrism, then lets the extension replace a 2xx (or a form post's 422) answer. */
export function forwardThroughExtension(extension: AdaptedExtension, forward: ForwardCall): void {
  const { req, res, call } = forward;
  const head = requestHead(req, forward.raw.length, forward.prefer, forward.upstream);
  forward.upstream.request(
    head,
    forward.raw,
    (error, answer) => {
      if (!answer) return failed(res, `Prism did not answer (${error?.code ?? 'ECONNRESET'})`, 502);
      const prism = frontAnswerOf(answer);
      if (answer.status === 422 && extension.rejectedFormPost) {
        const page = extension.rejectedFormPost(call.operationId, prismProblems(answer.body));
        if (page) {
          forward.setLabel('sandbox:failure-page');
          return send(res, page);
        }
      }
      if (answer.status < 200 || answer.status > 299 || !extension.answer) return relay(answer, res);
      extension.answer({ ...call, prism }).then(
        (replaced) => {
          if (!replaced) return relay(answer, res);
          forward.setLabel(replaced.label);
          send(res, replaced.answer);
        },
        (thrown: unknown) => failed(res, `internal error (${thrown instanceof Error ? thrown.name : 'error'})`, 500),
      );
    },
    { noBody: req.method === 'HEAD' },
  );
}

/** Reads the body of a request to a non-operation path and offers it to `route`; `notFound` when it is not its own. */
export function routeThroughExtension(
  extension: FrontExtension,
  req: IncomingMessage,
  res: ServerResponse,
  limit: number,
  notFound: () => void,
): void {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  readBody(req, limit)
    .then((body) =>
      extension.route!({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
      }),
    )
    .then(
      (answer) => (answer ? send(res, answer) : notFound()),
      (thrown: unknown) =>
        thrown instanceof BodyTooLargeError
          ? failed(res, thrown.message, 413)
          : failed(res, `cannot answer (${thrown instanceof Error ? thrown.name : 'error'})`, 500),
    );
}

function frontAnswerOf(answer: ParsedAnswer): FrontAnswer {
  const headers: Record<string, string> = {};
  for (let i = 0; i < answer.headers.length; i += 2) headers[answer.headers[i]!.toLowerCase()] = answer.headers[i + 1]!;
  return { status: answer.status, headers, body: answer.body };
}

function send(res: ServerResponse, answer: FrontAnswer): void {
  if (res.headersSent || res.destroyed) return void res.destroy();
  const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
  for (const [name, value] of Object.entries(answer.headers)) {
    if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection') res.setHeader(name, value);
  }
  res.setHeader('content-length', body.length);
  res.writeHead(answer.status);
  res.end(body);
}

function failed(res: ServerResponse, message: string, status: number): void {
  if (res.headersSent || res.destroyed) return void res.destroy();
  sendJson(res, status, mockError(message));
}
