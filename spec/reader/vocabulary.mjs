// The vocabularies of the x-haso-* extensions: the values the spec's lint rules accept and the reader checks.

/** `x-haso-kind`: read = safe to retry, write = never retried once sent, form = a browser form post. */
export const OPERATION_KINDS = Object.freeze(['read', 'write', 'form']);
/** `x-haso-unsigned.reason`. */
export const UNSIGNED_REASONS = Object.freeze([
  'recipe-not-published',
  'form-token',
  'no-token-documented',
  'inbound-webhook',
]);
/** `x-haso-signature.salt`: the salt's spelling on Haso's page. */
export const SALT_SPELLINGS = Object.freeze(['merhant_salt', 'merchantSalt']);
/** `x-haso-signature.formats` values. */
export const TOKEN_FORMATS = Object.freeze(['yyyy-MM-dd']);
/** The first word of an `x-haso-inferred` reason. */
export const INFERRED_KINDS = Object.freeze(['derived', 'safety', 'analogy']);
/** `x-haso-codes[].kind` by code prefix. */
export const CODE_KINDS = Object.freeze({ RS: 'result', M: 'message', H: 'error' });
/** The roles of the body fields the SDK fills itself; each operation spells them its own way (`MerchantId`). */
export const FILLED_ROLES = Object.freeze(['merchantId', 'ipAddress', 'requestToken']);
