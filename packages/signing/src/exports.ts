// Everything the package exports apart from the runtime-dependent defaults (see index.ts / index.node.ts).
export { isCalendarDate } from './calendar-date.js';
export { tokensEqual } from './constant-time.js';
export {
  CryptoProviderOnlySupportsAsyncError,
  HasoSigningError,
  SigningInputError,
  UnknownRecipeError,
} from './errors.js';
export { recipeIdByPath, recipes, type SignedOperationId } from './generated/recipes.js';
export { createSigningMiddleware, type SigningMiddlewareOptions } from './middleware.js';
export type { CryptoProvider } from './providers/provider.js';
export { createWebCryptoProvider } from './providers/webcrypto.js';
export type { FieldOf, LooseRecipe, Recipe, RecipeTable, RequestBodyOf, SaltSpelling, TokenFormat } from './recipe.js';
export { hasRecipe, type RecipeRef, recipeFor } from './recipes-lookup.js';
export { RequestSigner } from './signer.js';
export { createTokenSigner, type SignerOptions, type TokenSigner } from './token-signer.js';
export { maskedTokenString, tokenParts, tokenString, tokenValue } from './token-string.js';
export type { TokenInput, VerifyInput } from './api.js';
