// haso help [<command> | <operation>]: the global help, a command's help, or an operation's page from the spec.
import type { Command, Context } from '../command.js';
import { CliError, EXIT } from '../errors.js';
import { columns, wrap } from '../format.js';
import { commandHelp, globalHelp } from '../help.js';
import { findOperation, listOperations, type OperationInfo, recipeText } from '../operation-catalog.js';
import { OPTIONS } from '../options.js';
import { requestFields } from '../request-fields.js';
import { specOperation } from '../spec.js';

const WIDTH = 110;
const FILLED_BY_CLI = 'filled in by haso';

/** An operation's help: summary, source, request fields (required/optional), token recipe, scenarios, examples. */
export function operationHelp(op: OperationInfo): string {
  const spec = specOperation(op.operationId);
  const merchantKey = spec?.filled.merchantId;
  const ipKey = spec?.filled.ipAddress;
  const lines = [
    `${op.operationId}: ${op.summary}`,
    `  ${[op.docSection, spec?.docTitle && `"${spec.docTitle}"`, spec?.docSite].filter(Boolean).join(', ')}; ` +
      `doc status ${op.docStatus}`,
    `  POST ${op.path} (${op.kind}${spec?.contentType ? `, ${spec.contentType}` : ''})`,
  ];
  if (spec?.description) lines.push('', wrap(spec.description, WIDTH, '  '));
  lines.push('', 'Request fields:');
  const fields = requestFields(op.operationId);
  const rows = fields.map((field) => {
    const note =
      field.name === spec?.filled.requestToken
        ? 'computed by haso'
        : field.name === merchantKey
          ? `${FILLED_BY_CLI} (--merchant-id)`
          : field.name === ipKey
            ? `${field.required ? 'required' : 'optional'}, ${FILLED_BY_CLI} when --ip-address is set`
            : field.required
              ? 'required'
              : 'optional';
    return [`  ${field.name}`, field.type, note];
  });
  columns(rows)
    .split('\n')
    .forEach((line, i) => {
      const description = fields[i]?.description;
      lines.push(line, ...(description ? [wrap(description, WIDTH, '      ')] : []));
    });
  lines.push('', 'Token:');
  if (op.recipe) {
    lines.push(`  requestToken = Base64(HMAC-SHA256(key, ${recipeText(op.recipe)}))`);
    lines.push('  key: the merchant salt by default (haso doctor tells which key reading Haso accepts)');
  } else {
    lines.push(`  unsigned (${op.unsignedReason ?? 'no recipe'}): sent without a requestToken`);
    if (spec?.unsignedNote) lines.push(wrap(spec.unsignedNote, WIDTH, '  '));
  }
  if (spec?.scenarios.length) {
    lines.push('', 'Sandbox inputs (haso-mock answers the named example):');
    lines.push(columns(spec.scenarios.map((s) => [`  ${s.field}=${s.value}`, `→ ${s.example}`])));
  }
  if (spec?.exampleNames.length) {
    lines.push('', wrap(`Mock examples (haso call --prefer example=<name>): ${spec.exampleNames.join(', ')}`, WIDTH));
  }
  const body = `'${JSON.stringify(spec?.exampleInput ?? {})}'`;
  lines.push('', 'Example:');
  if (op.recipe) lines.push(`  haso sign ${op.operationId} --body ${body}`);
  if (op.kind !== 'form') lines.push(`  haso call ${op.operationId} --body ${body}`);
  return lines.join('\n');
}

function topics(ctx: Context): string {
  return columns(ctx.commands.map((c) => [`  ${c.name}`, c.summary]));
}

/** `haso help`. */
export const helpCommand: Command = {
  name: 'help',
  summary: 'show the help of haso, of a command, or of an operation (fields and token recipe)',
  usage: 'haso help [<command> | <operation>]',
  options: [OPTIONS.help],
  details: (ctx) => `Commands:\n${topics(ctx)}\n\nOperations: haso operations lists them.`,
  positionals: () => listOperations().map((op) => op.operationId),
  async run(args, ctx) {
    const [topic, extra] = args.positionals;
    if (extra !== undefined) throw new CliError(`unexpected argument '${extra}' (see haso help --help)`);
    if (topic === undefined) {
      ctx.out.out(globalHelp(ctx.commands));
      return EXIT.ok;
    }
    const command = ctx.commands.find((c) => c.name === topic);
    ctx.out.out(command ? commandHelp(command, ctx) : operationHelp(findOperation(topic)));
    return EXIT.ok;
  },
};
