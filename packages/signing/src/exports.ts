// What the package exports apart from the runtime-dependent `createSigner` (see index.ts / index.node.ts): the
// documented surface only (README). The client's table-free token signer is in `./internal`.
export { isCalendarDate } from './calendar-date.js';
export {
  CryptoProviderOnlySupportsAsyncError,
  HasoSigningError,
  SigningInputError,
  UnknownRecipeError,
} from './errors.js';
export { recipes, type SignedOperationId } from './generated/recipes.js';
export { createSigningMiddleware, type SigningMiddlewareOptions } from './middleware.js';
export type { CryptoProvider } from './providers/provider.js';
export { createWebCryptoProvider, type SubtleHmac } from './providers/webcrypto.js';
export type { FieldOf, LooseRecipe, Recipe, RecipeTable, RequestBodyOf, SaltSpelling, TokenFormat } from './recipe.js';
export type { RecipeRef } from './recipes-lookup.js';
export type { RequestSigner, TokenPart } from './signer.js';
export type { SignerOptions } from './token-signer.js';
