// What `@haso-toolkit/client/core` exports apart from the runtime-dependent `createHasoCore` (see core-entry*.ts).
export {
  type FoundCode,
  HasoApiError,
  HasoError,
  type HasoErrorOptions,
  HasoHttpError,
  HasoNetworkError,
  HasoResponseShapeError,
  HasoTimeoutError,
  HasoValidationError,
} from './errors.js';
export type { CodeEntry, CodeKind } from './code-types.js';
export type { CompactSchema, OperationKind, OperationRoute } from './operation-types.js';
export { type RetryOptions, type RetryPolicy, retryPolicy } from './retry.js';
export type {
  CallableOperation,
  CallableOperationId,
  CallArguments,
  CallOptions,
  HasoClientConfig,
  HasoClientOptions,
  HasoCore,
  HasoCoreOptions,
  OperationInput,
} from './types.js';
export type { ResponseData } from '@haso-toolkit/types';
