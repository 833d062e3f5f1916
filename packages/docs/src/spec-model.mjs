// The docs' view of the bundled spec, through @haso-toolkit/spec's reader: its operations as entries of the site
// (path operations and webhooks) and the request schema the field tables show.
import { listOperations as readOperations, requestMedia } from '@haso-toolkit/spec/reader';

export { loadSpec, specPath } from '@haso-toolkit/spec/load';

/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */
/** @typedef {import('@haso-toolkit/spec/reader').SchemaObject} SchemaObject */
/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */
/**
 * One operation of the spec (a path operation or a webhook).
 * @typedef {object} OperationEntry
 * @property {'path' | 'webhook'} source
 * @property {string} key       path (`/RequestV2/ReSendKkbPin`) or webhook name (`okUrl`)
 * @property {string} method    lower-case HTTP method
 * @property {OperationObject} operation   the Operation Object (mutable in a decorated copy)
 */

/**
 * Every operation, paths first (in document order), then webhooks.
 * @param {SpecDocument} spec
 * @returns {OperationEntry[]}
 */
export function listOperations(spec) {
  return readOperations(spec).map(({ webhook, path, method, op }) => ({
    source: webhook ? 'webhook' : 'path',
    key: path,
    method,
    operation: op,
  }));
}

/**
 * The request body schema of the main media type, dereferenced (`{}` without a body).
 * @param {SpecDocument} spec
 * @param {OperationObject} operation
 * @returns {SchemaObject}
 */
export function requestSchema(spec, operation) {
  return requestMedia(spec, operation)?.schema ?? {};
}
