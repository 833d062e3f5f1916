// The request body of an operation: its media types, the main one's schema, the properties and the fields the SDK
// fills itself or leaves outside the token.
import { signatureOf } from './extensions.mjs';
import { deref } from './refs.mjs';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

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
