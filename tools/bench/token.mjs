#!/usr/bin/env node
// Figure 2: our requestToken computation (recipe lookup, token string built from the body with every value checked,
// HMAC-SHA256, base64) versus a bare node:crypto createHmac over the same, already built string, for every signed
// operation (bodies of the known-answer vectors); the figure is the lowest ratio. Beside it the Web Crypto provider
// against bare crypto.subtle.sign with an imported key, for the shortest and the longest recipe.
// Standalone: node tools/bench/token.mjs [--json]
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createSigner, createWebCryptoProvider } from '@haso-toolkit/signing';
import { runPaired, throughputRatio } from './lib/paired.mjs';
import { isMain, printFigure } from './lib/report.mjs';

export const GOAL = 0.8;

/** One body per signed operation, with its salt and key (computed with openssl by tools/vectors). */
const vectors = JSON.parse(readFileSync(new URL('../vectors/known-answers.json', import.meta.url), 'utf8'));
const cases = [...new Map(vectors.map((v) => [v.operationId, v])).values()];
const WEB_CRYPTO = ['reSendKkbPin', 'hasoAuthSendInfo'];

const encoder = new TextEncoder();
/** Calls per timed iteration: a token takes a few µs, so batching keeps the clock's own cost out of the figure. */
const BATCH = 16;
const batch = (fn) => () => {
  for (let i = 0; i < BATCH; i++) fn();
};
const batchAsync = (fn) => async () => {
  for (let i = 0; i < BATCH; i++) await fn();
};

function base64(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const names = (id) => ({
  bare: `${id}: bare createHmac`,
  ours: `${id}: signer.sign (node:crypto)`,
  bareWeb: `${id}: bare crypto.subtle.sign`,
  oursWeb: `${id}: signer.signAsync (Web Crypto)`,
});

/** Measures figure 2. */
export async function measure({ rounds = 6, timeMs = 100 } = {}) {
  const tasks = [];
  for (const { operationId, body, message, merchantSalt, hmacKey, token } of cases) {
    const node = createSigner({ merchantSalt, hmacKey });
    if (node.sign(operationId, body) !== token) throw new Error(`token mismatch for ${operationId}`);
    const n = names(operationId);
    tasks.push(
      { name: n.bare, fn: batch(() => createHmac('sha256', hmacKey).update(message, 'utf8').digest('base64')) },
      { name: n.ours, fn: batch(() => node.sign(operationId, body)) },
    );
    if (!WEB_CRYPTO.includes(operationId)) continue;
    const web = createSigner({ merchantSalt, hmacKey, provider: createWebCryptoProvider() });
    const key = await crypto.subtle.importKey(
      'raw',
      encoder.encode(hmacKey),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    tasks.push(
      {
        name: n.bareWeb,
        fn: batchAsync(async () =>
          base64(new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)))),
        ),
      },
      { name: n.oursWeb, fn: batchAsync(() => web.signAsync(operationId, body)) },
    );
  }
  const { summary, perRound } = await runPaired(tasks, { rounds, timeMs });
  const ratios = {};
  for (const { operationId } of cases) {
    const n = names(operationId);
    ratios[operationId] = { node: throughputRatio(perRound, n.ours, n.bare) };
    if (WEB_CRYPTO.includes(operationId))
      ratios[operationId].webCrypto = throughputRatio(perRound, n.oursWeb, n.bareWeb);
  }
  const [lowestId, lowest] = Object.entries(ratios).reduce((a, b) => (b[1].node < a[1].node ? b : a));
  const value = lowest.node;
  return {
    id: 'token',
    title: 'Token computation vs bare node:crypto createHmac (throughput, lowest recipe)',
    value,
    unit: '×',
    display: `${value}× (${lowestId}; reSendKkbPin ${ratios.reSendKkbPin.node}×)`,
    goal: `≥ ${GOAL}× for every recipe`,
    met: value >= GOAL,
    details: { ratios, lowest: lowestId, callsPerIteration: BATCH, tasks: summary },
  };
}

if (isMain(import.meta.url)) printFigure(await measure());
