// What x-haso-doc-status / x-haso-path-status mean, and the Redoc badges that show them.
import { docOf } from '@haso-toolkit/spec/reader';

/**
 * @typedef {import('@haso-toolkit/spec/reader').DocStatus} DocStatus
 * @typedef {import('@haso-toolkit/spec/reader').OperationObject} OperationObject
 * @typedef {{ name: string, color: string, position?: 'before' | 'after' }} Badge
 */

/** @type {Readonly<Record<DocStatus, { label: string, color: string, meaning: string }>>} */
export const DOC_STATUSES = Object.freeze({
  complete: {
    label: 'Complete',
    color: 'success',
    meaning: "request table, token recipe and response were all on Haso's page",
  },
  partial: {
    label: 'Partial',
    color: 'warning',
    meaning: "Haso's page survives only in part (cut off or missing sections)",
  },
  'title-only': {
    label: 'Title only',
    color: 'error',
    meaning: "only the title of Haso's page survives; everything else is modelled from the other pages",
  },
});

/** Badge of operations whose path Haso never printed. */
export const PROVISIONAL_BADGE = Object.freeze({ name: 'Provisional', color: 'grey' });

/** Where the facts were read, by `x-haso-doc-site`. */
export const DOC_SITES = Object.freeze(
  /** @type {Record<string, string>} */ ({
    'restdocs-v41': 'restdocs V.41',
    'storedocs-v39': 'storedocs V.39',
    ecommerce: 'e-commerce pages',
  }),
);

/**
 * The status of an operation; throws on a value the spec's lint would reject.
 * @param {OperationObject} operation
 * @returns {DocStatus}
 */
export function docStatusOf(operation) {
  const { status } = docOf(operation);
  if (status === 'complete' || status === 'partial' || status === 'title-only') return status;
  throw new Error(`${String(operation.operationId)}: unknown x-haso-doc-status ${JSON.stringify(status)}`);
}

/**
 * True when the operation's path was not printed by Haso.
 * @param {OperationObject} operation
 */
export function isProvisional(operation) {
  return docOf(operation).pathStatus === 'provisional';
}

/**
 * Redoc `x-badges` for an operation: the documentation status, plus "Provisional" for unprinted paths.
 * @param {OperationObject} operation
 * @returns {Badge[]}
 */
export function statusBadges(operation) {
  const status = DOC_STATUSES[docStatusOf(operation)];
  /** @type {Badge[]} */
  const badges = [{ name: status.label, color: status.color }];
  if (isProvisional(operation)) badges.push({ ...PROVISIONAL_BADGE });
  return badges;
}
