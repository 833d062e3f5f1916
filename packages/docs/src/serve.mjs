#!/usr/bin/env node
// Usage: node src/serve.mjs [--port 8080] [--host 127.0.0.1]
// Serves the built docs site until Ctrl-C.
import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT, serveDocs } from './serve-docs.mjs';

/** @param {string} text */
function parsePort(text) {
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0-65535, got ${text}`);
  return port;
}

try {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', short: 'p', default: process.env.HASO_DOCS_PORT ?? String(DEFAULT_PORT) },
      host: { type: 'string', default: DEFAULT_HOST },
    },
  });
  const docs = await serveDocs({ port: parsePort(values.port), host: values.host });
  console.log(`Docs site   ${docs.url}   (Ctrl-C stops it)`);
  const stop = () => docs.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
