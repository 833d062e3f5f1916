// The one test for "a JSON object" (not null, not an array) used on parsed input and on the spec.

/** A JSON object. */
export type JsonObject = { readonly [key: string]: unknown };

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
