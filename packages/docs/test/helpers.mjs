// Shared test helpers: the built site, the spec as Redoc rendered it, and an independent token computation.
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { DECORATED_SPEC } from '../src/build.mjs';
import { DIST_DIR } from '../src/paths.mjs';
import { listOperations } from '../src/spec-model.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */
/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */
/** @typedef {import('../src/code-samples.mjs').CodeSample} CodeSample */
/** @typedef {import('../src/doc-status.mjs').Badge} Badge */
/** @typedef {{ name: string, tags: string[] }} TagGroup */

/** The built index.html; fails with a hint when the package has not been built. */
export function builtIndexFile() {
  const file = join(DIST_DIR, 'index.html');
  if (!existsSync(file))
    throw new Error('packages/docs is not built: run `npx -y pnpm@10.34.9 --filter @haso-toolkit/docs build`');
  return file;
}

/**
 * The decorated spec written by the build (what Redoc rendered).
 * @returns {SpecDocument}
 */
export function renderedSpec() {
  builtIndexFile();
  return JSON.parse(readFileSync(join(DIST_DIR, DECORATED_SPEC), 'utf8'));
}

/**
 * Base64(HMAC-SHA256(key, string)) with node:crypto directly, independent of @haso-toolkit/signing.
 * @param {string} key
 * @param {string} string
 */
export function hmacBase64(key, string) {
  return createHmac('sha256', key).update(string, 'utf8').digest('base64');
}

/**
 * The requestToken of a body under the mock's test credentials, computed here with node:crypto from the spec's
 * `x-haso-signature` (field order, absent or null as ""), independently of @haso-toolkit/signing.
 * @param {OperationObject} operation
 * @param {Readonly<Record<string, unknown>>} body
 */
export function independentMockToken(operation, body) {
  const { fields } = defined(operation['x-haso-signature'], `${operation.operationId}'s x-haso-signature`);
  const text = fields.map((f) => (body[f] === undefined || body[f] === null ? '' : String(body[f]))).join('');
  return hmacBase64(TEST_CREDENTIALS.hmacKey, text + TEST_CREDENTIALS.merchantSalt);
}

/**
 * The entry of an operation by id; throws when the spec has none.
 * @param {SpecDocument} spec
 * @param {string} operationId
 * @returns {import('../src/spec-model.mjs').OperationEntry}
 */
export function entryOf(spec, operationId) {
  const entry = listOperations(spec).find((e) => e.operation.operationId === operationId);
  if (!entry) throw new Error(`no operation ${operationId}`);
  return entry;
}

/**
 * `value`, or an error naming `what` when it is undefined.
 * @template T
 * @param {T | undefined} value
 * @param {string} what
 * @returns {T}
 */
export function defined(value, what) {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}

/**
 * The `x-codeSamples` the decorated spec gives an operation (none: `[]`).
 * @param {OperationObject} operation
 * @returns {CodeSample[]}
 */
export function codeSamplesOf(operation) {
  const samples = operation['x-codeSamples'];
  return /** @type {CodeSample[]} */ (Array.isArray(samples) ? samples : []);
}

/**
 * The `x-badges` the decorated spec gives every operation; throws when there are none.
 * @param {OperationObject} operation
 * @returns {Badge[]}
 */
export function badgesOf(operation) {
  const badges = operation['x-badges'];
  if (!Array.isArray(badges)) throw new Error(`${operation.operationId} has no x-badges`);
  return /** @type {Badge[]} */ (badges);
}

/**
 * The `x-tagGroups` of the decorated spec; throws when it has none.
 * @param {SpecDocument} spec
 * @returns {TagGroup[]}
 */
export function tagGroupsOf(spec) {
  const groups = spec['x-tagGroups'];
  if (!Array.isArray(groups)) throw new Error('the spec has no x-tagGroups');
  return /** @type {TagGroup[]} */ (groups);
}

/**
 * The rows of the choices table in the mock's SANDBOX.md, read here with a regular expression (independently of
 * src/sandbox-choices.mjs): each row's line as written and its cells.
 * @returns {{ line: string, cells: string[] }[]}
 */
export function sandboxRows() {
  const file = join(dirname(createRequire(import.meta.url).resolve('@haso-toolkit/mock/package.json')), 'SANDBOX.md');
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\| *\d+ *\|.*\|$/gm)].map(([line]) => ({
    line,
    cells: line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim()),
  }));
}
