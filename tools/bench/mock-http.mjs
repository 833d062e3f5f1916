#!/usr/bin/env node
// Figure 4: the mock (token-checking front server + Prism) versus bare Prism on the same spec, over loopback, with
// autocannon: the same correctly signed POST body to both, alternating rounds, bounded in time and connections.
// The mock runs stateless (`--stateless` where the CLI has a sandbox mode); the sandbox mode's figure is to come.
// Standalone: node tools/bench/mock-http.mjs [--seconds 5] [--rounds 2] [--connections 50]
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { createSigner } from '@haso-toolkit/signing';
import { specPath } from '@haso-toolkit/spec/load';
import autocannon from 'autocannon';
import { answers, freePort, startNode } from './lib/processes.mjs';
import { isMain, printFigure } from './lib/report.mjs';

export const GOAL = 0.8;
const require = createRequire(import.meta.url);
const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
const mockCli = fileURLToPath(new URL('../../packages/mock/dist/cli.js', import.meta.url));
const PATH = '/RequestV2/ReSendKkbPin';

/** The request both servers get: reSendKkbPin signed with the mock's test credentials. */
function signedBody() {
  const { merchantId, merchantSalt, hmacKey } = TEST_CREDENTIALS;
  const body = { merchantId, ipAddress: '85.105.12.34', kkbRefNo: 'KKB-20261123-0001' };
  body.requestToken = createSigner({ merchantSalt, hmacKey }).sign('reSendKkbPin', body);
  return JSON.stringify(body);
}

/** `--stateless` when the CLI has a sandbox mode (its default), so that this figure stays the stateless front's. */
function statelessFlag() {
  const help = execFileSync(process.execPath, [mockCli, '--help'], { encoding: 'utf8' });
  return help.includes('--stateless') ? ['--stateless'] : [];
}

/** One POST, to check the server accepts the body (Success: true) and to learn the exact answer. */
async function probe(url, body) {
  const response = await fetch(url + PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  if (response.status !== 200 || JSON.parse(text).Success !== true) {
    throw new Error(`${url}${PATH} answered ${response.status} ${text.slice(0, 200)}`);
  }
  return text;
}

function load(url, body, expectBody, { seconds, connections }) {
  return autocannon({
    url: url + PATH,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    expectBody,
    connections,
    duration: seconds,
  });
}

/** Sums alternating autocannon rounds of one target. */
function summarize(results) {
  const seconds = results.reduce((sum, r) => sum + r.duration, 0);
  const ok = results.reduce((sum, r) => sum + r['2xx'], 0);
  return {
    requestsPerSecond: Math.round(results.reduce((sum, r) => sum + r.requests.total, 0) / seconds),
    p50Ms: Math.max(...results.map((r) => r.latency.p50)),
    p99Ms: Math.max(...results.map((r) => r.latency.p99)),
    requests: results.reduce((sum, r) => sum + r.requests.total, 0),
    ok,
    errors: results.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx + (r.mismatches ?? 0), 0),
    seconds,
  };
}

/** Measures figure 4. */
export async function measure({ seconds = 2, rounds = 5, connections = 50, warmupSeconds = 4 } = {}) {
  const body = signedBody();
  const mockPort = await freePort();
  const prismPort = await freePort();
  const started = [];
  try {
    const mock = await startNode([mockCli, '--port', String(mockPort), '--quiet', ...statelessFlag()], {
      label: 'haso-mock',
      ready: (output) => /listening on (http:\/\/\S+)/.exec(output)?.[1],
    });
    started.push(mock);
    const prismUrl = `http://127.0.0.1:${prismPort}`;
    const prism = await startNode(
      [prismCli, 'mock', specPath, '--host', '127.0.0.1', '--port', String(prismPort), '--no-cors', '--verboseLevel', 'error'],
      { label: 'bare Prism', ready: async () => ((await answers(prismUrl)) ? prismUrl : undefined) },
    );
    started.push(prism);
    const targets = { mock: mock.value, prism: prism.value };
    const expected = { mock: await probe(targets.mock, body), prism: await probe(targets.prism, body) };
    const results = { mock: [], prism: [] };
    for (const name of ['mock', 'prism']) await load(targets[name], body, expected[name], { seconds: warmupSeconds, connections });
    for (let round = 0; round < rounds; round++) {
      for (const name of round % 2 ? ['prism', 'mock'] : ['mock', 'prism']) {
        results[name].push(await load(targets[name], body, expected[name], { seconds, connections }));
      }
    }
    const mockSummary = summarize(results.mock);
    const prismSummary = summarize(results.prism);
    const ratio = Math.round((mockSummary.requestsPerSecond / prismSummary.requestsPerSecond) * 100) / 100;
    const clean = mockSummary.errors === 0 && prismSummary.errors === 0;
    return {
      id: 'mock-http',
      title: 'Mock (token check + Prism) vs bare Prism (requests/s)',
      value: ratio,
      unit: '×',
      goal: `≥ ${GOAL}×, 0 errors`,
      met: ratio >= GOAL && clean,
      hard: !clean, // errors fail the bench; the ratio is a timing goal
      details: {
        mock: mockSummary,
        bare: prismSummary,
        connections,
        secondsPerRound: seconds,
        rounds,
        warmupSeconds,
        roundRatios: results.mock.map(
          (r, i) => Math.round((r.requests.total / r.duration / (results.prism[i].requests.total / results.prism[i].duration)) * 100) / 100,
        ),
        request: `POST ${PATH} (${Buffer.byteLength(body)} B JSON, signed with TEST_CREDENTIALS)`,
      },
    };
  } finally {
    for (const process of started.reverse()) await process.stop();
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: { seconds: { type: 'string' }, rounds: { type: 'string' }, connections: { type: 'string' }, json: { type: 'boolean' } },
  });
  const numbers = Object.fromEntries(
    Object.entries(values).filter(([k, v]) => k !== 'json' && v !== undefined).map(([k, v]) => [k, Number(v)]),
  );
  printFigure(await measure(numbers));
}
