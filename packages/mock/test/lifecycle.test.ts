import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockStartError, startMock } from '../src/index.js';
import { isAlive } from './helpers.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  bin: Record<string, string>;
};
const bin = fileURLToPath(new URL(`../${pkg.bin['haso-mock']}`, import.meta.url));

let blocker: Server;
/** Stand-ins in the argument lists below: a busy port, a FIFO, a sparse file larger than the spec bound. */
const specials: Record<string, string> = {};

beforeAll(async () => {
  blocker = createServer().listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  specials.busy = String((blocker.address() as { port: number }).port);
  const dir = mkdtempSync(join(tmpdir(), 'haso-mock-'));
  specials.fifo = join(dir, 'fifo');
  execFileSync('mkfifo', [specials.fifo]);
  specials.huge = join(dir, 'huge.json');
  writeFileSync(specials.huge, '{');
  truncateSync(specials.huge, 17 * 1024 * 1024);
});
afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs the bin to completion (killed after 20 s: a bin that hangs fails the test instead of the run). */
async function run(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const guard = setTimeout(() => child.kill('SIGKILL'), 20_000);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(guard);
  return { code, stderr };
}

describe('startup errors', () => {
  it('startMock rejects a port in use with PORT_IN_USE', async () => {
    const port = Number(specials.busy);
    const error = await startMock({ port, quiet: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockStartError);
    expect(error).toMatchObject({ code: 'PORT_IN_USE', message: expect.stringContaining(String(port)) });
  });

  it('startMock rejects a missing spec bundle with SPEC_MISSING', async () => {
    const error = await startMock({ port: 0, specPath: '/nonexistent/openapi.json' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'MockStartError', code: 'SPEC_MISSING' });
  });

  it.each([
    [['--port', 'busy'], 3, /^haso-mock: port \d+ on 127\.0\.0\.1 is already in use/],
    [['--spec', '/nonexistent/openapi.json'], 4, /^haso-mock: spec bundle not found: \/nonexistent\/openapi\.json/],
    [['--port', 'x'], 2, /^haso-mock: --port must be an integer/],
    [['--nope'], 2, /^haso-mock: Unknown option '--nope'/],
    [['--spec', '/dev/zero'], 4, /^haso-mock: spec bundle is not a regular file: \/dev\/zero/],
    [['--spec', 'fifo'], 4, /^haso-mock: spec bundle is not a regular file: .*fifo/],
    [['--spec', 'huge'], 4, /^haso-mock: spec bundle is larger than 16777216 bytes: .*huge\.json/],
    [['--latency', '800-200'], 2, /^haso-mock: --latency must be whole milliseconds/],
  ])('haso-mock %j exits %i with one line on stderr', async (args, code, message) => {
    const result = await run(args.map((arg) => specials[arg] ?? arg));
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('Prism startup failure', () => {
  it('rejects with PRISM_FAILED and Prism’s reason, and frees the port', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'haso-mock-'));
    const specPath = join(dir, 'broken.json');
    // Valid enough for the front's catalog, but Prism cannot dereference it.
    const post = { operationId: 'x', responses: { 200: { $ref: '#/nope' } } };
    writeFileSync(
      specPath,
      JSON.stringify({ openapi: '3.1.0', info: { title: 'x', version: '1' }, paths: { '/x': { post } } }),
    );
    const port = await freePort();
    const error = await startMock({ port, specPath, quiet: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PRISM_FAILED', message: expect.stringContaining('#/nope') });
    const again = createServer().listen(port, '127.0.0.1');
    await once(again, 'listening');
    again.close();
  });
});

describe('haso-mock bin shutdown', () => {
  it('a SIGINT the moment the listening line appears is a clean stop (exit 0), run after run', async () => {
    for (let run = 0; run < 4; run++) {
      const child = spawn(process.execPath, [bin, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
      const exited = once(child, 'exit');
      let line = '';
      child.stdout.setEncoding('utf8').once('data', (chunk: string) => {
        line = chunk;
        child.kill('SIGINT');
      });
      const [code, signal] = await exited;
      expect({ run, code, signal }).toEqual({ run, code: 0, signal: null });
      expect(isAlive(Number(/Prism pid (\d+)/.exec(line)![1]))).toBe(false);
    }
  }, 120_000);

  it.each(['SIGTERM', 'SIGINT'] as const)('%s ends the CLI and Prism', async (signal) => {
    const child: ChildProcess = spawn(process.execPath, [bin, '--port', '0', '--quiet'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = once(child, 'exit');
    let out = '';
    child.stdout!.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: string) => {
        out += chunk;
        if (out.includes('\n')) resolve();
      });
      child.once('exit', () => reject(new Error(`haso-mock exited early: ${out}`)));
    });
    const match = /listening on (http:\/\/\S+) \(Prism pid (\d+)/.exec(out);
    expect(match).not.toBeNull();
    const prismPid = Number(match![2]);
    expect((await fetch(new URL('/__scenarios', match![1]))).status).toBe(200);
    expect(isAlive(prismPid)).toBe(true);

    child.kill(signal);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(isAlive(child.pid!)).toBe(false);
    expect(isAlive(prismPid)).toBe(false);
  });
});
