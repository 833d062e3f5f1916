/** `x-haso-kind`: read = safe to retry, write = never retried once sent, form = a browser form post. */
export type OperationKind = 'read' | 'write' | 'form';
export declare const OPERATION_KINDS: readonly OperationKind[];

/** `x-haso-unsigned.reason`. */
export type UnsignedReason = 'recipe-not-published' | 'form-token' | 'no-token-documented' | 'inbound-webhook';
export declare const UNSIGNED_REASONS: readonly UnsignedReason[];

/** The salt's spelling on Haso's page. */
export type SaltSpelling = 'merhant_salt' | 'merchantSalt';
export declare const SALT_SPELLINGS: readonly SaltSpelling[];

/** `x-haso-signature.formats` values. */
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
