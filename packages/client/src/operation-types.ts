// Shapes of the generated operation tables (src/generated/). Hand-written: the generator only emits data.
import type { LooseRecipe } from '@haso-toolkit/signing';
import type { Validator } from './checks.js';

/** How the client treats an operation: `read` is retried, `write` only before it was sent, `form` is a browser post. */
export type OperationKind = 'read' | 'write' | 'form';

/** JSON Schema type names the validator understands. */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/**
 * A request schema reduced to the keywords the validator checks. Shared shapes are referred to by value (the generated
 * module's constants), never by `$ref`, so a bundle carries only the schemas of the operations it imports.
 */
export interface CompactSchema {
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
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly oneOf?: readonly CompactSchema[];
}

/** Named request schemas, by component name. */
export type SchemaTable = { readonly [name: string]: CompactSchema };

/** The body fields the client fills, as the operation spells them (null where it has none). */
export interface FilledFields {
  readonly merchantId: string | null;
  readonly ipAddress: string | null;
  readonly requestToken: string | null;
}

/** What the client needs at runtime of one operation (src/generated/operation-routes.ts). */
export interface OperationRoute {
  readonly operationId: string;
  readonly path: string;
  readonly kind: OperationKind;
  /** The token recipe (`x-haso-signature`: fields in order, formats, salt spelling), or null when unsigned. */
  readonly recipe: LooseRecipe | null;
  readonly filled: FilledFields;
  /** The compiled request schema: a body's first problem (`skip`: a top-level field left unchecked), or undefined. */
  readonly validate: Validator;
}

/** Every operation's route, by operationId. */
export type OperationRouteTable = { readonly [operationId: string]: OperationRoute };

/** One operation of the spec: its route, request schema and what the docs say of it (src/generated/operations.ts). */
export interface OperationEntry extends OperationRoute {
  /** The request schema, which `validate` checks. */
  readonly request: CompactSchema;
  /** Why there is no recipe (`recipe-not-published`, `form-token`, `no-token-documented`), or null. */
  readonly unsignedReason: string | null;
  readonly docSection: string;
  readonly docStatus: 'complete' | 'partial' | 'title-only';
}

/** Every operation, by operationId. */
export type OperationTable = { readonly [operationId: string]: OperationEntry };
