import type { SpecDocument } from './reader.mjs';

/** Absolute path of the bundled spec (`@haso-toolkit/spec/openapi.json`). */
export declare const specPath: string;

/** Parses the bundled spec, or the bundle at `path`: a fresh object every call, so callers may change it. */
export function loadSpec(path?: string): SpecDocument;
