// Helpers of the sandbox suites: the haso-mock bin as a real process, signed calls with a session header.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { TEST_CREDENTIALS } from '../src/index.js';
import { type Answer, type Body, post, sign } from './helpers.js';

export const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface CliMock {
  readonly url: string;
  readonly child: ChildProcess;
  /** What the process printed so far. */
  readonly output: () => string;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

/** Starts `haso-mock --port 0` with extra flags and resolves once it listens. */
export async function startCli(args: readonly string[]): Promise<CliMock> {
  const child = spawn(process.execPath, [bin, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const onData = () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`haso-mock exited with ${code}: ${output}`)));
  });
  const exited = once(child, 'exit');
  return {
    url,
    child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs `haso-mock` with flags that make it fail at startup; resolves to its exit code and stderr. */
export async function failingCli(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [bin, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout!.resume();
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stderr };
}

/** A JSON POST signed with the test credentials (merchantId filled), in a sandbox session when given. */
export function call(url: string, path: string, operationId: string, body: Body, session?: string): Promise<Answer> {
  const full = sign(operationId, { merchantId: TEST_CREDENTIALS.merchantId, ipAddress: '85.105.12.34', ...body });
  return post(url, path, full, session === undefined ? {} : { headers: { 'x-haso-mock-session': session } });
}

/** `Data` of a successful envelope (fails the test otherwise). */
export function dataOf(answer: Answer): Record<string, unknown> {
  const envelope = answer.json() as { Success: boolean; Data: Record<string, unknown> };
  if (answer.status !== 200 || envelope.Success !== true)
    throw new Error(`not a success: ${answer.status} ${answer.text}`);
  return envelope.Data;
}

/** A hasoAuthSendInfo input (without merchantId and requestToken) for the customer with this tckn. */
export const customer = <Extra extends Body = Record<never, never>>(tckn: string, extra?: Extra) => ({
  shopperName: 'Ayşe',
  shopperSurname: 'Yılmaz',
  tckn,
  mobileNumber: '5161112233',
  email: 'ayse@example.com',
  dealerSegment: 'GOLD',
  birthDate: '1985-04-12',
  testOn: true,
  ...(extra as Extra),
});

/** The limit-flow paths. */
export const PATHS = {
  hasoAuthSendInfo: '/RequestV2/HasoAuthSendInfo',
  sendKkbPinCode: '/RequestV2/SendKkbPinCode',
  askKkbReportResult: '/RequestV2/AskKkbReportResult',
  reSendKkbPin: '/RequestV2/ReSendKkbPin',
  getCustomerInformation: '/Index/GetCustomerInformation',
} as const;

/** Calls one limit-flow operation by name. */
export function flowCall(url: string, operationId: keyof typeof PATHS, body: Body, session?: string): Promise<Answer> {
  return call(url, PATHS[operationId], operationId, body, session);
}
