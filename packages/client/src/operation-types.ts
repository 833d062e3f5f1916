// Shapes of the generated operation tables (src/generated/). Hand-written: the generator only emits data.

/** How the client treats an operation: `read` is retried, `write` only before it was sent, `form` is a browser post. */
export type OperationKind = 'read' | 'write' | 'form';

/** JSON Schema type names the validator understands. */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/**
 * A request schema reduced to the keywords the validator checks. `$ref` names an entry of the schema table
 * (`{ $ref: "MerchantId" }`), never a JSON pointer.
 */
export interface CompactSchema {
  readonly $ref?: string;
  readonly type?: JsonType | readonly JsonType[];
  readonly properties?: { readonly [name: string]: CompactSchema };
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | CompactSchema;
  readonly items?: CompactSchema;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly oneOf?: readonly CompactSchema[];
  readonly anyOf?: readonly CompactSchema[];
  readonly allOf?: readonly CompactSchema[];
}

/** Named request schemas, by component name. */
export type SchemaTable = { readonly [name: string]: CompactSchema };

/** What the client needs at runtime of one operation (src/generated/operation-routes.ts). */
export interface OperationRoute {
  readonly operationId: string;
  readonly path: string;
  readonly kind: OperationKind;
  /** Whether the spec publishes a token recipe (`x-haso-signature`). */
  readonly signed: boolean;
  readonly request: CompactSchema;
}

/** Every operation's route, by operationId. */
export type OperationRouteTable = { readonly [operationId: string]: OperationRoute };

/** One operation of the spec: its route plus what the docs say about it (src/generated/operations.ts). */
export interface OperationEntry extends OperationRoute {
  readonly contentType: string | null;
  /** Why there is no recipe (`recipe-not-published`, `form-token`, `no-token-documented`), or null. */
  readonly unsignedReason: string | null;
  readonly docSection: string;
  readonly docStatus: 'complete' | 'partial' | 'title-only';
}

/** Every operation, by operationId. */
export type OperationTable = { readonly [operationId: string]: OperationEntry };
