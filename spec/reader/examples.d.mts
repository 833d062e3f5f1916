import type { JsonObject, JsonValue, OperationObject, SpecDocument } from './model.mjs';

export interface RequestExample {
  readonly contentType: string;
  /** The body fields, as the example writes them. */
  readonly value: JsonObject;
}

export interface ResponseExample {
  readonly name: string;
  /** Response status key (`'200'`). */
  readonly status: string;
  readonly contentType: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  /** A Haso envelope for JSON, the page's text for HTML. */
  readonly value: JsonValue;
}

export declare function requestExample(spec: SpecDocument, op: OperationObject): RequestExample | undefined;
/** The request example without the merchant id and requestToken (the SDK fills them). */
export declare function requestExampleInput(spec: SpecDocument, op: OperationObject): JsonObject;
export declare function responseExamples(spec: SpecDocument, op: OperationObject): ResponseExample[];
/** By name, first occurrence winning; only those of `contentType` when given. */
export declare function namedResponseExamples(
  spec: SpecDocument,
  op: OperationObject,
  contentType?: string,
): Map<string, ResponseExample>;
/** A component example's value (`#/components/examples/<name>`); throws when there is none. */
export declare function componentExample(spec: SpecDocument, name: string): JsonValue;
