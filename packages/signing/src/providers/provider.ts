/** HMAC-SHA256 with a base64 result; implementations for node:crypto and Web Crypto. */
export interface CryptoProvider {
  readonly name: string;
  /** Whether the provider signs synchronously (node:crypto): then it has `hmacSha256Base64`. Web Crypto does not. */
  readonly synchronous: boolean;
  /** Synchronous HMAC, on synchronous providers only. */
  hmacSha256Base64?(key: string, message: string): string;
  hmacSha256Base64Async(key: string, message: string): Promise<string>;
}
