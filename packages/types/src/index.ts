// Public types of the Haso merchant API. Everything under ./generated is produced by openapi-typescript from the
// bundled spec; this file only adds helpers.
import type { components, operations, paths, webhooks } from './generated/openapi.js';

export type { components, operations, paths, webhooks };

/** Every operationId of the spec (webhooks excluded). */
export type OperationId = keyof operations;

/** Every request path of the spec. */
export type HasoPath = keyof paths;

type Content<T> = T extends { content: infer C } ? C : never;

/** JSON (or, for browser posts, form) request body of an operation. */
export type RequestBody<K extends OperationId> = operations[K] extends { requestBody?: infer R }
  ? Content<NonNullable<R>> extends { 'application/json': infer B }
    ? B
    : Content<NonNullable<R>> extends { 'application/x-www-form-urlencoded': infer F }
      ? F
      : never
  : never;

/** The 200 envelope of an operation. */
export type ResponseEnvelope<K extends OperationId> = operations[K] extends {
  responses: { 200: { content: { 'application/json': infer E } } };
}
  ? E
  : never;

/** `Data` of a successful answer (null excluded). */
export type ResponseData<K extends OperationId> =
  ResponseEnvelope<K> extends { Data?: infer D } ? Exclude<D, null | undefined> : never;

/** The `{Success, Errors, Data}` envelope every Haso answer uses. */
export type Envelope = components['schemas']['Envelope'];
