// haso call: sign and send one operation with the SDK, print Haso's envelope; exit 0 / 1 (Success: false) / 2.
import { type CallOptions, HasoApiError, HasoError, type HasoPromise } from '@haso-toolkit/client';
import { readBody } from '../body-input.js';
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

type Method = (input: object, options: CallOptions) => HasoPromise<unknown>;

/** Haso's envelope as the SDK read it (`Errors` is only filled on `Success: false`, as Haso's pages say). */
interface Envelope {
  readonly Success: boolean;
  readonly Errors: readonly string[] | null;
  readonly Data: unknown;
}

/** The HTTP status line and the headers of an answer, as curl -i prints them. */
function head(status: number, headers: Headers | undefined): string {
  const lines = [`HTTP ${status}`];
  headers?.forEach((value, name) => {
    lines.push(`${name}: ${value}`);
  });
  return `${lines.join('\n')}\n`;
}

function printEnvelope(out: Output, envelope: Envelope, json: boolean): void {
  out.out(json ? JSON.stringify(envelope) : JSON.stringify(envelope, null, 2));
}

const callable = () => listOperations().filter((op) => op.kind !== 'form');

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
    OPTIONS.include,
    OPTIONS.json,
    OPTIONS.help,
  ],
  details: () =>
    [
      'The body is validated against the spec, merchantId/ipAddress are filled in and the requestToken is computed by',
      "the SDK (@haso-toolkit/client). Haso's envelope is printed pretty (--json: on one line), after the HTTP status",
      'and headers with --include. Exit code 0 when Success is true, 1 when it is false (the error on stderr), 2 for a',
      'bad body or a transport error.',
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
    const json = args.values.json === true;
    const include = args.values[OPTIONS.include.name] === true;
    const client = createCliClient(config, configuredKey(config));
    const method = (client as unknown as Record<string, Method>)[op.operationId];
    if (typeof method !== 'function') throw new CliError(`${op.operationId} cannot be called`);
    const options: CallOptions = typeof prefer === 'string' ? { headers: { prefer } } : {};
    try {
      const { data, response } = await method(body, options).withResponse();
      if (include) ctx.out.out(head(response.status, response.headers));
      printEnvelope(ctx.out, { Success: true, Errors: null, Data: data }, json);
      return EXIT.ok;
    } catch (error) {
      if (!(error instanceof HasoError)) throw error;
      if (include && error.status !== undefined) ctx.out.out(head(error.status, error.headers));
      if (error instanceof HasoApiError) {
        printEnvelope(ctx.out, { Success: false, Errors: error.errors, Data: error.data }, json);
        ctx.out.err(`haso: ${oneLine(error)}`);
        return EXIT.refused;
      }
      throw new CliError(describeFailure(error, client.config.baseUrl, op.path));
    }
  },
};
