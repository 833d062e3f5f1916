#!/usr/bin/env node
// Figure 1: a signed SDK call over a real loopback round trip versus a bare `fetch(url, init)` of the same, already
// signed body, with openapi-fetch's POST of that body beside them, and the floor: a bare fetch doing only the
// platform work no signed call can skip (createHmac of the token string, AbortSignal.timeout, redirect: 'manual').
// One process: a node:http server on 127.0.0.1 (keep-alive) answers a fixed envelope; each round makes 300 sequential
// calls of each task, interleaved call by call in a seeded random order; the figure is the median over rounds of the
// per-call time ratio.
// Standalone: node tools/bench/sdk-call.mjs [--json]
import { createHmac, createSecretKey } from 'node:crypto';
import { createServer } from 'node:http';
import { createHasoClient } from '@haso-toolkit/client';
import { reSendKkbPin } from '@haso-toolkit/client/operations';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { createSigner } from '@haso-toolkit/signing';
import { recipes } from '@haso-toolkit/signing/recipes';
import createClient from 'openapi-fetch';
import { median, round1, round2, seededRandom, shuffled } from './lib/paired.mjs';
import { isMain, printFigure } from './lib/report.mjs';

export const GOAL = 1.1;
const { merchantId, merchantSalt } = TEST_CREDENTIALS;
const ipAddress = '85.105.12.34';
const { path } = reSendKkbPin;
const input = { kkbRefNo: 'KKB-20261123-0001' };
const answer = Buffer.from(
  JSON.stringify({ Success: true, Errors: null, Data: { KkbRefNo: 'KKB-1', Message: 'RS100' } }),
);

/** A keep-alive server answering every request, once its body is read, with the fixed envelope. */
async function startServer() {
  const server = createServer({ keepAliveTimeout: 60_000 }, (req, res) => {
    req.on('data', () => {});
    req.on('end', () => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': answer.length });
      res.end(answer);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, baseUrl: `http://127.0.0.1:${server.address().port}` };
}

const BARE = 'bare fetch(url, init), body signed beforehand';
const FLOOR = 'floor: fetch(url, init) with createHmac token, AbortSignal.timeout, redirect manual, text + JSON.parse';
const OPENAPI = 'openapi-fetch POST, body signed beforehand';
const SDK = 'haso.reSendKkbPin (validate, fill, sign, timeout, redirect and size checks, envelope)';

/** Measures figure 1: `rounds` rounds (after one warm-up round) of `calls` calls per task. */
export async function measure({ rounds = 15, calls = 300 } = {}) {
  const { server, baseUrl } = await startServer();
  const url = baseUrl + path;
  const signer = createSigner({ merchantSalt });
  const presigned = { merchantId, ipAddress, ...input };
  presigned.requestToken = signer.sign('reSendKkbPin', presigned);
  const text = JSON.stringify(presigned);
  const key = createSecretKey(Buffer.from(merchantSalt, 'utf8'));
  // The token string as the recipe orders it (every value here is a string), then the salt.
  const { fields } = recipes.reSendKkbPin;
  const floorToken = (body) =>
    createHmac('sha256', key)
      .update(fields.map((field) => body[field]).join('') + merchantSalt, 'utf8')
      .digest('base64');
  if (floorToken(presigned) !== presigned.requestToken) throw new Error('the floor signs another token string');
  const plain = createClient({ baseUrl });
  const haso = createHasoClient({ baseUrl, merchantId, merchantSalt, ipAddress });
  const tasks = [
    {
      name: BARE,
      fn: async () => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: text,
        });
        if (!(await response.json()).Success) throw new Error('unexpected answer');
      },
    },
    {
      name: FLOOR,
      fn: async () => {
        const body = { merchantId, ipAddress, ...input };
        body.requestToken = floorToken(body);
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
          redirect: 'manual',
        });
        if (!JSON.parse(await response.text()).Success) throw new Error('unexpected answer');
      },
    },
    {
      name: OPENAPI,
      fn: async () => {
        const { data } = await plain.POST(path, { body: presigned });
        if (!data.Success) throw new Error('unexpected answer');
      },
    },
    {
      name: SDK,
      fn: async () => {
        const data = await haso.reSendKkbPin(input);
        if (data.KkbRefNo !== 'KKB-1') throw new Error('unexpected answer');
      },
    },
  ];
  const perRound = Object.fromEntries(tasks.map((t) => [t.name, []]));
  const random = seededRandom();
  try {
    for (let round = -1; round < rounds; round++) {
      // Calls interleaved one by one, so load drift hits every task alike, in a new random order per call: a call
      // pays for garbage and deferred work the one before it left, and a fixed order would always put the same task
      // after the same one.
      const total = tasks.map(() => 0);
      globalThis.gc?.();
      for (let call = 0; call < calls; call++) {
        for (const index of shuffled(tasks.length, random)) {
          const started = performance.now();
          await tasks[index].fn();
          total[index] += performance.now() - started;
        }
      }
      if (round >= 0) {
        for (const [i, t] of tasks.entries()) perRound[t.name].push((total[i] * 1000) / calls);
      }
    }
  } finally {
    server.close();
    server.closeAllConnections();
  }
  const ratio = (a, b) => round2(median(perRound[a].map((us, i) => us / perRound[b][i])));
  const value = ratio(SDK, BARE);
  const openapiFetch = ratio(OPENAPI, BARE);
  const floor = ratio(FLOOR, BARE);
  return {
    id: 'sdk-call',
    title: 'Signed SDK call vs bare fetch(url, init), loopback round trip',
    value,
    unit: '×',
    display: `${value}× (floor ${floor}×, openapi-fetch POST ${openapiFetch}×)`,
    goal: `≤ ${GOAL}×`,
    met: value <= GOAL,
    details: {
      openapiFetchVsBare: openapiFetch,
      floorVsBare: floor,
      sdkVsFloor: ratio(SDK, FLOOR),
      roundRatios: perRound[SDK].map((us, i) => round2(us / perRound[BARE][i])),
      callsPerRound: calls,
      rounds,
      tasks: Object.fromEntries(tasks.map((t) => [t.name, { medianUsPerCall: round1(median(perRound[t.name])) }])),
    },
  };
}

if (isMain(import.meta.url)) printFigure(await measure());
