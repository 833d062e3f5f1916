// The body the console sends: the merchantId field first (from the credentials), the edited fields, then the token.

/**
 * @param {{ merchantIdField: string | null }} operation
 * @param {Readonly<Record<string, unknown>>} edited the editor's object (its merchantId / requestToken are replaced)
 * @param {string} merchantId
 * @returns {Record<string, unknown>}
 */
export function requestBody(operation, edited, merchantId) {
  /** @type {Record<string, unknown>} */
  const body = operation.merchantIdField ? { [operation.merchantIdField]: merchantId } : {};
  for (const [key, value] of Object.entries(edited)) {
    if (key !== operation.merchantIdField && key !== 'requestToken') body[key] = value;
  }
  return body;
}
