import type { IncomingMessage, ServerResponse } from 'node:http';

/** The headers applyCors sets (lower-case). */
export const CORS_HEADERS: ReadonlySet<string> = new Set([
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'vary',
  'access-control-expose-headers',
]);

/** CORS headers on every answer, so a browser app on any origin can call the mock directly. */
export function applyCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) {
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  res.setHeader('Access-Control-Expose-Headers', 'sl-violations');
}

/** Answers a CORS preflight (`OPTIONS`): POST with any requested header (Content-Type, Prefer…). */
export function answerPreflight(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Access-Control-Allow-Methods', 'POST, GET, OPTIONS');
  res.setHeader(
    'Access-Control-Allow-Headers',
    req.headers['access-control-request-headers'] ?? 'Content-Type, Prefer',
  );
  res.setHeader('Access-Control-Max-Age', '600');
  res.setHeader('Allow', 'POST, GET, OPTIONS');
  res.writeHead(204).end();
}
