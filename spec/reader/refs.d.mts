import type { JsonObject, JsonValue, ReferenceObject, SpecDocument } from './model.mjs';

/** True for a non-null, non-array object. */
export declare function isObject(value: unknown): value is JsonObject;

/**
 * Follows local `#/…` references until a non-reference node; throws on external, dangling or looping refs. A node
 * the model types as `T | ReferenceObject` gives a T (`undefined` stays undefined); a bare reference, some JSON value.
 */
export declare function deref(spec: SpecDocument, node: ReferenceObject): JsonValue;
export declare function deref<T>(spec: SpecDocument, node: T | ReferenceObject): T;
