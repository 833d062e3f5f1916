import type { HttpMethod, OperationObject, SpecDocument } from './model.mjs';

/** One operation of the spec (a path operation or a webhook). */
export interface SpecOperation {
  operationId: string;
  /** Request path, or the webhook's name. */
  path: string;
  method: HttpMethod;
  webhook: boolean;
  /** The Operation Object itself (mutable in a decorated copy). */
  op: OperationObject;
}

/** Every operation in document order: paths first, then webhooks. */
export declare function listOperations(spec: SpecDocument): SpecOperation[];
/** The path operation with this operationId; throws for an unknown id. */
export declare function findOperation(spec: SpecDocument, operationId: string): SpecOperation;
