// What every client shape shares: the options checked once, then per call fill → validate → sign → send → Data.
// `createHasoCore` is this pipeline and nothing else; `createHasoClient` adds openapi-fetch, methods, forms and flows.
import { type CryptoProvider, createTokenSigner } from '@haso-toolkit/signing';
import { HasoValidationError } from './errors.js';
import type { CodeLookup } from './find-codes.js';
import type { OperationRoute } from './operation-types.js';
import { type BodyPreparer, createBodyPreparer } from './prepare-body.js';
import type { RetryPolicy } from './retry.js';
import { createSender } from './send.js';
import { createFetchTransport, type FetchFunction, type Transport } from './transport.js';
import type { CallOptions, HasoClientConfig, HasoCoreOptions } from './types.js';

/** The options the pipeline reads (retries come resolved, as a policy, in PipelineParts). */
type PipelineOptions = Omit<HasoCoreOptions, 'retry'>;

type Body = Record<string, unknown>;

/** The parts of one client, built from its options. */
export interface Pipeline {
  /** Base URL without a trailing slash. */
  readonly root: string;
  readonly bodies: BodyPreparer;
  readonly config: HasoClientConfig;
  /** Validates, fills, signs and sends one call; resolves to `Data` or throws a HasoError. */
  call(op: OperationRoute, input?: object, options?: CallOptions): Promise<Body>;
}

/** What a client adds to the pipeline. */
export interface PipelineParts {
  /** Where HasoApiError's codes and meanings come from. */
  readonly codes: CodeLookup;
  /** When to send a failed call again (undefined: never). */
  readonly retry: RetryPolicy | undefined;
  /** Replaces the direct fetch transport (the full client routes calls through openapi-fetch while middleware is set). */
  readonly wrapTransport?: TransportWrapper;
}

/** Replaces the direct fetch transport (the full client routes calls through openapi-fetch while middleware is set). */
export type TransportWrapper = (direct: Transport, root: string, fetch: FetchFunction) => Transport;

const OPERATION_EXPECTED =
  'is not a callable operation: pass a constant from @haso-toolkit/client/operations (form posts use buildFormPost)';

/** Checks the options and builds the parts of one client. Throws TypeError (or HasoSigningError) on unusable options. */
export function createPipeline(
  options: PipelineOptions,
  defaultProvider: CryptoProvider,
  { codes, retry, wrapTransport }: PipelineParts,
): Pipeline {
  const { baseUrl, merchantId, ipAddress, timeoutMs = 30_000 } = options;
  if (typeof baseUrl !== 'string' || !/^https?:\/\//.test(baseUrl)) throw new TypeError('baseUrl must be an http(s) URL');
  if (typeof merchantId !== 'string' || merchantId === '') throw new TypeError('merchantId must be a non-empty string');
  const fetch = options.fetch ?? globalThis.fetch?.bind(globalThis);
  if (typeof fetch !== 'function') throw new TypeError('No fetch implementation: pass `fetch` to the client options');
  const provider = options.provider ?? defaultProvider;
  const signer = createTokenSigner({
    merchantSalt: options.merchantSalt,
    ...(options.hmacKey === undefined ? {} : { hmacKey: options.hmacKey }),
    ...(options.appendSalt === undefined ? {} : { appendSalt: options.appendSalt }),
    provider,
  });
  const root = baseUrl.replace(/\/+$/, '');
  const bodies = createBodyPreparer(signer, merchantId, ipAddress);
  const direct = createFetchTransport(root, fetch);
  const send = createSender(wrapTransport ? wrapTransport(direct, root, fetch) : direct, codes, { timeoutMs, retry });
  const config: HasoClientConfig = Object.freeze({
    baseUrl: root,
    merchantId,
    ipAddress,
    timeoutMs,
    retry: retry
      ? Object.freeze({ retries: retry.retries, baseDelayMs: retry.baseDelayMs, maxDelayMs: retry.maxDelayMs })
      : false,
    provider: provider.name,
  });

  return {
    root,
    bodies,
    config,
    call(op, input = {}, call = {}) {
      try {
        if (op?.kind !== 'read' && op?.kind !== 'write') {
          const id = typeof op?.operationId === 'string' ? op.operationId : '(unknown operation)';
          throw new HasoValidationError(id, '', 'operation', OPERATION_EXPECTED);
        }
        const body = bodies.fill(op, input, call.ipAddress, true);
        const signing = bodies.sign(op, body); // undefined when signed synchronously (node:crypto)
        return signing ? signing.then(() => send(op, body, call)) : send(op, body, call);
      } catch (error) {
        return Promise.reject(error); // nothing was sent: a rejection, never a synchronous throw
      }
    },
  };
}
