// The extensions other packages read: x-haso-kind, x-haso-scenarios, x-haso-codes, x-haso-test-credentials.
// Their vocabularies come from the reader, the one place that reads them.
import { CODE_KINDS, OPERATION_KINDS } from '../../reader.mjs';
import { isObject, isWebhook, requestMedia, responseExamples } from './shared.js';

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';

export function OperationKind() {
  return {
    Operation(operation, ctx) {
      const kind = operation['x-haso-kind'];
      const at = ctx.location.child('x-haso-kind');
      if (operation['x-haso-write'] !== undefined) {
        ctx.report({
          message: 'x-haso-write is replaced by x-haso-kind: write.',
          location: ctx.location.child('x-haso-write').key(),
        });
      }
      if (isWebhook(ctx)) {
        if (kind !== undefined)
          ctx.report({ message: 'A webhook (a post Haso sends to you) has no x-haso-kind.', location: at.key() });
        return;
      }
      if (!OPERATION_KINDS.includes(kind)) {
        ctx.report({
          message: `x-haso-kind must be one of ${OPERATION_KINDS.join(', ')}.`,
          location: kind === undefined ? ctx.location.key() : at,
        });
        return;
      }
      const types = requestMedia(operation, ctx).map((m) => m.type);
      const browserPost = types.includes(FORM_TYPE) && !types.includes(JSON_TYPE);
      if ((kind === 'form') !== browserPost) {
        ctx.report({
          message: 'x-haso-kind form is for browser form posts: a request body with the form encoding and no JSON.',
          location: at,
        });
      }
    },
  };
}

/**
 * Checks a list extension: a non-empty list (else one report saying `shape`), each entry by `check(entry, here)`,
 * and no two entries with the same `idOf(entry)`.
 */
function eachEntry(ctx, list, at, shape, idOf, check) {
  if (!Array.isArray(list) || list.length === 0) {
    ctx.report({ message: `${shape}.`, location: at });
    return;
  }
  const seen = new Set();
  list.forEach((entry, i) => {
    const here = at.child([i]);
    if (check(entry, here) === false) return;
    const id = idOf(entry);
    if (seen.has(id)) ctx.report({ message: `${id} is listed twice.`, location: here });
    seen.add(id);
  });
}

export function Scenarios() {
  return {
    Operation(operation, ctx) {
      const raw = operation['x-haso-scenarios'];
      if (raw === undefined) return;
      const media = requestMedia(operation, ctx);
      const names = new Set(responseExamples(operation, ctx).map((e) => e.name));
      const shape = 'x-haso-scenarios must be a non-empty list of { field, value, example }';
      const idOf = (entry) => `Scenario ${entry.field}=${String(entry.value)}`;
      eachEntry(ctx, raw, ctx.location.child('x-haso-scenarios'), shape, idOf, (entry, here) => {
        const keys = isObject(entry) ? Object.keys(entry).sort().join(',') : '';
        if (keys !== 'example,field,value') {
          ctx.report({ message: 'A scenario has exactly the keys field, value and example.', location: here });
          return false;
        }
        const { field, value, example } = entry;
        const schemas = media.map((m) => m.property(field));
        if (typeof field !== 'string' || schemas.length === 0 || schemas.some((s) => s === undefined)) {
          ctx.report({
            message: `Scenario field "${field}" is not a request property.`,
            location: here.child('field'),
          });
        } else if (!['string', 'number', 'boolean'].includes(typeof value)) {
          ctx.report({ message: 'A scenario value is a string, number or boolean.', location: here.child('value') });
        } else if (schemas.some((s) => Array.isArray(s.enum) && !s.enum.includes(value))) {
          ctx.report({
            message: `Scenario value ${JSON.stringify(value)} is not allowed by ${field}'s enum.`,
            location: here.child('value'),
          });
        }
        if (typeof example !== 'string' || !names.has(example)) {
          ctx.report({
            message: `Scenario example "${example}" is not a named response example of this operation.`,
            location: here.child('example'),
          });
        }
        return true;
      });
    },
  };
}

export function Codes() {
  return {
    Schema(schema, ctx) {
      const table = schema['x-haso-codes'];
      if (table === undefined) return;
      const at = ctx.location.child('x-haso-codes');
      const pattern = typeof schema.pattern === 'string' ? new RegExp(schema.pattern) : undefined;
      if (!pattern)
        ctx.report({ message: 'A schema with x-haso-codes needs the pattern its codes follow.', location: at.key() });
      const shape = 'x-haso-codes must be a non-empty list of { code, kind, meaning, seen }';
      eachEntry(
        ctx,
        table,
        at,
        shape,
        (entry) => `Code ${entry?.code}`,
        (entry, here) => {
          const { code, kind, meaning, seen } = isObject(entry) ? entry : {};
          const prefix = typeof code === 'string' ? /^[A-Z]+/.exec(code)?.[0] : undefined;
          if (typeof code !== 'string' || (pattern && !pattern.test(code)) || !Object.hasOwn(CODE_KINDS, prefix)) {
            ctx.report({
              message: `Code ${JSON.stringify(code)} does not follow the schema's pattern.`,
              location: here.child('code'),
            });
          } else if (kind !== CODE_KINDS[prefix]) {
            ctx.report({
              message: `A ${prefix}… code is of kind ${CODE_KINDS[prefix]}.`,
              location: here.child('kind'),
            });
          }
          for (const [key, value] of [
            ['meaning', meaning],
            ['seen', seen],
          ]) {
            if (typeof value !== 'string' || !value.trim()) {
              ctx.report({ message: `Code ${code}: ${key} must be a non-empty string.`, location: here.child(key) });
            }
          }
          return true;
        },
      );
    },
  };
}

export function TestCredentials() {
  return {
    Root(root, ctx) {
      const creds = root['x-haso-test-credentials'];
      const ok = (v) => typeof v === 'string' && v.length > 0;
      if (
        !isObject(creds) ||
        !ok(creds.merchantId) ||
        !ok(creds.merchantSalt) ||
        (creds.hmacKey !== undefined && !ok(creds.hmacKey)) ||
        !ok(creds.description)
      ) {
        ctx.report({
          message:
            "x-haso-test-credentials needs the mock's merchantId, merchantSalt, optional hmacKey and a description.",
          location: ctx.location.child('x-haso-test-credentials'),
        });
      }
    },
  };
}
