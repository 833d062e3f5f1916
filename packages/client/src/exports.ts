// What `@haso-toolkit/client` exports apart from the runtime-dependent `createHasoClient` (see index.ts /
// index.node.ts): what the README documents, nothing else (test/exports.test.ts holds the list).

export type { OperationId, RequestBody, ResponseData } from '@haso-toolkit/types';
export type { HasoPromise, WithResponse } from './call-promise.js';
export type { CodeEntry, CodeKind } from './code-types.js';
export { describeCode } from './codes.js';
export {
  type FoundCode,
  HasoApiError,
  HasoError,
  type HasoErrorOptions,
  HasoHttpError,
  HasoLimitFlowTimeoutError,
  HasoNetworkError,
  HasoResponseShapeError,
  HasoResponseTooLargeError,
  HasoTimeoutError,
  HasoValidationError,
} from './errors.js';
export type { HasoFetch, HasoFetchInit } from './exchange.js';
export type { FormHtmlOptions, FormPost } from './form-post.js';
export { documentedCodes } from './generated/codes.js';
export { operations } from './generated/operations.js';
export {
  type LimitFlowClient,
  type LimitFlowClock,
  type LimitFlowOptions,
  type PinRequest,
  runLimitFlow,
} from './limit-flow.js';
export type { HasoLogger, LogLevel } from './log.js';
export type { AttemptEvent, ErrorEvent, HasoHooks, RequestEvent, ResponseEvent } from './observe.js';
export type {
  CompactSchema,
  JsonType,
  OperationEntry,
  OperationKind,
  OperationRoute,
  OperationTable,
} from './operation-types.js';
export { type RetryOptions, type RetryPolicy, type RetryQuestion, retryPolicy, shouldRetry } from './retry.js';
export type {
  CallArguments,
  CallableOperation,
  CallableOperationId,
  CallOptions,
  CustomerInfo,
  FormInput,
  FormOperationId,
  HasoClient,
  HasoClientConfig,
  HasoClientOptions,
  HasoCore,
  HasoCoreOptions,
  OperationInput,
  OperationMethod,
  OperationMethods,
  RuntimeRecipe,
} from './types.js';
