#!/usr/bin/env node
// Figure 4: the mock (token-checking front server + Prism) versus bare Prism on the same spec, over loopback, with
// autocannon: the same correctly signed POST body to each, alternating rounds, bounded in time and connections.
// The goal is the stateless mock's (`--stateless`); the sandbox mode's ratio (the default mode) is printed beside it.
// Standalone: node tools/bench/mock-http.mjs [--seconds 5] [--rounds 2] [--connections 50]
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { createSigner } from '@haso-toolkit/signing';
import { specPath } from '@haso-toolkit/spec/load';
import autocannon from 'autocannon';
import { answers, freePort, startNode } from './lib/processes.mjs';
import { isMain, printFigure } from './lib/report.mjs';

export const GOAL = 1;
/** The sandbox mode's goal (it reads and writes its state on every call). */
export const SANDBOX_GOAL = 0.8;
const require = createRequire(import.meta.url);
const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
const mockCli = fileURLToPath(new URL('../../packages/mock/dist/cli.js', import.meta.url));
const PATH = '/RequestV2/ReSendKkbPin';

/** The request every server gets: reSendKkbPin signed with the mock's test credentials. */
function signedBody() {
  const { merchantId, merchantSalt, hmacKey } = TEST_CREDENTIALS;
  const body = { merchantId, ipAddress: '85.105.12.34', kkbRefNo: 'KKB-20261123-0001' };
  body.requestToken = createSigner({ merchantSalt, hmacKey }).sign('reSendKkbPin', body);
  return JSON.stringify(body);
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

/** The ratio of two summaries' requests per second. */
const ratioOf = (a, b) => Math.round((a.requestsPerSecond / b.requestsPerSecond) * 100) / 100;

/** Measures figure 4. */
export async function measure({ seconds = 2, rounds = 5, connections = 50, warmupSeconds = 4 } = {}) {
  const body = signedBody();
  const started = [];
  const startMockCli = async (flags) => {
    const port = await freePort();
    const mock = await startNode([mockCli, '--port', String(port), '--quiet', ...flags], {
      label: 'haso-mock',
      ready: (output) => /listening on (http:\/\/\S+)/.exec(output)?.[1],
    });
    started.push(mock);
    return mock.value;
  };
  try {
    const targets = { mock: await startMockCli(['--stateless']), sandbox: await startMockCli([]) };
    const prismPort = await freePort();
    const prismUrl = `http://127.0.0.1:${prismPort}`;
    const prismArgs = [prismCli, 'mock', specPath, '--host', '127.0.0.1', '--port', String(prismPort), '--no-cors'];
    const prism = await startNode([...prismArgs, '--verboseLevel', 'error'], {
      label: 'bare Prism',
      ready: async () => ((await answers(prismUrl)) ? prismUrl : undefined),
    });
    started.push(prism);
    targets.prism = prism.value;
    const names = Object.keys(targets);
    const expected = {};
    for (const name of names) expected[name] = await probe(targets[name], body);
    const results = Object.fromEntries(names.map((name) => [name, []]));
    for (const name of names) await load(targets[name], body, expected[name], { seconds: warmupSeconds, connections });
    for (let round = 0; round < rounds; round++) {
      // Each round starts with another target, so that no target always runs first or last.
      const order = names.map((_, i) => names[(i + round) % names.length]);
      for (const name of order)
        results[name].push(await load(targets[name], body, expected[name], { seconds, connections }));
    }
    const summary = Object.fromEntries(names.map((name) => [name, summarize(results[name])]));
    const ratio = ratioOf(summary.mock, summary.prism);
    const sandboxRatio = ratioOf(summary.sandbox, summary.prism);
    const clean = names.every((name) => summary[name].errors === 0);
    const roundRatios = (name) =>
      results[name].map((r, i) => {
        const bare = results.prism[i];
        return Math.round((r.requests.total / r.duration / (bare.requests.total / bare.duration)) * 100) / 100;
      });
    return {
      id: 'mock-http',
      title: 'Mock (token check + Prism) vs bare Prism (requests/s)',
      value: ratio,
      unit: '×',
      display: `${ratio}× stateless (sandbox mode ${sandboxRatio}×)`,
      goal: `stateless ≥ ${GOAL}× (sandbox ≥ ${SANDBOX_GOAL}×), 0 errors`,
      met: ratio >= GOAL && sandboxRatio >= SANDBOX_GOAL && clean,
      hard: !clean, // errors fail the bench; the ratios are timing goals
      details: {
        mockVsBare: ratio,
        sandboxVsBare: sandboxRatio,
        mock: summary.mock,
        sandbox: summary.sandbox,
        bare: summary.prism,
        connections,
        secondsPerRound: seconds,
        rounds,
        warmupSeconds,
        roundRatios: roundRatios('mock'),
        sandboxRoundRatios: roundRatios('sandbox'),
        request: `POST ${PATH} (${Buffer.byteLength(body)} B JSON, signed with TEST_CREDENTIALS)`,
      },
    };
  } finally {
    for (const process of started.reverse()) await process.stop();
  }
}

if (isMain(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const numbers = Object.fromEntries(
    Object.entries(values)
      .filter(([k, v]) => k !== 'json' && v !== undefined)
      .map(([k, v]) => [k, Number(v)]),
  );
  printFigure(await measure(numbers));
}
