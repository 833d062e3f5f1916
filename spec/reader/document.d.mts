import type { ResultCodeEntry, SchemaObject, SpecDocument } from './model.mjs';

/** The mock's public test credentials (`x-haso-test-credentials`). */
export interface TestCredentials {
  readonly merchantId: string;
  readonly merchantSalt: string;
  readonly hmacKey: string;
}

export interface CodePattern {
  /** ResultCode's pattern: a `Message` value starts with a code (text may follow). */
  readonly pattern: string;
  /** The code alone (`(RS|M|H)[0-9]+`), to find codes inside a text. */
  readonly code: string;
}

/** `info.version`; throws when it is missing. */
export declare function specVersion(spec: SpecDocument): string;
/** `x-haso-test-credentials`, `hmacKey` defaulting to the salt; throws when one is missing or empty. */
export declare function testCredentials(spec: SpecDocument): TestCredentials;
/** The first server's URL with its variables' defaults (the toolkit's local mock). */
export declare function defaultServerUrl(spec: SpecDocument): string;
/** A component schema (`#/components/schemas/<name>`), dereferenced; throws when there is none. */
export declare function componentSchema(spec: SpecDocument, name: string): SchemaObject;
export declare function resultCodes(spec: SpecDocument): ResultCodeEntry[];
export declare function codePattern(spec: SpecDocument): CodePattern;
