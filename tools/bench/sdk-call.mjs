#!/usr/bin/env node
// Figure 1: a signed SDK call versus a plain openapi-fetch POST of the same (already signed) body, both against
// the same in-process stub fetch, so only client-side work is measured. With --middleware: openapi-fetch with the
// signing package's re-parsing middleware versus the same plain POST instead (measured in its own process: a third
// task in the same process changes the JIT state of the other two).
// Standalone: node --expose-gc tools/bench/sdk-call.mjs [--middleware]
import { createHasoClient } from '@haso-toolkit/client';
import { createSigner, createSigningMiddleware } from '@haso-toolkit/signing';
import createClient from 'openapi-fetch';
import { latencyRatio, roundRatios, runPaired, throughputRatio } from './lib/paired.mjs';
import { isMain, printFigure } from './lib/report.mjs';

export const GOAL = 1.3;
const merchantId = '100001';
const merchantSalt = 'haso-mock-salt';
const ipAddress = '85.105.12.34';
const baseUrl = 'http://127.0.0.1:4010';
const path = '/RequestV2/ReSendKkbPin';
const input = { kkbRefNo: 'KKB-20261123-0001' };
const answer = JSON.stringify({ Success: true, Errors: null, Data: { KkbRefNo: 'KKB-1', Message: 'RS100' } });

/** Reads the request body like a real fetch would send it, and answers with a fixed envelope. */
const fetch = async (request) => {
  await request.text();
  return new Response(answer, { status: 200, headers: { 'Content-Type': 'application/json' } });
};

const PLAIN = 'openapi-fetch POST (body signed beforehand)';
const CLIENT = 'haso.reSendKkbPin (validate, fill, sign, timeout, envelope)';
const MIDDLEWARE = 'openapi-fetch + createSigningMiddleware';

/** Measures figure 1 (or, with `middleware`, the middleware comparison); `rounds` × `timeMs` per task. */
export async function measure({ rounds = 16, timeMs = 250, middleware = false } = {}) {
  const signer = createSigner({ merchantSalt });
  const presigned = { merchantId, ipAddress, ...input };
  presigned.requestToken = signer.sign('reSendKkbPin', presigned);
  const plain = createClient({ baseUrl, fetch });
  const plainTask = {
    name: PLAIN,
    fn: async () => {
      const { data } = await plain.POST(path, { body: presigned });
      if (!data.Success) throw new Error('unexpected answer');
    },
  };
  let subject;
  if (middleware) {
    const withMiddleware = createClient({ baseUrl, fetch });
    withMiddleware.use(createSigningMiddleware(signer, { merchantId, ipAddress }));
    subject = {
      name: MIDDLEWARE,
      fn: async () => {
        const { data } = await withMiddleware.POST(path, { body: input });
        if (!data.Success) throw new Error('unexpected answer');
      },
    };
  } else {
    const haso = createHasoClient({ baseUrl, merchantId, merchantSalt, ipAddress, fetch });
    subject = {
      name: CLIENT,
      fn: async () => {
        const data = await haso.reSendKkbPin(input);
        if (data.KkbRefNo !== 'KKB-1') throw new Error('unexpected answer');
      },
    };
  }
  const { summary, perRound } = await runPaired([plainTask, subject], { rounds, timeMs });
  const ratio = throughputRatio(perRound, PLAIN, subject.name);
  return {
    id: middleware ? 'sdk-call-middleware' : 'sdk-call',
    title: middleware
      ? 'openapi-fetch + signing middleware vs plain openapi-fetch POST (stub fetch)'
      : 'Signed SDK call vs plain openapi-fetch POST (stub fetch)',
    value: ratio,
    unit: '×',
    goal: middleware ? undefined : `≤ ${GOAL}×`,
    met: middleware ? undefined : ratio <= GOAL,
    details: {
      timePerCallRatio: ratio,
      medianLatencyRatio: latencyRatio(perRound, subject.name, PLAIN),
      roundRatios: roundRatios(perRound, PLAIN, subject.name),
      tasks: summary,
    },
  };
}

if (isMain(import.meta.url)) printFigure(await measure({ middleware: process.argv.includes('--middleware') }));
