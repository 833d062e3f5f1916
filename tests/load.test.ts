// Load on the mock over loopback: 10,000 signed requests at 50 connections, every answer checked; then the same
// load with forged tokens, every answer the invalid-token envelope. Counts only, never timings; the requests count in
// the run's figures.
import { type RunningMock, startMock, TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { createSigner } from '@haso-toolkit/signing';
import { nodeCryptoProvider } from '@haso-toolkit/signing/node';
import { findOperation } from '@haso-toolkit/spec/reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count } from './support/figures.mjs';
import { runLoad } from './support/load-runner.js';
import { componentExample, type ExampleEnvelope, firstExample, spec } from './support/spec-examples.js';

const TOTAL = 10_000;
const CONNECTIONS = 50;
const OPERATION = 'reSendKkbPin';
const { path } = findOperation(spec, OPERATION);
const signer = createSigner({ merchantSalt: TEST_CREDENTIALS.merchantSalt, provider: nodeCryptoProvider });
const wrongSigner = createSigner({ merchantSalt: 'not-the-mock-salt', provider: nodeCryptoProvider });

let mock: RunningMock;

beforeAll(async () => {
  mock = await startMock({ port: 0, quiet: true, stateless: true }); // every answer the spec's example
});

afterAll(async () => {
  await mock?.close();
});

type Body = Record<string, unknown>;

/** A valid body of request `i`: its own kkbRefNo and IP, so no two requests are alike. */
function validBody(i: number): Body {
  const body: Body = {
    merchantId: TEST_CREDENTIALS.merchantId,
    ipAddress: `10.0.${(i >> 8) & 255}.${i & 255}`,
    kkbRefNo: `KKB-LOAD-${String(i).padStart(6, '0')}`,
  };
  body.requestToken = signer.sign(OPERATION, body);
  return body;
}

/**
 * Five ways to forge, in turn: a flipped token character, the wrong salt, the body changed after signing, no token,
 * another merchant's correctly signed body.
 */
function forgedBody(i: number): Body {
  const body = validBody(i);
  const token = body.requestToken as string;
  switch (i % 5) {
    case 0: {
      const at = i % 43;
      return { ...body, requestToken: token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1) };
    }
    case 1:
      return { ...body, requestToken: wrongSigner.sign(OPERATION, body) };
    case 2:
      return { ...body, kkbRefNo: `${body.kkbRefNo as string}X` };
    case 3: {
      const { requestToken: _dropped, ...rest } = body;
      return rest;
    }
    default: {
      const other = { ...body, merchantId: '100002' };
      return { ...other, requestToken: signer.sign(OPERATION, other) };
    }
  }
}

/** Checks answers against one envelope, parsing each distinct answer text once. */
function answersWith(expected: ExampleEnvelope) {
  const verdicts = new Map<string, boolean>();
  return (status: number, text: string) => {
    let right = verdicts.get(text);
    if (right === undefined) {
      try {
        right = JSON.stringify(JSON.parse(text)) === JSON.stringify(expected);
      } catch {
        right = false;
      }
      verdicts.set(text, right);
    }
    return status === 200 && right;
  };
}

describe(`load on the mock: ${TOTAL} requests at ${CONNECTIONS} connections`, () => {
  const success = firstExample(OPERATION, 'success').envelope;
  const invalidToken = componentExample('InvalidRequestToken');

  it.each([
    ['signed requests: every answer is the success envelope', validBody, success],
    ['forged tokens: every answer is the invalid-token envelope', forgedBody, invalidToken],
  ] as const)('%s', { timeout: 120_000 }, async (_, body, expected) => {
    expect(expected.Success).toBe(body === validBody);
    const result = await runLoad({
      baseUrl: mock.url,
      path,
      total: TOTAL,
      connections: CONNECTIONS,
      body,
      isRight: answersWith(expected),
    });
    count('requests', result.sent);
    expect(result.samples, 'first errors / wrong answers').toEqual([]);
    expect({ sent: result.sent, answered: result.answered, errors: result.errors, wrong: result.wrong }).toEqual({
      sent: TOTAL,
      answered: TOTAL,
      errors: 0,
      wrong: 0,
    });
  });
});
