// Public types of the client, derived from the generated operation table and @haso-toolkit/types: nothing here is
// written per endpoint.
import type { CryptoProvider, LooseRecipe } from '@haso-toolkit/signing';
import type { components, OperationId, paths, RequestBody, ResponseData } from '@haso-toolkit/types';
import type { Client, Middleware } from 'openapi-fetch';
import type { HasoPromise } from './call-promise.js';
import type { CodeEntry } from './code-types.js';
import type { HasoFetch } from './exchange.js';
import type { FormHtmlOptions, FormPost } from './form-post.js';
import type { operations } from './generated/operations.js';
import type { LimitFlowOptions } from './limit-flow.js';
import type { HasoLogger, LogLevel } from './log.js';
import type { HasoHooks } from './observe.js';
import type { OperationRoute } from './operation-types.js';
import type { RetryOptions, RetryPolicy } from './retry.js';

type Table = typeof operations;

/** Operations that are browser form posts (ServletV2): built with `buildFormPost`, never fetched. */
export type FormOperationId = { [K in keyof Table]: Table[K]['kind'] extends 'form' ? K : never }[keyof Table];

/** Operations the client calls over HTTP (one method each). */
export type CallableOperationId = Exclude<keyof Table & OperationId, FormOperationId>;

/** Fields the client fills in itself; they are not asked of the caller. */
export type FilledField = 'merchantId' | 'MerchantId' | 'requestToken';

/** `B` without the fields the client fills (keeps index signatures, unlike `Omit`). */
export type WithoutFilled<B> = { [P in keyof B as P extends FilledField ? never : P]: B[P] };

/** What the caller passes to an operation method: the request body without merchantId and requestToken. */
export type OperationInput<K extends OperationId> = WithoutFilled<RequestBody<K>>;

/** Per-call options (numbers out of range reject with a TypeError before anything is sent). */
export interface CallOptions {
  /** Cancels the call (and its retries); the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms, 1–2^31−1 (overrides the client's `timeoutMs`). */
  timeoutMs?: number;
  /** Customer IP for this call, when the input does not carry one (overrides the client's `ipAddress`). */
  ipAddress?: string;
  /** Retry count for this call, 0–10 (overrides the client's `retry.retries`). */
  retries?: number;
  /** Headers of this call (over the client's `defaultHeaders`). */
  headers?: Readonly<Record<string, string>>;
}

/**
 * One operation method: validates, fills, signs, sends, and resolves to the typed `Data` (or rejects with a
 * HasoError); `.withResponse()` gives the Response too.
 */
export type OperationMethod<K extends CallableOperationId> =
  // biome-ignore lint/complexity/noBannedTypes: `{} extends T` asks whether every field of T is optional
  {} extends OperationInput<K>
    ? (input?: OperationInput<K>, options?: CallOptions) => HasoPromise<ResponseData<K>>
    : (input: OperationInput<K>, options?: CallOptions) => HasoPromise<ResponseData<K>>;

/**
 * An operation constant of `@haso-toolkit/client/operations` that is called over HTTP (form posts are not): its
 * path, kind, token recipe and request validator, typed by its operationId.
 */
export type CallableOperation<K extends CallableOperationId = CallableOperationId> = OperationRoute & {
  readonly operationId: K;
  readonly kind: 'read' | 'write';
};

/** The arguments of `call` after the operation: the input may be left out when no field of it is required. */
export type CallArguments<K extends CallableOperationId> =
  // biome-ignore lint/complexity/noBannedTypes: `{} extends T` asks whether every field of T is optional
  {} extends OperationInput<K>
    ? [input?: OperationInput<K>, options?: CallOptions]
    : [input: OperationInput<K>, options?: CallOptions];

/**
 * The client of `createHasoCore` (`@haso-toolkit/client/core`): the whole call pipeline (validation, signing,
 * timeouts, retries, envelope and typed errors) for the operation constants you import, and nothing else, so a
 * browser or edge bundle carries only those operations and no openapi-fetch. HasoApiError carries the codes found in
 * Haso's texts without their meanings (`describeCode` from `@haso-toolkit/client` has them).
 */
export interface HasoCore {
  /** Validates, fills, signs and sends one operation; resolves to its typed `Data` or rejects with a HasoError. */
  call<K extends CallableOperationId>(
    operation: CallableOperation<K>,
    ...args: CallArguments<K>
  ): HasoPromise<ResponseData<K>>;
  /** Settings without secrets (the core holds its secrets in closures only: JSON and inspect show none). */
  readonly config: HasoClientConfig;
}

/** One method per callable operation, named by its operationId (a mapped type over the operation table). */
export type OperationMethods = { readonly [K in CallableOperationId]: OperationMethod<K> };

type FormPath = Table[FormOperationId]['path'];
type LooseBody<B> = WithoutFilled<B> & { [P in keyof B & FilledField]?: B[P] };
type LooseOperation<O> = O extends { requestBody: { content: infer C } }
  ? Omit<O, 'requestBody'> & { requestBody: { content: { [M in keyof C]: LooseBody<C[M]> } } }
  : O;

/**
 * The spec's `paths` as the client's `POST` sees them: form paths left out, and merchantId/requestToken optional in
 * every request body (the client fills them when absent).
 */
export type ClientPaths = {
  [P in keyof paths as P extends FormPath ? never : P]: {
    [M in keyof paths[P]]: M extends 'post' ? LooseOperation<paths[P][M]> : paths[P][M];
  };
};

/** A token recipe supplied at runtime (for an operation whose recipe Haso has not published). */
export type RuntimeRecipe = Omit<LooseRecipe, 'operationId'> & { readonly operationId?: string };

/**
 * Options of `createHasoClient`. The salt and the HMAC key are kept in a closure and never exposed. `baseUrl`,
 * `merchantId` and `merchantSalt` are required; on Node they (and `hmacKey` with the salt) default to HASO_BASE_URL,
 * HASO_MERCHANT_ID, HASO_MERCHANT_SALT (HASO_HMAC_KEY), and `logLevel` to HASO_LOG.
 */
export interface HasoClientOptions extends HasoHooks {
  /** Haso's service URL (`SERVIS_URL`), e.g. `http://127.0.0.1:4010` for the mock; no user info, query or fragment. */
  baseUrl?: string;
  merchantId?: string;
  /** Merchant salt, appended to every token string; never sent, logged or printed. */
  merchantSalt?: string;
  /** HMAC key; defaults to the salt (Haso's pages do not name the key). */
  hmacKey?: string;
  /** Append the salt to the token string (default true); false: the salt is only the key (see `haso doctor`). */
  appendSalt?: boolean;
  /** Default customer IP put into bodies that have an ipAddress field. */
  ipAddress?: string;
  /** fetch implementation (default `globalThis.fetch`), called as `fetch(url, init)`. */
  fetch?: HasoFetch;
  /** Per-attempt timeout in ms, 1–2^31−1 (default 30000). */
  timeoutMs?: number;
  /** Largest answer body read, in decoded bytes, 1 to 512 MiB (default 10 MiB); past it HasoResponseTooLargeError. */
  maxResponseBytes?: number;
  /** Headers sent with every call (per call: `headers`). */
  defaultHeaders?: Readonly<Record<string, string>>;
  /** Where log lines go (default `console`). */
  logger?: HasoLogger;
  /** How much is logged (default `off`; on Node the HASO_LOG variable). */
  logLevel?: LogLevel;
  /** Retry settings, or false for none (default: 2 retries, 200 ms base, 2 s cap). */
  retry?: RetryOptions | false;
  /** Token recipes for operations without a published one (or to replace one), by operationId. */
  recipes?: { readonly [K in CallableOperationId]?: RuntimeRecipe };
  /** Crypto provider (default: node:crypto on Node, Web Crypto elsewhere). */
  provider?: CryptoProvider;
}

/**
 * Options of `createHasoCore`: those of createHasoClient, except that retries are off unless a policy is given
 * (`retry: retryPolicy()` from @haso-toolkit/client/core), so a bundle without them leaves the retry code out, and
 * that there is no `recipes`: a runtime recipe is an operation constant of your own,
 * `{ ...refundTransaction, recipe: { operationId: 'refundTransaction', fields: [...] } }`.
 */
export type HasoCoreOptions = Omit<HasoClientOptions, 'retry' | 'recipes'> & {
  /** When to send a failed call again (default: never). */
  retry?: RetryPolicy;
};

/** The client's settings, safe to print (no secrets). */
export interface HasoClientConfig {
  readonly baseUrl: string;
  readonly merchantId: string;
  readonly ipAddress: string | undefined;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly retry: Readonly<Pick<Required<RetryOptions>, 'retries' | 'baseDelayMs' | 'maxDelayMs'>> | false;
  readonly provider: string;
}

/** Input of `buildFormPost`: the form's fields without merchantId (filled by the client). */
export type FormInput<K extends FormOperationId> = WithoutFilled<RequestBody<K>>;

/** Haso's customer model (limit information). */
export type CustomerInfo = components['schemas']['CustomerInfo'];

/**
 * A Haso client: the openapi-fetch surface plus one typed method per operation (and `call`, as on `HasoCore`, so code
 * written for either client runs on the other).
 */
export interface HasoClient extends OperationMethods, HasoCore {
  /**
   * openapi-fetch's POST, typed by the spec's paths: merchantId/ipAddress are filled and requestToken computed
   * when absent (before serialization). Answers are values (`{ data, error, response }`), no validation, no retries;
   * redirects are not followed and bodies are read within `maxResponseBytes`, as for operation calls.
   */
  readonly POST: Client<ClientPaths>['POST'];
  /** Registers openapi-fetch middleware for `POST` (operation methods and `call` are observed with the hooks). */
  use(...middleware: Middleware[]): void;
  /** Unregisters openapi-fetch middleware. */
  eject(...middleware: Middleware[]): void;
  /** A ServletV2 browser form post: action URL, fields (merchantId filled, validated) and auto-submit HTML. */
  buildFormPost<K extends FormOperationId>(
    operationId: K,
    fields: FormInput<K>,
    options?: FormHtmlOptions & { ipAddress?: string },
  ): FormPost;
  /** Loads Haso's current code list (getErrorCodes, 5.17) into this client's code table; returns how many changed. */
  refreshErrorCodes(options?: CallOptions): Promise<number>;
  /** What a code means: refreshed codes first, then the documented ones. */
  describeCode(code: string): CodeEntry | undefined;
  /** Multi-step flows. */
  readonly flows: {
    /** The limit flow (see `runLimitFlow`). */
    limit(options: LimitFlowOptions): Promise<CustomerInfo>;
  };
  /** Settings without secrets. */
  readonly config: HasoClientConfig;
  toJSON(): Record<string, unknown>;
}
