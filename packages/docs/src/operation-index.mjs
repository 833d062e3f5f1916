// Looks operations up by operationId and renders Markdown references to them.
import { docOf } from '@haso-toolkit/spec/reader';
import { code } from './markdown.mjs';
import { operationHref } from './nav-links.mjs';
import { listOperations } from './spec-model.mjs';

/** @typedef {import('./spec-model.mjs').OperationEntry} OperationEntry */
/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */

/**
 * operationId → entry, for paths and webhooks.
 * @param {SpecDocument} spec
 * @returns {Map<string, OperationEntry>}
 */
export function indexOperations(spec) {
  const index = new Map();
  for (const entry of listOperations(spec)) {
    const id = String(entry.operation.operationId ?? '');
    if (!id) throw new Error(`Operation without operationId at ${entry.key}`);
    if (index.has(id)) throw new Error(`Duplicate operationId ${id}`);
    index.set(id, entry);
  }
  return index;
}

/**
 * `[`reSendKkbPin`](#/limit/resendkkbpin)` for an operation.
 * @param {OperationEntry} entry
 */
export function operationLink(entry) {
  return `[${code(String(entry.operation.operationId))}](${operationHref(entry.operation)})`;
}

/**
 * Link plus Haso's section number when the page has one: "[`reSendKkbPin`](…) (5.2.4)".
 * @param {OperationEntry} entry
 */
export function operationReference(entry) {
  const section = String(docOf(entry.operation).section ?? '');
  return /\d/.test(section) ? `${operationLink(entry)} (${section})` : operationLink(entry);
}
