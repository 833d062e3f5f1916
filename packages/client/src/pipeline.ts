// What every client shape shares: the options checked once, then per call validate → fill → sign → send → Data.
// `createHasoCore` is this pipeline and nothing else; `createHasoClient` adds openapi-fetch, methods, forms and flows.
import type { CryptoProvider } from '@haso-toolkit/signing';
import { createTokenSigner } from '@haso-toolkit/signing/internal';
import { type HasoPromise, hasoPromise } from './call-promise.js';
import { HasoValidationError } from './errors.js';
import type { Answered, HasoFetch } from './exchange.js';
import type { CodeLookup } from './find-codes.js';
import type { NetworkFailure } from './not-sent.js';
import type { Observer } from './observe.js';
import type { OperationRoute } from './operation-types.js';
import { numberOption, parseBaseUrl, retriesOption, timerOption } from './options.js';
import { type BodyPreparer, createBodyPreparer } from './prepare-body.js';
import type { RetryPolicy } from './retry.js';
import { createSender, lowerCaseHeaders } from './send.js';
import type { CallOptions, HasoClientConfig, HasoCoreOptions } from './types.js';

/** The options the pipeline reads (retries come resolved, as a policy, in PipelineParts). */
type PipelineOptions = Omit<HasoCoreOptions, 'retry'>;

type Body = Record<string, unknown>;

/** The parts of one client, built from its options. */
export interface Pipeline {
  readonly bodies: BodyPreparer;
  /** The options as checked (`baseUrl` without a trailing slash). */
  readonly config: HasoClientConfig;
  /** The fetch the client was given (the POST escape hatch uses it too, with `config.maxResponseBytes`). */
  readonly fetch: HasoFetch;
  /** Validates, fills, signs and sends one call; resolves to `Data` or rejects with a HasoError. */
  call(op: OperationRoute, input?: unknown, options?: CallOptions): HasoPromise<Body>;
}

/** What a client adds to the pipeline. */
export interface PipelineParts {
  /** Where HasoApiError's codes and meanings come from. */
  readonly codes: CodeLookup;
  /** When to send a failed call again (undefined: never). */
  readonly retry: RetryPolicy | undefined;
  /** The observer of the options' hooks (and logger, where the entry supports one), or undefined for none. */
  readonly observe: (options: PipelineOptions) => Observer | undefined;
  /** How a failed connection is read: its code, and whether it provably never reached the origin (undefined: never). */
  readonly network?: (error: unknown, origin: URL) => NetworkFailure;
}

const OPERATION_EXPECTED = 'is not a callable operation constant (@haso-toolkit/client/operations)';
const MiB = 1024 * 1024;

/** Checks the options and builds the parts of one client. Throws TypeError (or HasoSigningError) on unusable options. */
export function createPipeline(
  options: PipelineOptions,
  defaultProvider: CryptoProvider,
  { codes, retry, observe, network }: PipelineParts,
): Pipeline {
  const { baseUrl, merchantId, ipAddress } = options;
  const origin = parseBaseUrl(baseUrl);
  if (typeof merchantId !== 'string' || merchantId === '') throw new TypeError('merchantId must be a non-empty string');
  const timeoutMs = timerOption('timeoutMs', options.timeoutMs, 30_000);
  const maxResponseBytes = numberOption('maxResponseBytes', options.maxResponseBytes, 10 * MiB, 1, 512 * MiB, true);
  const fetch = options.fetch ?? (globalThis.fetch?.bind(globalThis) as HasoFetch | undefined);
  if (typeof fetch !== 'function') throw new TypeError('fetch must be a function (no global fetch)');
  const provider = options.provider ?? defaultProvider;
  // createTokenSigner checks the credentials, undefined ones included.
  const signer = createTokenSigner({ ...(options as Required<PipelineOptions>), provider });
  const root = (baseUrl as string).replace(/\/+$/, '');
  const bodies = createBodyPreparer(signer, merchantId, ipAddress);
  const send = createSender({
    fetch,
    custom: options.fetch !== undefined,
    origin,
    network,
    maxResponseBytes,
    codes,
    root,
    timeoutMs,
    headers: { ...lowerCaseHeaders(options.defaultHeaders), 'content-type': 'application/json' },
    retry,
    observer: observe(options),
  });
  const config: HasoClientConfig = Object.freeze({
    baseUrl: root,
    merchantId,
    ipAddress,
    timeoutMs,
    maxResponseBytes,
    retry: retry
      ? Object.freeze({ retries: retry.retries, baseDelayMs: retry.baseDelayMs, maxDelayMs: retry.maxDelayMs })
      : false,
    provider: provider.name,
  });

  return {
    bodies,
    config,
    fetch,
    call(op, input = {}, call = {}) {
      let answer: Promise<Answered>;
      try {
        if (op?.kind !== 'read' && op?.kind !== 'write') {
          const id = typeof op?.operationId === 'string' ? op.operationId : '(unknown operation)';
          throw new HasoValidationError(id, '', 'operation', OPERATION_EXPECTED);
        }
        timerOption('timeoutMs', call.timeoutMs, 0);
        retriesOption('retries', call.retries, 0);
        const body = bodies.checked(op, input, call.ipAddress);
        const signing = bodies.sign(op, body); // undefined when signed synchronously (node:crypto)
        answer = signing ? signing.then(() => send(op, body, call)) : send(op, body, call);
      } catch (error) {
        answer = Promise.reject(error); // nothing was sent: a rejection, never a synchronous throw
      }
      return hasoPromise(answer);
    },
  };
}
