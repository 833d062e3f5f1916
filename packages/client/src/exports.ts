// Everything the package exports apart from the runtime-dependent `createHasoClient` (see index.ts / index.node.ts).
export type { CodeEntry, CodeKind, CodeTable } from './code-types.js';
export { createCodeBook, type CodeBook, describeCode, kindOfCode } from './codes.js';
export { type CodeLookup, findCodes } from './find-codes.js';
export {
  connectionCode,
  type FoundCode,
  HasoApiError,
  HasoError,
  type HasoErrorOptions,
  HasoHttpError,
  HasoLimitFlowTimeoutError,
  HasoNetworkError,
  HasoResponseShapeError,
  HasoTimeoutError,
  HasoValidationError,
} from './errors.js';
export { escapeHtml, type FormHtmlOptions, type FormPost } from './form-post.js';
export { documentedCodes } from './generated/codes.js';
export { schemas } from './generated/operation-routes.js';
export { operations } from './generated/operations.js';
export {
  type LimitFlowClient,
  type LimitFlowClock,
  type LimitFlowOptions,
  type PinRequest,
  runLimitFlow,
} from './limit-flow.js';
export type {
  CompactSchema,
  JsonType,
  OperationEntry,
  OperationKind,
  OperationRoute,
  OperationRouteTable,
  OperationTable,
  SchemaTable,
} from './operation-types.js';
export { interpretResponse, type Interpreted, type RawAnswer } from './response.js';
export {
  backoffDelay,
  NOT_SENT_CODES,
  type RetryOptions,
  type RetryPolicy,
  type RetryQuestion,
  retryPolicy,
  shouldRetry,
  sleep,
} from './retry.js';
export type {
  CallableOperation,
  CallableOperationId,
  CallArguments,
  CallOptions,
  ClientPaths,
  CustomerInfo,
  FilledField,
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
  WithoutFilled,
} from './types.js';
export { validate, type Violation } from './validate.js';
export { isCalendarDate } from '@haso-toolkit/signing';
export type { OperationId, RequestBody, ResponseData } from '@haso-toolkit/types';
