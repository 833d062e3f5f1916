// haso call: sign and send one operation with the SDK, print Haso's envelope; exit 0 / 1 (Success: false) / 2.
import { HasoApiError, HasoError } from '@haso-toolkit/client';
import { readBody } from '../body-input.js';
import { capturingFetch } from '../capture-fetch.js';
import { configuredKey, createCliClient } from '../client-factory.js';
import type { Command } from '../command.js';
import { resolveConfig } from '../config.js';
import { CliError, EXIT, oneLine } from '../errors.js';
import { operationLines } from '../help.js';
import { listOperations } from '../operation-catalog.js';
import { CREDENTIAL_OPTIONS, OPTIONS } from '../options.js';
import type { Output } from '../output.js';
import { describeFailure } from '../transport-failure.js';
import { operationArg } from './operation-arg.js';

type Method = (input: object) => Promise<unknown>;

const callable = () => listOperations().filter((op) => op.kind !== 'form');

function printEnvelope(out: Output, text: string | undefined, raw: boolean): void {
  if (text === undefined) return;
  if (raw) return out.out(text);
  try {
    out.out(JSON.stringify(JSON.parse(text), null, 2));
  } catch {
    out.out(text);
  }
}

/** `haso call`. */
export const callCommand: Command = {
  name: 'call',
  summary: "sign and send one operation, print Haso's answer (the envelope)",
  usage: "haso call <operation> [--body '<json>' | --body-file <file>] [options]",
  options: [
    OPTIONS.body,
    OPTIONS.bodyFile,
    OPTIONS.baseUrl,
    ...CREDENTIAL_OPTIONS,
    OPTIONS.timeout,
    OPTIONS.prefer,
    OPTIONS.json,
    OPTIONS.help,
  ],
  details: () =>
    [
      'The body is validated against the spec, merchantId/ipAddress are filled in and the requestToken is computed by',
      "the SDK (@haso-toolkit/client). Haso's envelope is printed pretty (--json: as received). Exit code 0 when",
      'Success is true, 1 when it is false (the error on stderr), 2 for a bad body or a transport error.',
      '',
      'Operations (browser form posts are left out; haso help <operation> shows the fields):',
      operationLines(callable()),
    ].join('\n'),
  positionals: () => callable().map((op) => op.operationId),
  async run(args, ctx) {
    const op = operationArg(args, 'call');
    if (op.kind === 'form') {
      throw new CliError(
        `${op.operationId} is a browser form post (the customer's browser posts it): build it with buildFormPost`,
      );
    }
    const config = resolveConfig(args, ctx.env);
    const body = await readBody(args, ctx.readStdin);
    const prefer = args.values[OPTIONS.prefer.name];
    const capture = capturingFetch(typeof prefer === 'string' ? prefer : undefined);
    const client = createCliClient(config, configuredKey(config), { fetch: capture.fetch });
    const method = (client as unknown as Record<string, Method>)[op.operationId];
    if (typeof method !== 'function') throw new CliError(`${op.operationId} cannot be called`);
    try {
      await method(body);
      printEnvelope(ctx.out, capture.lastBody(), args.values.json === true);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof HasoApiError) {
        printEnvelope(ctx.out, capture.lastBody(), args.values.json === true);
        ctx.out.err(`haso: ${oneLine(error)}`);
        return EXIT.refused;
      }
      if (error instanceof HasoError) throw new CliError(describeFailure(error, client.config.baseUrl, op.path));
      throw error;
    }
  },
};
