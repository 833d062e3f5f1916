// haso sign: the exact token string (salt masked) and the requestToken of a body, to compare with your own code.
import { createSigner, HasoSigningError } from '@haso-toolkit/signing';
import { readBody } from '../body-input.js';
import type { Command } from '../command.js';
import { type CliConfig, required, resolveConfig } from '../config.js';
import { CliError, EXIT } from '../errors.js';
import { columns } from '../format.js';
import { operationLines } from '../help.js';
import { listOperations, type OperationInfo, recipeText } from '../operation-catalog.js';
import { CREDENTIAL_OPTIONS, OPTIONS } from '../options.js';
import { filledFieldsOf } from '../spec.js';
import { operationArg } from './operation-arg.js';

const signed = () => listOperations().filter((op) => op.recipe);

/** Fills merchantId (required somewhere) and ipAddress (when configured) like the SDK does, with the spec's casing. */
function fillBody(op: OperationInfo, input: Record<string, unknown>, config: CliConfig): Record<string, unknown> {
  const body = { ...input };
  const { merchantId, ipAddress } = filledFieldsOf(op.operationId);
  if (merchantId && body[merchantId] === undefined) body[merchantId] = required(config, 'merchantId');
  if (ipAddress && body[ipAddress] === undefined && config.ipAddress !== undefined) body[ipAddress] = config.ipAddress;
  return body;
}

function keyText(config: CliConfig): string {
  const key = config.hmacKey === undefined ? 'the merchant salt' : 'the HMAC key (HASO_HMAC_KEY)';
  return config.appendSalt ? `${key}; salt appended` : `${key}; salt NOT appended (HASO_APPEND_SALT=false)`;
}

/** `haso sign`. */
export const signCommand: Command = {
  name: 'sign',
  summary: 'print the token string (salt masked) and the requestToken of a request body',
  usage: "haso sign <operation> [--body '<json>' | --body-file <file>] [options]",
  options: [OPTIONS.body, OPTIONS.bodyFile, ...CREDENTIAL_OPTIONS, OPTIONS.json, OPTIONS.help],
  details: () =>
    [
      'Computes the requestToken offline (nothing is sent) and prints the exact string that is HMAC-ed, with the salt',
      'masked, so you can compare it with your own code. merchantId (and ipAddress, with --ip-address) are filled in',
      'when the body lacks them. When the body carries a requestToken, it is compared: exit 1 if it differs.',
      '',
      'Signed operations (haso help <operation> shows the fields and the token recipe):',
      operationLines(signed()),
    ].join('\n'),
  positionals: () => signed().map((op) => op.operationId),
  async run(args, ctx) {
    const op = operationArg(args, 'sign');
    const recipe = op.recipe;
    const tokenKey = filledFieldsOf(op.operationId).requestToken;
    if (!recipe || !tokenKey) {
      throw new CliError(
        `${op.operationId} has no published token recipe (${op.unsignedReason ?? 'unsigned'}): nothing to sign`,
      );
    }
    const config = resolveConfig(args, ctx.env);
    const signer = createSigner({
      merchantSalt: required(config, 'merchantSalt'),
      ...(config.hmacKey === undefined ? {} : { hmacKey: config.hmacKey }),
      appendSalt: config.appendSalt,
    });
    const { [tokenKey]: given, ...input } = await readBody(args, ctx.readStdin);
    const body = fillBody(op, input, config);
    let token: string;
    try {
      token = signer.sign(recipe, body);
    } catch (error) {
      if (error instanceof HasoSigningError) throw new CliError(error.message);
      throw error;
    }
    const parts = signer.describeParts(recipe, body).flatMap((p) => (p.kind === 'field' ? [p.value] : []));
    const matches = given === undefined ? undefined : signer.verify(recipe, body, given);
    const result = {
      operationId: op.operationId,
      recipe: recipeText(recipe, config.appendSalt),
      parts: Object.fromEntries(recipe.fields.map((f, i) => [f, parts[i] ?? ''])),
      tokenString: signer.describe(recipe, body),
      hmacKey: config.hmacKey === undefined ? 'merchantSalt' : 'hmacKey',
      appendSalt: config.appendSalt,
      requestToken: token,
      ...(matches === undefined ? {} : { givenToken: given, matches }),
      body: { ...body, [tokenKey]: token },
    };
    if (args.values.json) {
      ctx.out.out(JSON.stringify(result, null, 2));
    } else {
      ctx.out.out(
        columns([
          ['operation', `${op.operationId} (${op.docSection}, POST ${op.path})`],
          ['recipe', result.recipe],
          ...recipe.fields.map((f, i) => [`  ${f}`, JSON.stringify(parts[i] ?? '')]),
          ['token string', result.tokenString],
          ['hmac key', keyText(config)],
          ['requestToken', token],
          ...(matches === undefined ? [] : [['given token', `${String(given)} (${matches ? 'matches' : 'DIFFERS'})`]]),
          ['body', JSON.stringify(result.body)],
        ]),
      );
    }
    return matches === false ? EXIT.refused : EXIT.ok;
  },
};
