#!/usr/bin/env node
// The `haso-mock` command: parses options, starts the mock (or lists scenarios), and stops both processes on
// SIGINT/SIGTERM. Errors are one line on stderr with a distinct exit code (see --help).
import { readFileSync } from 'node:fs';
import { HELP, parseCliOptions, UsageError } from './cli-options.js';
import { MockStartError, type MockStartErrorCode } from './errors.js';
import { defaultSpecPath } from './paths.js';
import { SandboxStartError } from './sandbox/state-codec.js';
import { formatScenarioList } from './scenario-list.js';
import { loadSpecCatalog } from './spec-catalog.js';
import { type RunningMock, startMock } from './start-mock.js';

const EXIT_CODES: Record<MockStartErrorCode, number> = {
  PORT_IN_USE: 3,
  LISTEN_FAILED: 3,
  SPEC_MISSING: 4,
  SPEC_INVALID: 4,
  PRISM_FAILED: 5,
  PRISM_TIMEOUT: 5,
};

function fail(message: string, code: number): never {
  process.stderr.write(`haso-mock: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env);
  if (options.command === 'help') return void process.stdout.write(HELP);
  if (options.command === 'version') {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return void process.stdout.write(`${pkg.version}\n`);
  }
  if (options.command === 'list-scenarios') {
    const { scenarios } = loadSpecCatalog(options.specPath ?? defaultSpecPath);
    process.stdout.write(options.json ? `${JSON.stringify(scenarios, null, 2)}\n` : formatScenarioList(scenarios));
    return;
  }
  // The handlers come first: a signal that arrives at any point after this is a clean stop, never Node's default
  // action (which would end the process before Prism is stopped).
  let mock: RunningMock | undefined;
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1); // a second Ctrl-C: the exit hook still kills Prism's process group
    stopping = true;
    if (mock) void mock.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  mock = await startMock({
    port: options.port,
    host: options.host,
    verify: options.verify,
    credentials: options.credentials,
    quiet: options.quiet,
    prismErrors: options.prismErrors,
    ...options.sandbox,
    ...(options.specPath ? { specPath: options.specPath } : {}),
    ...(options.latency ? { latency: options.latency } : {}),
    onPrismLost: () => void mock?.close().finally(() => process.exit(1)),
  });
  if (stopping) {
    await mock.close(); // a signal came while Prism was starting
    process.exit(0);
  }
  const check = options.verify
    ? `requestTokens checked for merchantId ${options.credentials.merchantId}`
    : 'requestTokens NOT checked (--no-verify)';
  console.log(
    `haso-mock: listening on ${mock.url} (Prism pid ${mock.prismPid}; ${check}; ${options.sandbox.stateless ? 'stateless' : 'sandbox'}; scenarios: GET /__scenarios)`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) fail(`${error.message} (see --help)`, 2);
  if (error instanceof MockStartError) fail(error.message, EXIT_CODES[error.code]);
  if (error instanceof SandboxStartError) fail(error.message, 6);
  fail(error instanceof Error ? error.message : String(error), 1);
});
