// The `x-haso-inferred: "<reason>"` marker: a schema, constraint, media type, operation or sentence that is the
// toolkit's reading, not Haso's. Redoc shows it beside schemas, fields and operations (`showExtensions`); media types,
// which Redoc does not annotate, are listed in the operation's notes.
import { deref, inferredOf } from '@haso-toolkit/spec/reader';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */
/** @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject */
/** @typedef {import('@haso-toolkit/spec/reader').RequestBodyObject} RequestBodyObject */
/** @typedef {import('@haso-toolkit/spec/reader').ResponseObject} ResponseObject */

/** The extension's name. */
export const INFERRED = 'x-haso-inferred';

/**
 * The marker's reason on a node, if it carries one.
 * @param {unknown} node
 * @returns {string | undefined}
 */
export function inferredReason(node) {
  return inferredOf(node)?.trim() || undefined;
}

/**
 * Marked media types of an operation's request body and responses.
 * @param {SpecDocument} spec
 * @param {OperationObject} operation
 * @returns {{ where: string, type: string, reason: string }[]}
 */
export function mediaTypeMarkers(spec, operation) {
  /** @type {[string, RequestBodyObject | ResponseObject | undefined][]} */
  const bodies = [['request', deref(spec, operation.requestBody)]];
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    bodies.push([`response ${status}`, deref(spec, response)]);
  }
  return bodies.flatMap(([where, body]) =>
    Object.entries(body?.content ?? {}).flatMap(([type, media]) => {
      const reason = inferredReason(media);
      return reason ? [{ where, type, reason }] : [];
    }),
  );
}
