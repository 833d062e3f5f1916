// Runs the package bin (bin/haso.js, which runs the built dist/) as a child process, with a clean environment, and
// checks on every run that no secret (the mock's salt, and any salt or key passed) appears on stdout or stderr.
import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { loadSpec } from '@haso-toolkit/spec/load';
import { expect } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/haso.js', import.meta.url));

/** The mock's credentials as the CLI's environment variables. */
export const MOCK_ENV = {
  HASO_MERCHANT_ID: TEST_CREDENTIALS.merchantId,
  HASO_MERCHANT_SALT: TEST_CREDENTIALS.merchantSalt,
} as const;

/** The result of one run. */
export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Secrets of a run: the mock's salt always, plus the salts and keys in env and argv. */
function secretsOf(args: readonly string[], env: Record<string, string>): string[] {
  const secrets: string[] = [TEST_CREDENTIALS.merchantSalt];
  for (const name of ['HASO_MERCHANT_SALT', 'HASO_HMAC_KEY']) if (env[name]) secrets.push(env[name]);
  args.forEach((arg, i) => {
    if ((arg === '--merchant-salt' || arg === '--hmac-key') && args[i + 1]) secrets.push(args[i + 1] as string);
  });
  return secrets;
}

/** `haso <args>` with only PATH and `env` in its environment; `input` is written to stdin. */
export function haso(args: readonly string[], env: Record<string, string> = {}, input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
      // A run that never ends (an unbounded read) fails its test instead of hanging the suite.
      timeout: 15_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      for (const secret of secretsOf(args, env)) {
        expect(stdout + stderr, 'a secret was printed').not.toContain(secret);
      }
      resolve({ code, stdout, stderr });
    });
    // The bin may exit before reading all of stdin (a refused body): that is not a test failure.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** Asserts a run failed with exactly one line on stderr, and returns that line. */
export function oneLineError(run: Run, code = 2): string {
  expect(run.code).toBe(code);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^haso: /);
  return lines[0] as string;
}

/** A vector of tools/vectors/known-answers.json (computed with openssl). */
export interface Vector {
  readonly name: string;
  readonly operationId: string;
  readonly hmacKey: string;
  readonly merchantSalt: string;
  readonly body: Record<string, unknown>;
  readonly message: string;
  readonly token: string;
}

/** The signing package's known-answer vectors. */
export const vectors: readonly Vector[] = JSON.parse(
  readFileSync(new URL('../../../tools/vectors/known-answers.json', import.meta.url), 'utf8'),
);

/** The spec the CLI reads (@haso-toolkit/spec). */
export const spec = loadSpec();

/** A port nothing listens on (bound once, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** How a tiny test server checks getErrorCodes tokens: which key, and whether the salt is appended. */
export interface TokenRule {
  readonly merchantId: string;
  readonly salt: string;
  readonly key: string;
  readonly appendSalt: boolean;
}

/**
 * A node:http stand-in for Haso that accepts only ONE reading of the token scheme on /Index/GetErrorCodes
 * (computed here with node:crypto, independently of the toolkit) and answers everything else with Success: false.
 * `rule: 'any'` accepts every token (a server that does not check).
 */
export async function oneReadingServer(rule: TokenRule | 'any'): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    let text = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    request.on('end', () => {
      const answer = (value: unknown) => {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(value));
      };
      if (request.url !== '/Index/GetErrorCodes') return answer({ Success: false, Errors: ['unknown'], Data: null });
      const body = JSON.parse(text) as Record<string, string | undefined>;
      let ok = true;
      if (rule !== 'any') {
        const message = `${body.merchantId ?? ''}${body.ipAddress ?? ''}${rule.appendSalt ? rule.salt : ''}`;
        const expected = createHmac('sha256', rule.key).update(message, 'utf8').digest('base64');
        ok = body.merchantId === rule.merchantId && body.requestToken === expected;
      }
      answer(
        ok
          ? { Success: true, Errors: null, Data: { ErrorCodes: [{ errorCode: 'RS100', message: 'ok' }] } }
          : { Success: false, Errors: ['H000 Hatalı istek (test server)'], Data: null },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
