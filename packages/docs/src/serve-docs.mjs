// A tiny static file server for the built site (node:http, no dependencies), bound to 127.0.0.1 by default.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { DIST_DIR } from './paths.mjs';

/** Default port of the docs site. */
export const DEFAULT_PORT = 8080;
/** Default interface: loopback only. */
export const DEFAULT_HOST = '127.0.0.1';

/** @type {Readonly<Record<string, string>>} */
const TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
});

/** Thrown when the site has not been built (no index.html in the root). */
export class DocsNotBuiltError extends Error {
  /** @param {string} root */
  constructor(root) {
    super(`No built docs site in ${root}: run the docs build first (npx -y pnpm@10.34.9 run docs).`);
    this.name = 'DocsNotBuiltError';
    this.root = root;
  }
}

/**
 * @typedef {object} ServeDocsOptions
 * @property {number} [port]  default 8080; 0 picks a free port
 * @property {string} [host]  default 127.0.0.1
 * @property {string} [root]  folder to serve (default: the package's dist/)
 */
/**
 * @typedef {object} DocsServer
 * @property {string} url          e.g. `http://127.0.0.1:8080/`
 * @property {number} port
 * @property {() => Promise<void>} close  stops listening and ends open connections
 */

/**
 * Serves the built site. Resolves once listening; rejects when the site is not built or the port is taken.
 * @param {ServeDocsOptions} [options]
 * @returns {Promise<DocsServer>}
 */
export async function serveDocs({ port = DEFAULT_PORT, host = DEFAULT_HOST, root = DIST_DIR } = {}) {
  const base = resolve(root);
  const index = await stat(join(base, 'index.html')).catch(() => undefined);
  if (!index?.isFile()) throw new DocsNotBuiltError(base);

  const server = createServer((request, response) => {
    handle(base, request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('internal error\n');
    });
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose(undefined));
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {string} base
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function handle(base, request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    response.end('method not allowed\n');
    return;
  }
  const file = resolveFile(base, request.url ?? '/');
  const info = file ? await stat(file).catch(() => undefined) : undefined;
  if (!file || !info?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('not found\n');
    return;
  }
  response.writeHead(200, {
    'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'content-length': info.size,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

/**
 * The file a URL path maps to, or undefined when it escapes the root. `/` and folders map to index.html.
 * @param {string} base
 * @param {string} url
 * @returns {string | undefined}
 */
export function resolveFile(base, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  const target = normalize(join(base, pathname));
  if (target !== base && !target.startsWith(base + sep)) return undefined;
  return pathname.endsWith('/') ? join(target, 'index.html') : target;
}
