/** Base class of every error this package throws. Messages never contain the merchant salt or the HMAC key. */
export class HasoMockError extends Error {
  override readonly name: string = 'HasoMockError';
}

/**
 * Why the mock could not start:
 * - `PORT_IN_USE`: the public port is taken;
 * - `LISTEN_FAILED`: the front server cannot listen for another reason (address not available, permission);
 * - `SPEC_MISSING`: the bundled spec file does not exist;
 * - `SPEC_INVALID`: the spec file is not a usable OpenAPI document;
 * - `PRISM_FAILED`: the Prism child process exited during startup;
 * - `PRISM_TIMEOUT`: Prism did not answer on its port within the startup timeout.
 */
export type MockStartErrorCode =
  | 'PORT_IN_USE'
  | 'LISTEN_FAILED'
  | 'SPEC_MISSING'
  | 'SPEC_INVALID'
  | 'PRISM_FAILED'
  | 'PRISM_TIMEOUT';

/** The mock could not start; `code` says why (the CLI maps it to its exit code). */
export class MockStartError extends HasoMockError {
  override readonly name = 'MockStartError';
  constructor(
    readonly code: MockStartErrorCode,
    message: string,
  ) {
    super(message);
  }
}
