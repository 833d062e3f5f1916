#!/usr/bin/env node
// Usage: pnpm --filter @haso-toolkit/bench bench   (or: node tools/bench/signing-path.mjs)
// Measures, in one run against an in-process stub fetch, a plain openapi-fetch POST (body already signed), the
// client's signed call (validate → fill → sign the object → JSON.stringify once → envelope check), and openapi-fetch
// with the re-parsing signing middleware; prints ops/s and the ratios.
import { createHasoClient } from '@haso-toolkit/client';
import { createSigner, createSigningMiddleware } from '@haso-toolkit/signing';
import createClient from 'openapi-fetch';
import { Bench } from 'tinybench';

const merchantId = '100001';
const merchantSalt = 'haso-mock-salt';
const ipAddress = '85.105.12.34';
const baseUrl = 'http://127.0.0.1:4010';
const path = '/RequestV2/ReSendKkbPin';
const answer = JSON.stringify({ Success: true, Errors: null, Data: { KkbRefNo: 'KKB-1', Message: 'RS100' } });

/** Reads the request body like a real fetch would send it, and answers with a fixed envelope. */
const fetch = async (request) => {
  await request.text();
  return new Response(answer, { status: 200, headers: { 'Content-Type': 'application/json' } });
};

const signer = createSigner({ merchantSalt });
const presigned = { merchantId, ipAddress, kkbRefNo: 'KKB-20261123-0001' };
presigned.requestToken = signer.sign('reSendKkbPin', presigned);

const plain = createClient({ baseUrl, fetch });
const haso = createHasoClient({ baseUrl, merchantId, merchantSalt, ipAddress, fetch });
const withMiddleware = createClient({ baseUrl, fetch });
withMiddleware.use(createSigningMiddleware(signer, { merchantId, ipAddress }));

const bench = new Bench({ time: Number(process.env.BENCH_TIME_MS ?? 1500), warmupTime: 300 });
bench
  .add('openapi-fetch POST (pre-signed body)', async () => {
    const { data } = await plain.POST(path, { body: presigned });
    if (!data.Success) throw new Error('unexpected');
  })
  .add('client.reSendKkbPin (validate + sign before serialization)', async () => {
    await haso.reSendKkbPin({ kkbRefNo: 'KKB-20261123-0001' });
  })
  .add('openapi-fetch + createSigningMiddleware (re-parse)', async () => {
    const { data } = await withMiddleware.POST(path, { body: { kkbRefNo: 'KKB-20261123-0001' } });
    if (!data.Success) throw new Error('unexpected');
  });

await bench.run();

const rows = bench.tasks.map((task) => ({
  task: task.name,
  'ops/s': Math.round(task.result.throughput.mean),
  'mean µs': Number((task.result.latency.mean * 1000).toFixed(1)),
  'p50 µs': Number((task.result.latency.p50 * 1000).toFixed(1)),
  '±rme %': Number(task.result.latency.rme.toFixed(2)),
  samples: task.result.latency.samplesCount,
}));
console.table(rows);
const ratio = (slow, fast) =>
  `${(rows[fast]['ops/s'] / rows[slow]['ops/s']).toFixed(2)}x by ops/s, ` +
  `${(rows[slow]['p50 µs'] / rows[fast]['p50 µs']).toFixed(2)}x by median latency`;
console.log(`client / plain openapi-fetch:     ${ratio(1, 0)}`);
console.log(`middleware / plain openapi-fetch: ${ratio(2, 0)}`);
console.log(`middleware / client:              ${ratio(2, 1)}`);
