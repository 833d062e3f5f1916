/** Base class of every error this package throws. Messages never contain the salt, the HMAC key or field values. */
export class HasoSigningError extends Error {
  override readonly name: string = 'HasoSigningError';
}

/** A token field cannot be put into the token string (wrong type, bad date); `field` names it. */
export class SigningInputError extends HasoSigningError {
  override readonly name = 'SigningInputError';
  constructor(
    readonly operationId: string,
    readonly field: string,
    readonly rule: string,
  ) {
    super(`${operationId}: token field "${field}" ${rule}`);
  }
}

/** No recipe is known for the operation (its token recipe is not published, or the id is misspelt). */
export class UnknownRecipeError extends HasoSigningError {
  override readonly name = 'UnknownRecipeError';
  constructor(readonly operationId: string) {
    super(`No token recipe is known for operation "${operationId}"`);
  }
}

/** A synchronous method was called on a provider that only signs asynchronously (Web Crypto). */
export class CryptoProviderOnlySupportsAsyncError extends HasoSigningError {
  override readonly name = 'CryptoProviderOnlySupportsAsyncError';
  constructor(provider: string) {
    super(`The ${provider} crypto provider only signs asynchronously: use signAsync/verifyAsync, or the Node provider`);
  }
}
