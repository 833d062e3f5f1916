import type { DocSite, DocStatus, JsonObject, OperationObject, PathStatus } from './model.mjs';
import type { SpecOperation } from './operations.mjs';
import type { OperationKind, SaltSpelling, TokenFormat, UnsignedReason } from './vocabulary.mjs';

/** Where an operation comes from (the `x-haso-doc-*` extensions). */
export interface DocInfo {
  readonly section: string;
  /** Haso's Turkish page title, as printed. */
  readonly title: string;
  readonly site: DocSite;
  readonly status: DocStatus;
  /** What Haso's page leaves open (partial and title-only pages). */
  readonly gaps: string | undefined;
  /** `provisional` when Haso did not print the path. */
  readonly pathStatus: PathStatus;
}

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

/** `x-haso-unsigned`: why an operation has no token recipe. */
export interface Unsigned {
  readonly reason: UnsignedReason;
  readonly note: string;
}

/** A sandbox input that selects a named response example (`testResult` = `A` → `testResult-A`). */
export interface Scenario {
  readonly field: string;
  readonly value: string;
  readonly example: string;
}

export declare function docOf(op: OperationObject): DocInfo;
/** `x-haso-kind` of a path operation; throws when it is missing or unknown. */
export declare function operationKind(op: JsonObject): OperationKind;
export declare function signatureOf(op: Pick<OperationObject, 'x-haso-signature'>): Signature | undefined;
export declare function recipeOf(entry: Pick<SpecOperation, 'operationId' | 'path' | 'op'>): SpecRecipe | undefined;
export declare function unsignedOf(op: Pick<OperationObject, 'x-haso-unsigned'>): Unsigned | undefined;
/** `x-haso-scenarios`; throws on a malformed entry. */
export declare function scenariosOf(op: JsonObject): Scenario[];
/** The `x-haso-inferred` reason beside a node, or undefined. */
export declare function inferredOf(node: unknown): string | undefined;
