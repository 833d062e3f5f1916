// The parsed bundle as types: JSON values, and the OpenAPI 3.1 objects of the document with the keywords and
// x-haso-* extensions the spec writes, as its lint rules keep them (redocly.yaml, plugins/rules/). Every object keeps
// an index signature for what is not modelled. Where a node may be `X | ReferenceObject`, the reference leads to an X.

import type { CodeKind, OperationKind, SaltSpelling, TokenFormat, UnsignedReason } from './vocabulary.mjs';

/** A JSON value, as `JSON.parse` gives it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;

/** A JSON object; a key may read undefined (absent), so objects with optional properties are JSON objects too. */
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

/** A local reference (`{ $ref: '#/components/…' }`), followed by `deref`. */
export interface ReferenceObject extends JsonObject {
  $ref: string;
}

/** The type names of JSON Schema. */
export type SchemaType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/** A schema (JSON Schema 2020-12, as OpenAPI 3.1 has it): the keywords the spec writes. */
export interface SchemaObject extends JsonObject {
  /** A reference; OpenAPI 3.1 allows keywords beside it (`deref` follows it and drops them). */
  $ref?: string;
  title?: string;
  description?: string;
  type?: SchemaType | SchemaType[];
  enum?: JsonValue[];
  const?: JsonValue;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: SchemaObject;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  example?: JsonValue;
  /** Why the toolkit reads more into Haso's page than it prints (`derived: …`, `safety: …`, `analogy: …`). */
  'x-haso-inferred'?: string;
  /** The documented codes (on the ResultCode schema). */
  'x-haso-codes'?: ResultCodeEntry[];
}

/** A documented code (ResultCode `x-haso-codes`). */
export interface ResultCodeEntry extends JsonObject {
  readonly code: string;
  readonly kind: CodeKind;
  readonly meaning: string;
  /** Where Haso's pages show it. */
  readonly seen: string;
}

/** A named example; `V` is the shape of its value. */
export interface ExampleObject<V extends JsonValue = JsonValue> extends JsonObject {
  summary?: string;
  description?: string;
  value: V;
}

/** A media type of a request body or response; `V` is the shape of its example values. */
export interface MediaTypeObject<V extends JsonValue = JsonValue> extends JsonObject {
  schema?: SchemaObject;
  example?: V;
  examples?: Record<string, ExampleObject<V> | ReferenceObject>;
  'x-haso-inferred'?: string;
}

/** A request body: its examples are objects of body fields (lint rule haso/example-shape). */
export interface RequestBodyObject extends JsonObject {
  required?: boolean;
  description?: string;
  content?: Record<string, MediaTypeObject<JsonObject>>;
}

export interface ResponseObject extends JsonObject {
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

/** `x-haso-signature` as written: fields in Haso's order without the salt, formats only where the page gives one. */
export interface SignatureExtension extends JsonObject {
  fields: string[];
  formats?: Record<string, TokenFormat>;
  salt: SaltSpelling;
}

/** `x-haso-unsigned` as written. */
export interface UnsignedExtension extends JsonObject {
  reason: UnsignedReason;
  note?: string;
}

/** An `x-haso-scenarios` entry as written (`scenariosOf` gives the value as a string). */
export interface ScenarioExtension extends JsonObject {
  field: string;
  value: string | number | boolean;
  example: string;
}

/** `x-haso-doc-site`: the copy of Haso's pages the facts were read from. */
export type DocSite = 'restdocs-v41' | 'storedocs-v39' | 'ecommerce';
/** `x-haso-doc-status`: how much of Haso's page survives. */
export type DocStatus = 'complete' | 'partial' | 'title-only';
/** `x-haso-path-status`: `provisional` when Haso did not print the path (`documented` when absent). */
export type PathStatus = 'documented' | 'provisional';

/** An Operation Object with the x-haso-* extensions the spec gives it (path operations and webhooks alike). */
export interface OperationObject extends JsonObject {
  operationId: string;
  summary: string;
  description: string;
  tags?: string[];
  requestBody?: RequestBodyObject | ReferenceObject;
  /** By status (`'200'`). */
  responses?: Record<string, ResponseObject | ReferenceObject>;
  /** Path operations only. */
  'x-haso-kind'?: OperationKind;
  'x-haso-doc-section': string;
  /** Haso's Turkish page title, as printed. */
  'x-haso-doc-title': string;
  'x-haso-doc-site': DocSite;
  'x-haso-doc-status': DocStatus;
  /** What Haso's page leaves open (partial and title-only pages). */
  'x-haso-doc-gaps'?: string;
  'x-haso-path-status'?: PathStatus;
  /** Exactly one of `x-haso-signature` and `x-haso-unsigned`. */
  'x-haso-signature'?: SignatureExtension;
  'x-haso-unsigned'?: UnsignedExtension;
  'x-haso-scenarios'?: ScenarioExtension[];
  'x-haso-inferred'?: string;
}

/** The lower-case HTTP methods of a Path Item Object. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** A Path Item Object (every Haso operation is a `post`). */
export interface PathItemObject extends JsonObject {
  /** A reference to the path item (OpenAPI 3.1), followed by `deref`. */
  $ref?: string;
  get?: OperationObject;
  put?: OperationObject;
  post?: OperationObject;
  delete?: OperationObject;
  options?: OperationObject;
  head?: OperationObject;
  patch?: OperationObject;
  trace?: OperationObject;
}

export interface ServerVariableObject extends JsonObject {
  default: string;
  description?: string;
  enum?: string[];
}

export interface ServerObject extends JsonObject {
  url: string;
  description?: string;
  variables?: Record<string, ServerVariableObject>;
}

export interface InfoObject extends JsonObject {
  title: string;
  version: string;
  summary?: string;
  description?: string;
}

export interface TagObject extends JsonObject {
  name: string;
  description?: string;
}

export interface ComponentsObject extends JsonObject {
  schemas: Record<string, SchemaObject>;
  examples: Record<string, ExampleObject | ReferenceObject>;
}

/** `x-haso-test-credentials` as written (`testCredentials` fills `hmacKey` with the salt when it is absent). */
export interface TestCredentialsExtension extends JsonObject {
  description: string;
  merchantId: string;
  merchantSalt: string;
  hmacKey?: string;
}

/** The bundled spec (`@haso-toolkit/spec/openapi.json`), parsed. */
export interface SpecDocument extends JsonObject {
  openapi: string;
  info: InfoObject;
  servers: ServerObject[];
  tags: TagObject[];
  paths: Record<string, PathItemObject>;
  /** Posts Haso sends to the merchant, by name (`okUrl`). */
  webhooks: Record<string, PathItemObject>;
  components: ComponentsObject;
  'x-haso-test-credentials': TestCredentialsExtension;
}
