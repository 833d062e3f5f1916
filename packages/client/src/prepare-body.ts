// The fast path: the body object is filled, validated and signed before it is serialized (once, by the transport).
import { SigningInputError } from '@haso-toolkit/signing';
import type { TokenSigner } from '@haso-toolkit/signing/internal';
import { isObject } from './checks.js';
import { HasoValidationError } from './errors.js';
import type { OperationRoute } from './operation-types.js';

/** Where a runtime recipe's token goes in an operation that has no requestToken field of its own. */
const TOKEN = 'requestToken';

/** Fills, validates and signs request bodies for one set of credentials. */
export interface BodyPreparer {
  /**
   * A copy of `input` with merchantId (and ipAddress: the input's own value, else `ipAddress`, else the client
   * default) filled in where the operation has those fields (its generated `filled`).
   */
  fill(op: OperationRoute, input: object, ipAddress: string | undefined): Record<string, unknown>;
  /** `fill`, after checking `input` is an object, then validated against the schema (HasoValidationError). */
  checked(op: OperationRoute, input: unknown, ipAddress: string | undefined): Record<string, unknown>;
  /** Sets `requestToken`: at once when the provider signs synchronously (node:crypto), else through a promise. */
  sign(op: OperationRoute, body: Record<string, unknown>): void | Promise<void>;
}

/** Creates the preparer of one client. */
export function createBodyPreparer(
  signer: TokenSigner,
  merchantId: string,
  defaultIp: string | undefined,
): BodyPreparer {
  const asValidationError = (op: OperationRoute, error: unknown): unknown =>
    error instanceof SigningInputError
      ? new HasoValidationError(op.operationId, error.field, 'token', error.rule, error)
      : error;

  const fill = (op: OperationRoute, input: object, ipAddress: string | undefined) => {
    const { merchantId: merchantKey, ipAddress: ipKey } = op.filled;
    const ip = ipKey === null ? undefined : (ipAddress ?? defaultIp);
    // One object literal: the filled fields, then the input's own (spread defines data properties, `__proto__` too).
    // Adding properties to a spread copy afterwards is many times slower in V8.
    const body: Record<string, unknown> =
      merchantKey === null
        ? ip === undefined
          ? { ...input }
          : { [ipKey as string]: ip, ...input }
        : ip === undefined
          ? { [merchantKey]: merchantId, ...input }
          : { [merchantKey]: merchantId, [ipKey as string]: ip, ...input };
    // A field the input gives as undefined is filled like an absent one.
    if (merchantKey !== null && body[merchantKey] === undefined) body[merchantKey] = merchantId;
    if (ip !== undefined && body[ipKey as string] === undefined) body[ipKey as string] = ip;
    return body;
  };

  return {
    fill,
    checked(op, input, ipAddress) {
      // Spreading null, an array or a string would quietly make another body ({}, {0: …}): reject it instead.
      if (!isObject(input)) {
        throw new HasoValidationError(op.operationId, '', 'type', 'must be an object');
      }
      const body = fill(op, input, ipAddress);
      // requestToken is skipped only when the client computes it; otherwise it is checked like any other field.
      const problem = op.validate(body, '', op.recipe ? (op.filled.requestToken ?? TOKEN) : undefined);
      if (problem) throw new HasoValidationError(op.operationId, problem.field, problem.rule, problem.detail);
      return body;
    },
    sign(op, body) {
      const { recipe } = op;
      if (!recipe) return;
      if (signer.synchronous) {
        try {
          body[op.filled.requestToken ?? TOKEN] = signer.sign(recipe, body);
          return;
        } catch (error) {
          throw asValidationError(op, error);
        }
      }
      return signer.signAsync(recipe, body).then(
        (token) => {
          body[op.filled.requestToken ?? TOKEN] = token;
        },
        (error: unknown) => {
          throw asValidationError(op, error);
        },
      );
    },
  };
}
