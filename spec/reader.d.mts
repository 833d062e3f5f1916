/** A JSON value of the bundled document. */
export type Json = Record<string, any>;

/** One operation of the spec (a path operation or a webhook). */
export interface SpecOperation {
  operationId: string;
  /** Request path, or the webhook's name. */
  path: string;
  /** Lower-case HTTP method. */
  method: string;
  webhook: boolean;
  /** The Operation Object itself (mutable in a decorated copy). */
  op: Json;
}

/** Follows local `#/…` references until a non-reference node; throws on external, dangling or looping refs. */
export function deref(spec: Json, node: unknown): any;

/** Every operation in document order: paths first, then webhooks. */
export function listOperations(spec: Json): SpecOperation[];
