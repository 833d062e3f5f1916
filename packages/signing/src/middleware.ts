import type { Middleware } from 'openapi-fetch';
import { recipeIdByPath } from './generated/recipes.js';
import type { RequestSigner } from './signer.js';

export interface SigningMiddlewareOptions {
  /** Filled into bodies that lack `merchantId`. */
  merchantId?: string;
  /** Filled into bodies that lack `ipAddress`. */
  ipAddress?: string;
}

const idByPath: Readonly<Record<string, string>> = recipeIdByPath;

/**
 * openapi-fetch middleware for users who bring their own openapi-fetch client: it reads the built request's JSON
 * or form body, fills merchantId/ipAddress when absent, and sets requestToken for every signed path.
 * It re-parses the serialized body, so it costs more than the SDK's default of signing before serialization.
 */
export function createSigningMiddleware(signer: RequestSigner, options: SigningMiddlewareOptions = {}): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const operationId = Object.hasOwn(idByPath, schemaPath) ? idByPath[schemaPath] : undefined;
      if (!operationId) return undefined;
      const type = request.headers.get('content-type') ?? '';
      const form = type.includes('application/x-www-form-urlencoded');
      const text = await request.clone().text();
      const body: Record<string, unknown> = form
        ? Object.fromEntries(new URLSearchParams(text))
        : text
          ? (JSON.parse(text) as Record<string, unknown>)
          : {};
      if (options.merchantId !== undefined && body.merchantId === undefined) body.merchantId = options.merchantId;
      if (options.ipAddress !== undefined && body.ipAddress === undefined) body.ipAddress = options.ipAddress;
      body.requestToken = await signer.signAsync(operationId, body);
      const serialized = form ? new URLSearchParams(body as Record<string, string>).toString() : JSON.stringify(body);
      return new Request(request, { body: serialized });
    },
  };
}
