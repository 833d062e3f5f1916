/** HMAC-SHA256 with a base64 result; implementations for node:crypto and Web Crypto. */
export interface CryptoProvider {
  readonly name: string;
  /** Whether `hmacSha256Base64` works (node:crypto); false for asynchronous-only providers (Web Crypto). */
  readonly synchronous: boolean;
  /** Synchronous HMAC; an asynchronous-only provider throws CryptoProviderOnlySupportsAsyncError. */
  hmacSha256Base64(key: string, message: string): string;
  hmacSha256Base64Async(key: string, message: string): Promise<string>;
}
