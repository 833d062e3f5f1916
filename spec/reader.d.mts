/** A JSON object of the bundled document (kept loose: the document is walked, not modelled). */
// biome-ignore lint/suspicious/noExplicitAny: the document is walked, not modelled (its readers type what they read)
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

/** `x-haso-kind`: read = safe to retry, write = never retried once sent, form = a browser form post. */
export type OperationKind = 'read' | 'write' | 'form';
export declare const OPERATION_KINDS: readonly OperationKind[];

export type UnsignedReason = 'recipe-not-published' | 'form-token' | 'no-token-documented' | 'inbound-webhook';
export declare const UNSIGNED_REASONS: readonly UnsignedReason[];

/** The salt's spelling on Haso's page. */
export type SaltSpelling = 'merhant_salt' | 'merchantSalt';
export declare const SALT_SPELLINGS: readonly SaltSpelling[];

export type TokenFormat = 'yyyy-MM-dd';
export declare const TOKEN_FORMATS: readonly TokenFormat[];

/** The first word of an `x-haso-inferred` reason. */
export type InferredKind = 'derived' | 'safety' | 'analogy';
export declare const INFERRED_KINDS: readonly InferredKind[];

export type CodeKind = 'result' | 'message' | 'error';
/** `x-haso-codes[].kind` by code prefix. */
export declare const CODE_KINDS: Readonly<Record<'RS' | 'M' | 'H', CodeKind>>;

/** The roles of the body fields the SDK fills itself. */
export type FilledRole = 'merchantId' | 'ipAddress' | 'requestToken';
export declare const FILLED_ROLES: readonly FilledRole[];

/** `x-haso-signature`: fields in Haso's order (the salt is last and never sent). */
export interface Signature {
  readonly fields: readonly string[];
  readonly formats: Readonly<Record<string, TokenFormat>>;
  readonly salt: SaltSpelling;
}

/** An operation's token recipe. */
export interface SpecRecipe extends Signature {
  readonly operationId: string;
  readonly path: string;
}

export interface Unsigned {
  readonly reason: UnsignedReason;
  readonly note: string;
}

/** The request body's main media type. */
export interface RequestMedia {
  readonly contentType: string;
  /** The Media Type Object. */
  readonly media: Json;
  /** Its schema, dereferenced (undefined when the media type has none). */
  readonly schema: Json | undefined;
}

export interface RequestProperties {
  /** Property schemas as written (refs not followed), in schema order. */
  readonly properties: Readonly<Record<string, Json>>;
  readonly required: readonly string[];
  /** Other properties are let through (`additionalProperties` is not false). */
  readonly open: boolean;
}

/** The body fields the SDK fills, spelled as the operation spells them; null when the operation has none. */
export type FilledFields = { readonly [R in FilledRole]: string | null };

export interface RequestExample {
  readonly contentType: string;
  readonly value: Readonly<Record<string, unknown>>;
}

export interface ResponseExample {
  readonly name: string;
  /** Response status key (`'200'`). */
  readonly status: string;
  readonly contentType: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly value: unknown;
}

/** A sandbox input that selects a named response example (`testResult` = `A` → `testResult-A`). */
export interface Scenario {
  readonly field: string;
  readonly value: string;
  readonly example: string;
}

/** The mock's public test credentials (`x-haso-test-credentials`). */
export interface TestCredentials {
  readonly merchantId: string;
  readonly merchantSalt: string;
  readonly hmacKey: string;
}

/** A documented code (ResultCode `x-haso-codes`). */
export interface ResultCodeEntry {
  readonly code: string;
  readonly kind: CodeKind;
  readonly meaning: string;
  readonly seen: string;
}

export interface CodePattern {
  /** ResultCode's pattern: a `Message` value starts with a code (text may follow). */
  readonly pattern: string;
  /** The code alone (`(RS|M|H)[0-9]+`), to find codes inside a text. */
  readonly code: string;
}

/** Follows local `#/…` references until a non-reference node; throws on external, dangling or looping refs. */
// biome-ignore lint/suspicious/noExplicitAny: a node of the document, as loose as Json
export function deref(spec: Json, node: unknown): any;
/** Every operation in document order: paths first, then webhooks. */
export function listOperations(spec: Json): SpecOperation[];
/** The path operation with this operationId; throws for an unknown id. */
export function findOperation(spec: Json, operationId: string): SpecOperation;
/** `info.version`. */
export function specVersion(spec: Json): string;
/** Where an operation comes from (the `x-haso-doc-*` extensions). */
export interface DocInfo {
  readonly section: string;
  /** Haso's Turkish page title, as printed. */
  readonly title: string;
  readonly site: 'restdocs-v41' | 'storedocs-v39' | 'ecommerce';
  readonly status: 'complete' | 'partial' | 'title-only';
  /** What Haso's page leaves open (partial and title-only pages). */
  readonly gaps: string | undefined;
  /** `provisional` when Haso did not print the path. */
  readonly pathStatus: 'documented' | 'provisional';
}
export function docOf(op: Json): DocInfo;
/** `x-haso-kind` of a path operation; throws when it is missing or unknown. */
export function operationKind(op: Json): OperationKind;
export function signatureOf(op: Json): Signature | undefined;
export function recipeOf(entry: Pick<SpecOperation, 'operationId' | 'path' | 'op'>): SpecRecipe | undefined;
export function unsignedOf(op: Json): Unsigned | undefined;
export function requestContentTypes(spec: Json, op: Json): string[];
/** JSON when offered, else the form encoding, else the first media type. */
export function requestMedia(spec: Json, op: Json): RequestMedia | undefined;
export function requestProperties(spec: Json, op: Json): RequestProperties;
export function filledFields(spec: Json, op: Json): FilledFields;
/** Request properties outside a signed operation's recipe (requestToken left out); null when unsigned. */
export function unsignedRequestFields(spec: Json, op: Json): string[] | null;
export function requestExample(spec: Json, op: Json): RequestExample | undefined;
/** The request example without the merchant id and requestToken (the SDK fills them). */
export function requestExampleInput(spec: Json, op: Json): Record<string, unknown>;
export function responseExamples(spec: Json, op: Json): ResponseExample[];
/** By name, first occurrence winning; only those of `contentType` when given. */
export function namedResponseExamples(spec: Json, op: Json, contentType?: string): Map<string, ResponseExample>;
export function componentExample(spec: Json, name: string): unknown;
/** `x-haso-scenarios`; throws on a malformed entry. */
export function scenariosOf(op: Json): Scenario[];
export function testCredentials(spec: Json): TestCredentials;
/** The first server's URL with its variables' defaults (the toolkit's local mock). */
export function defaultServerUrl(spec: Json): string;
export function resultCodes(spec: Json): ResultCodeEntry[];
export function codePattern(spec: Json): CodePattern;
/** The `x-haso-inferred` reason beside a node, or undefined. */
export function inferredOf(node: unknown): string | undefined;
