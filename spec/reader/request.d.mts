import type { JsonObject, MediaTypeObject, OperationObject, SchemaObject, SpecDocument } from './model.mjs';
import type { FilledRole } from './vocabulary.mjs';

/** The request body's main media type. */
export interface RequestMedia {
  readonly contentType: string;
  /** The Media Type Object. */
  readonly media: MediaTypeObject<JsonObject>;
  /** Its schema, dereferenced (undefined when the media type has none). */
  readonly schema: SchemaObject | undefined;
}

export interface RequestProperties {
  /** Property schemas as written (refs not followed), in schema order. */
  readonly properties: Readonly<Record<string, SchemaObject>>;
  readonly required: readonly string[];
  /** Other properties are let through (`additionalProperties` is not false). */
  readonly open: boolean;
}

/** The body fields the SDK fills, spelled as the operation spells them; null when the operation has none. */
export type FilledFields = { readonly [R in FilledRole]: string | null };

export declare function requestContentTypes(spec: SpecDocument, op: OperationObject): string[];
/** JSON when offered, else the form encoding, else the first media type. */
export declare function requestMedia(spec: SpecDocument, op: OperationObject): RequestMedia | undefined;
export declare function requestProperties(spec: SpecDocument, op: OperationObject): RequestProperties;
export declare function filledFields(spec: SpecDocument, op: OperationObject): FilledFields;
/** Request properties outside a signed operation's recipe (requestToken left out); null when unsigned. */
export declare function unsignedRequestFields(spec: SpecDocument, op: OperationObject): string[] | null;
