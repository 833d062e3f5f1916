// The document-wide facts: the spec's version, the mock's server and test credentials, the component schemas and
// Haso's codes.
import { deref, isObject } from './refs.mjs';

/** `info.version` of the spec. */
export function specVersion(spec) {
  const version = spec.info?.version;
  if (typeof version !== 'string' || !version) throw new Error('The spec has no info.version');
  return version;
}

/** `x-haso-test-credentials`: the mock's public test credentials `{ merchantId, merchantSalt, hmacKey }`. */
export function testCredentials(spec) {
  const raw = spec['x-haso-test-credentials'];
  const { merchantId, merchantSalt, hmacKey = merchantSalt } = isObject(raw) ? raw : {};
  if (![merchantId, merchantSalt, hmacKey].every((v) => typeof v === 'string' && v.length > 0)) {
    throw new Error('The spec has no x-haso-test-credentials (merchantId, merchantSalt, hmacKey)');
  }
  return { merchantId, merchantSalt, hmacKey };
}

/** The first server's URL with its variables' defaults filled in (the toolkit's local mock). */
export function defaultServerUrl(spec) {
  const server = spec.servers?.[0];
  if (!server) throw new Error('The spec has no servers');
  return server.url.replace(/\{(\w+)\}/g, (whole, name) => server.variables?.[name]?.default ?? whole);
}

/** A component schema (`#/components/schemas/<name>`), dereferenced; throws when there is none. */
export function componentSchema(spec, name) {
  const schemas = spec.components?.schemas ?? {};
  const schema = Object.hasOwn(schemas, name) ? deref(spec, schemas[name]) : undefined;
  if (!isObject(schema)) throw new Error(`No components/schemas/${name} in the spec`);
  return schema;
}

/** The ResultCode schema (the shape of a Haso code and the table of documented codes). */
function resultCodeSchema(spec) {
  const schema = deref(spec, spec.components?.schemas?.ResultCode);
  if (!isObject(schema)) throw new Error('The spec has no ResultCode schema');
  return schema;
}

/** Every documented code (ResultCode `x-haso-codes`): `[{ code, kind, meaning, seen }]`. */
export function resultCodes(spec) {
  return [...(resultCodeSchema(spec)['x-haso-codes'] ?? [])];
}

/**
 * The shape of a Haso code, from ResultCode's pattern (`^` + the code): `pattern` validates a `Message` value (a
 * code, then any text), `code` is the code alone (to find codes inside a text).
 */
export function codePattern(spec) {
  const { pattern } = resultCodeSchema(spec);
  if (typeof pattern !== 'string' || !pattern.startsWith('^') || pattern.endsWith('$')) {
    throw new Error('ResultCode.pattern must be ^ followed by the code, open at the end (text may follow the code)');
  }
  return { pattern, code: pattern.slice(1) };
}
