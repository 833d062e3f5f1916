// What `@haso-toolkit/client` exports apart from the runtime-dependent `createHasoClient` (see index.ts /
// index.node.ts): everything `/core` exports, and what the README documents of the full client (test/exports.test.ts
// holds the list).

export type { OperationId, RequestBody } from '@haso-toolkit/types';
export { describeCode } from './codes.js';
export * from './core-exports.js';
export { HasoLimitFlowTimeoutError } from './errors.js';
export type { FormHtmlOptions, FormPost } from './form-post.js';
export { documentedCodes } from './generated/codes.js';
export { operations, schemas } from './generated/operations.js';
export {
  type LimitFlowClient,
  type LimitFlowClock,
  type LimitFlowOptions,
  type PinRequest,
  runLimitFlow,
} from './limit-flow.js';
export type { JsonType, OperationEntry, OperationTable } from './operation-types.js';
export { shouldRetry } from './retry.js';
export type {
  CustomerInfo,
  FormInput,
  FormOperationId,
  HasoClient,
  OperationMethod,
  OperationMethods,
  RuntimeRecipe,
} from './types.js';
