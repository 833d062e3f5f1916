// The rules every operation's own extensions follow: doc provenance, the token recipe or its absence, examples.
import { TOKEN_FORMATS as FIELD_FORMATS, SALT_SPELLINGS, UNSIGNED_REASONS } from '../../reader.mjs';
import { isWebhook, requestSchemas, resolved } from './shared.js';

const DOC_STATUSES = ['complete', 'partial', 'title-only'];
const DOC_SITES = ['restdocs-v41', 'storedocs-v39', 'ecommerce'];

export function OperationDocExtensions() {
  return {
    Operation(operation, ctx) {
      const need = (key, ok, what) => {
        if (!ok(operation[key])) {
          ctx.report({ message: `${key} must be ${what}.`, location: ctx.location.child(key).key() });
        }
      };
      need('x-haso-doc-section', (v) => typeof v === 'string' && v.length > 0, 'a non-empty string');
      need('x-haso-doc-title', (v) => typeof v === 'string' && v.length > 0, "Haso's page title (Turkish)");
      need('x-haso-doc-status', (v) => DOC_STATUSES.includes(v), `one of ${DOC_STATUSES.join(', ')}`);
      need('x-haso-doc-site', (v) => DOC_SITES.includes(v), `one of ${DOC_SITES.join(', ')}`);
      const pathStatus = operation['x-haso-path-status'];
      if (pathStatus !== undefined && pathStatus !== 'documented' && pathStatus !== 'provisional') {
        ctx.report({
          message: 'x-haso-path-status must be documented or provisional.',
          location: ctx.location.child('x-haso-path-status'),
        });
      }
      if (pathStatus === 'provisional' && !/provisional/i.test(operation.description || '')) {
        ctx.report({
          message: 'A provisional path must say so in the description.',
          location: ctx.location.child('description'),
        });
      }
    },
  };
}

export function SignatureOrUnsigned() {
  return {
    Operation(operation, ctx) {
      const sig = operation['x-haso-signature'];
      const unsigned = operation['x-haso-unsigned'];
      if ((sig === undefined) === (unsigned === undefined)) {
        ctx.report({
          message:
            'An operation needs exactly one of x-haso-signature (the token recipe) or x-haso-unsigned (why there is none).',
          location: ctx.location.key(),
        });
        return;
      }
      if (sig !== undefined) {
        const fields = sig.fields;
        if (!Array.isArray(fields) || fields.length === 0 || fields.some((f) => typeof f !== 'string')) {
          ctx.report({
            message: 'x-haso-signature.fields must be a non-empty list of field names.',
            location: ctx.location.child(['x-haso-signature', 'fields']),
          });
        } else if (new Set(fields).size !== fields.length) {
          ctx.report({
            message: 'x-haso-signature.fields lists a field twice.',
            location: ctx.location.child(['x-haso-signature', 'fields']),
          });
        }
        if (!SALT_SPELLINGS.includes(sig.salt)) {
          ctx.report({
            message: `x-haso-signature.salt must be the spelling on Haso's page: ${SALT_SPELLINGS.join(' or ')}.`,
            location: ctx.location.child(['x-haso-signature', 'salt']),
          });
        }
        for (const [field, format] of Object.entries(sig.formats || {})) {
          if (!FIELD_FORMATS.includes(format) || !(fields || []).includes(field)) {
            ctx.report({
              message: `x-haso-signature.formats.${field} must name a signed field and one of ${FIELD_FORMATS.join(', ')}.`,
              location: ctx.location.child(['x-haso-signature', 'formats', field]),
            });
          }
        }
      } else if (!UNSIGNED_REASONS.includes(unsigned.reason) || typeof unsigned.note !== 'string' || !unsigned.note) {
        ctx.report({
          message: `x-haso-unsigned needs reason (${UNSIGNED_REASONS.join(', ')}) and a note.`,
          location: ctx.location.child('x-haso-unsigned'),
        });
      }
    },
  };
}

export function SignatureFieldsExist() {
  return {
    Operation(operation, ctx) {
      const sig = operation['x-haso-signature'];
      if (!sig || !Array.isArray(sig.fields)) return;
      const schemas = requestSchemas(operation, ctx);
      if (schemas.length === 0) {
        ctx.report({ message: 'A signed operation needs a request body schema.', location: ctx.location.key() });
      }
      for (const schema of schemas) {
        for (const field of sig.fields) {
          if (!(field in schema.properties)) {
            ctx.report({
              message: `Signature field "${field}" is not a property of the request schema.`,
              location: ctx.location.child(['x-haso-signature', 'fields']),
            });
          }
        }
      }
    },
  };
}

export function SignedRequiresToken() {
  return {
    Operation(operation, ctx) {
      if (!operation['x-haso-signature']) return;
      for (const schema of requestSchemas(operation, ctx)) {
        if (!('requestToken' in schema.properties) || !schema.required.includes('requestToken')) {
          ctx.report({
            message: 'A signed operation must declare requestToken as a required property.',
            location: ctx.location.child('requestBody'),
          });
        }
      }
    },
  };
}

export function ExamplesSuccessAndFailure() {
  return {
    Operation(operation, ctx) {
      if (isWebhook(ctx)) return;
      let success = false;
      let failure = false;
      for (const response of Object.values(operation.responses || {})) {
        for (const media of Object.values(resolved(ctx, response).content || {})) {
          for (const [name, ex] of Object.entries(media.examples || {})) {
            const value = resolved(ctx, ex)?.value;
            const flag = value && typeof value === 'object' ? value.Success : undefined;
            if (flag === true || (flag === undefined && /^success/.test(name))) success = true;
            if (flag === false || (flag === undefined && /^failure/.test(name))) failure = true;
          }
        }
      }
      if (!success || !failure) {
        ctx.report({
          message: `Operation needs named examples for success and failure (missing: ${[!success && 'success', !failure && 'failure'].filter(Boolean).join(', ')}).`,
          location: ctx.location.child('responses'),
        });
      }
    },
  };
}
