#!/usr/bin/env node
// Usage: node tools/start/start.mjs [--mock-port 4010] [--docs-port 8080] [--host 127.0.0.1]
// Starts the Haso mock (Prism behind the token-checking front) and the offline docs site; Ctrl-C stops both.
import { parseArgs } from 'node:util';
import { serveDocs } from '@haso-toolkit/docs';
import { startMock, TEST_CREDENTIALS } from '@haso-toolkit/mock';

const { values } = parseArgs({
  options: {
    'mock-port': { type: 'string', default: process.env.HASO_MOCK_PORT ?? '4010' },
    'docs-port': { type: 'string', default: process.env.HASO_DOCS_PORT ?? '8080' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

let mock;
let docs;
try {
  mock = await startMock({ port: Number(values['mock-port']), host: values.host });
  docs = await serveDocs({ port: Number(values['docs-port']), host: values.host });
} catch (error) {
  console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
  await mock?.close();
  process.exit(1);
}

// The mock's credentials are public test values (packages/mock/README.md), never a merchant's real salt.
console.log(
  `Haso mock   ${mock.url}   (test credentials: merchantId ${TEST_CREDENTIALS.merchantId}, salt ${TEST_CREDENTIALS.merchantSalt})`,
);
console.log(`Docs site   ${docs.url}`);
console.log('Ctrl-C stops both.');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([mock.close(), docs.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
