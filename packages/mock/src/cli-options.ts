import { parseArgs } from 'node:util';
import { type MockCredentials, TEST_CREDENTIALS } from './credentials.js';
import { FAULT_NAMES } from './faults.js';
import { type LatencyRange, parseLatency } from './latency.js';
import { SANDBOX_ARGS, SANDBOX_HELP, type SandboxStartOptions, sandboxCliOptions } from './sandbox/options.js';

/** What the command line asks for. */
export interface CliOptions {
  readonly command: 'serve' | 'list-scenarios' | 'help' | 'version';
  readonly port: number;
  readonly host: string;
  readonly verify: boolean;
  readonly credentials: MockCredentials;
  readonly specPath: string | undefined;
  readonly quiet: boolean;
  readonly json: boolean;
  readonly prismErrors: boolean;
  readonly latency: LatencyRange | undefined;
  readonly sandbox: SandboxStartOptions;
}

/** A command-line mistake (exit code 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `haso-mock --help`. */
export const HELP = `Usage: haso-mock [options]

Starts a local Haso API mock: Prism serving the toolkit's OpenAPI spec behind a front server that checks
requestTokens like Haso and picks Haso's sandbox scenarios.

Options:
  -p, --port <n>          public port (default 4010; 0 picks a free one)
      --host <address>    interface to listen on (default 127.0.0.1)
      --no-verify         do not check requestTokens (accept any, or no, token and any merchantId)
      --merchant-id <id>  merchantId the mock accepts (default ${TEST_CREDENTIALS.merchantId})
      --salt <salt>       merchant salt tokens are checked with (default: the README's test salt)
      --hmac-key <key>    HMAC key (default: the salt)
      --spec <file>       OpenAPI bundle to serve (default: @haso-toolkit/spec's bundle)
      --errors            Prism's --errors (an example violating its schema becomes an error answer)
      --latency <ms>      delay every answer of an operation: 300, or 200-800 drawn uniformly (at most 60000)
  -q, --quiet             no per-request log lines
      --list-scenarios    print every operation's named examples and body scenarios, then exit (--json for JSON)
  -h, --help              this text
  -v, --version           the package version

Per request, in the Prefer header: example=<name>, delay=<ms>, fault=<${FAULT_NAMES.join('|')}>.
Routes of the mock itself: GET /__scenarios; GET, DELETE /__mock/requests (the last requests);
GET, POST, DELETE /__mock/faults (POST {"operationId", "fault", "count"}: a fault for the next calls).

${SANDBOX_HELP}
Environment (the options win): HASO_MOCK_PORT, HASO_MOCK_MERCHANT_ID, HASO_MOCK_SALT, HASO_MOCK_HMAC_KEY.

Exit codes: 0 stopped by SIGINT/SIGTERM, 1 unexpected failure (Prism cannot be restarted), 2 bad arguments,
3 port in use or cannot listen, 4 spec bundle missing or invalid, 5 Prism failed to start,
6 sandbox state file or seed file invalid.
`;

/** argv parsed by node:util's parseArgs; a parse failure is a UsageError. */
function parseValues(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string' },
        'no-verify': { type: 'boolean' },
        'merchant-id': { type: 'string' },
        salt: { type: 'string' },
        'hmac-key': { type: 'string' },
        spec: { type: 'string' },
        errors: { type: 'boolean' },
        latency: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        'list-scenarios': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        ...SANDBOX_ARGS,
      },
    }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Parses argv (without node and the script) and the environment. Throws UsageError. */
export function parseCliOptions(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  const values = parseValues(argv);
  const salt = nonEmpty('--salt', values.salt ?? env.HASO_MOCK_SALT) ?? TEST_CREDENTIALS.merchantSalt;
  const hmacKey = nonEmpty('--hmac-key', values['hmac-key'] ?? env.HASO_MOCK_HMAC_KEY);
  return {
    command: values.help ? 'help' : values.version ? 'version' : values['list-scenarios'] ? 'list-scenarios' : 'serve',
    port: parsePort(values.port ?? env.HASO_MOCK_PORT ?? '4010'),
    host: nonEmpty('--host', values.host) ?? '127.0.0.1',
    verify: !values['no-verify'],
    credentials: {
      merchantId:
        nonEmpty('--merchant-id', values['merchant-id'] ?? env.HASO_MOCK_MERCHANT_ID) ?? TEST_CREDENTIALS.merchantId,
      merchantSalt: salt,
      // A custom salt without a key signs with the salt itself, like the signing package does.
      hmacKey: hmacKey ?? salt,
    },
    specPath: nonEmpty('--spec', values.spec),
    quiet: values.quiet ?? false,
    json: values.json ?? false,
    prismErrors: values.errors ?? false,
    latency: values.latency === undefined ? undefined : latencyOf(values.latency),
    sandbox: sandboxCliOptions(values, (message) => new UsageError(message)),
  };
}

function latencyOf(text: string): LatencyRange {
  try {
    return parseLatency(text);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(`--port must be an integer from 0 to 65535, got "${text}"`);
  return port;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError(`${flag} must not be empty`);
  return value;
}
