// The one reader of the bundled Haso spec (dist/openapi.json): how to follow a local $ref, list the operations and
// read each x-haso-* extension. Pure functions of the parsed document, no I/O (load.mjs reads the file), so codegen,
// the docs build, the mock, the CLI and the tests all read the spec the same way.

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

/** `x-haso-kind`: read = safe to retry, write = never retried once sent, form = a browser form post. */
export const OPERATION_KINDS = Object.freeze(['read', 'write', 'form']);
/** `x-haso-unsigned.reason`. */
export const UNSIGNED_REASONS = Object.freeze([
  'recipe-not-published',
  'form-token',
  'no-token-documented',
  'inbound-webhook',
]);
/** `x-haso-signature.salt`: the salt's spelling on Haso's page. */
export const SALT_SPELLINGS = Object.freeze(['merhant_salt', 'merchantSalt']);
/** `x-haso-signature.formats` values. */
export const TOKEN_FORMATS = Object.freeze(['yyyy-MM-dd']);
/** The first word of an `x-haso-inferred` reason. */
export const INFERRED_KINDS = Object.freeze(['derived', 'safety', 'analogy']);
/** `x-haso-codes[].kind` by code prefix. */
export const CODE_KINDS = Object.freeze({ RS: 'result', M: 'message', H: 'error' });
/** The body fields the SDK fills itself, by role; each operation spells them its own way (`MerchantId`, `IpAddress`). */
export const FILLED_ROLES = Object.freeze(['merchantId', 'ipAddress', 'requestToken']);

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows local `#/…` references until a non-reference node; throws on external, dangling or looping refs. */
export function deref(spec, node) {
  let current = node;
  for (let hops = 0; current && typeof current === 'object' && typeof current.$ref === 'string'; hops++) {
    if (hops > 32 || !current.$ref.startsWith('#/')) throw new Error(`Cannot resolve $ref ${current.$ref}`);
    current = current.$ref
      .slice(2)
      .split('/')
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce((at, part) => (isObject(at) && Object.hasOwn(at, part) ? at[part] : undefined), spec);
    if (current === undefined) throw new Error('Dangling $ref in the spec');
  }
  return current;
}

/** Every operation in document order: paths first, then webhooks (`path` is the webhook's name there). */
export function listOperations(spec) {
  const out = [];
  for (const [group, webhook] of [
    ['paths', false],
    ['webhooks', true],
  ]) {
    for (const [path, item] of Object.entries(spec[group] ?? {})) {
      const pathItem = deref(spec, item);
      for (const method of METHODS) {
        const op = pathItem[method];
        if (op) out.push({ operationId: op.operationId, path, method, webhook, op });
      }
    }
  }
  return out;
}

/** The path operation (not a webhook) with this operationId; throws for an unknown id. */
export function findOperation(spec, operationId) {
  const found = listOperations(spec).find((entry) => !entry.webhook && entry.operationId === operationId);
  if (!found) throw new Error(`No operation ${operationId} in the spec`);
  return found;
}

/** `info.version` of the spec. */
export function specVersion(spec) {
  const version = spec.info?.version;
  if (typeof version !== 'string' || !version) throw new Error('The spec has no info.version');
  return version;
}

/** Where an operation comes from: `x-haso-doc-section`, `-title`, `-site`, `-status`, `-gaps`, `x-haso-path-status`. */
export function docOf(op) {
  return {
    section: op['x-haso-doc-section'],
    title: op['x-haso-doc-title'],
    site: op['x-haso-doc-site'],
    status: op['x-haso-doc-status'],
    gaps: op['x-haso-doc-gaps'],
    pathStatus: op['x-haso-path-status'] ?? 'documented',
  };
}

/** `x-haso-kind` of a path operation; throws when it is missing or unknown. */
export function operationKind(op) {
  const kind = op['x-haso-kind'];
  if (!OPERATION_KINDS.includes(kind)) {
    throw new Error(`${op.operationId}: x-haso-kind must be one of ${OPERATION_KINDS.join(', ')}`);
  }
  return kind;
}

/** `x-haso-signature` as `{ fields, formats, salt }` (formats `{}` when the page gives none), or undefined. */
export function signatureOf(op) {
  const sig = op['x-haso-signature'];
  if (!sig) return undefined;
  return { fields: [...sig.fields], formats: { ...(sig.formats ?? {}) }, salt: sig.salt };
}

/** The token recipe of an operation: `{ operationId, path, fields, formats, salt }`, or undefined when unsigned. */
export function recipeOf({ operationId, path, op }) {
  const sig = signatureOf(op);
  return sig && { operationId, path, ...sig };
}

/** `x-haso-unsigned` as `{ reason, note }`, or undefined for a signed operation. */
export function unsignedOf(op) {
  const unsigned = op['x-haso-unsigned'];
  return unsigned ? { reason: String(unsigned.reason), note: String(unsigned.note ?? '').trim() } : undefined;
}

/** The media types of the request body, in document order. */
export function requestContentTypes(spec, op) {
  return Object.keys(deref(spec, op.requestBody)?.content ?? {});
}

/**
 * The request body's main media type: JSON when offered, else the form encoding, else the first one:
 * `{ contentType, media, schema }` (schema dereferenced), or undefined without a body.
 */
export function requestMedia(spec, op) {
  const content = deref(spec, op.requestBody)?.content ?? {};
  const contentType = [JSON_TYPE, FORM_TYPE].find((type) => type in content) ?? Object.keys(content)[0];
  if (contentType === undefined) return undefined;
  const media = content[contentType];
  return { contentType, media, schema: deref(spec, media.schema) };
}

/**
 * The request properties of an operation (main media type, allOf flattened, each property as written, refs not
 * followed), the required names, and whether other properties are let through (`additionalProperties` not false).
 */
export function requestProperties(spec, op) {
  const out = { properties: {}, required: [], open: true };
  const schema = requestMedia(spec, op)?.schema;
  if (!schema) return out;
  for (const part of [schema, ...(schema.allOf ?? []).map((s) => deref(spec, s))]) {
    Object.assign(out.properties, part.properties ?? {});
    out.required.push(...(part.required ?? []));
    if (part.additionalProperties === false) out.open = false;
  }
  return out;
}

/**
 * The body fields the SDK fills in itself, by role, spelled as the operation spells them (null: the operation has
 * no such field): the merchant id (`merchantId` / `MerchantId`), the customer IP (`ipAddress` / `IpAddress`, filled
 * from the configuration when the input has none) and `requestToken` (computed from the recipe on signed
 * operations, or declared by the schema).
 */
export function filledFields(spec, op) {
  const names = Object.keys(requestProperties(spec, op).properties);
  const find = (lower) => names.find((name) => name.toLowerCase() === lower) ?? null;
  return {
    merchantId: find('merchantid'),
    ipAddress: find('ipaddress'),
    requestToken: op['x-haso-signature'] || names.includes('requestToken') ? 'requestToken' : null,
  };
}

/**
 * The request properties a signed operation's token does not cover (they can be changed after signing), in schema
 * order, `requestToken` left out; null for an operation without a recipe (nothing is signed).
 */
export function unsignedRequestFields(spec, op) {
  const sig = signatureOf(op);
  if (!sig) return null;
  return Object.keys(requestProperties(spec, op).properties).filter(
    (name) => name !== 'requestToken' && !sig.fields.includes(name),
  );
}

/**
 * The request example of an operation: the main media type's `example`, else its first named example (a
 * `success…` one when there is one), as `{ contentType, value }`; undefined when the operation has none.
 */
export function requestExample(spec, op) {
  const main = requestMedia(spec, op);
  if (!main) return undefined;
  const { contentType, media } = main;
  if (isObject(media.example)) return { contentType, value: media.example };
  const named = Object.entries(media.examples ?? {});
  const chosen = named.find(([name]) => name.startsWith('success')) ?? named[0];
  return chosen ? { contentType, value: deref(spec, chosen[1]).value } : undefined;
}

/** The request example without the fields the SDK fills (merchant id, requestToken): what an SDK caller passes. */
export function requestExampleInput(spec, op) {
  const { merchantId, requestToken } = filledFields(spec, op);
  const value = requestExample(spec, op)?.value ?? {};
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== merchantId && key !== requestToken));
}

/**
 * Every named response example of an operation in document order:
 * `[{ name, status, contentType, summary, description, value }]` (summary and description may be undefined).
 */
export function responseExamples(spec, op) {
  const out = [];
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    for (const [contentType, media] of Object.entries(deref(spec, response)?.content ?? {})) {
      for (const [name, raw] of Object.entries(media.examples ?? {})) {
        const example = deref(spec, raw);
        out.push({
          name,
          status,
          contentType,
          summary: example.summary,
          description: example.description,
          value: example.value,
        });
      }
    }
  }
  return out;
}

/** Named response examples by name, first occurrence winning; only those of `contentType` when given. */
export function namedResponseExamples(spec, op, contentType) {
  const named = new Map();
  for (const example of responseExamples(spec, op)) {
    if (contentType !== undefined && example.contentType !== contentType) continue;
    if (!named.has(example.name)) named.set(example.name, example);
  }
  return named;
}

/** A component example's value (`#/components/examples/<name>`). */
export function componentExample(spec, name) {
  const example = spec.components?.examples?.[name];
  if (example === undefined) throw new Error(`No components/examples/${name} in the spec`);
  return deref(spec, example).value;
}

/**
 * `x-haso-scenarios`: sandbox inputs that select a named response example, `[{ field, value, example }]` with the
 * value as a string. A malformed entry throws (the lint rule haso/scenarios keeps the spec free of them).
 */
export function scenariosOf(op) {
  const raw = op['x-haso-scenarios'] ?? [];
  if (!Array.isArray(raw)) throw new Error(`${op.operationId}: x-haso-scenarios must be a list`);
  return raw.map((entry, i) => {
    const { field, value, example } = isObject(entry) ? entry : {};
    if (
      typeof field !== 'string' ||
      typeof example !== 'string' ||
      !['string', 'number', 'boolean'].includes(typeof value)
    ) {
      throw new Error(`${op.operationId}: x-haso-scenarios[${i}] needs field, value and example`);
    }
    return { field, value: String(value), example };
  });
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

/** The `x-haso-inferred` reason beside a node (the toolkit's reading, not Haso's), or undefined. */
export function inferredOf(node) {
  const reason = isObject(node) ? node['x-haso-inferred'] : undefined;
  return typeof reason === 'string' ? reason : undefined;
}
