// What `@haso-toolkit/client/core` exports apart from the runtime-dependent `createHasoCore` (see core-entry*.ts).

export type { ResponseData } from '@haso-toolkit/types';
export type { HasoPromise, WithResponse } from './call-promise.js';
export type { CodeEntry, CodeKind } from './code-types.js';
export {
  type FoundCode,
  HasoApiError,
  HasoError,
  type HasoErrorOptions,
  HasoHttpError,
  HasoNetworkError,
  HasoResponseShapeError,
  HasoResponseTooLargeError,
  HasoTimeoutError,
  HasoValidationError,
} from './errors.js';
export type { HasoFetch, HasoFetchInit } from './exchange.js';
export type { HasoLogger, LogLevel } from './log.js';
export type { AttemptEvent, ErrorEvent, HasoHooks, RequestEvent, ResponseEvent } from './observe.js';
export type { CompactSchema, OperationKind, OperationRoute } from './operation-types.js';
export { type RetryOptions, type RetryPolicy, type RetryQuestion, retryPolicy } from './retry.js';
export type {
  CallArguments,
  CallableOperation,
  CallableOperationId,
  CallOptions,
  HasoClientConfig,
  HasoClientOptions,
  HasoCore,
  HasoCoreOptions,
  OperationInput,
} from './types.js';
