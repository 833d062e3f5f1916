// haso operations: every operation of the spec with its section, path, kind, doc status and token recipe.
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { columns } from '../format.js';
import { listOperations, tokenSummary } from '../operation-catalog.js';
import { OPTIONS } from '../options.js';

/** `haso operations`. */
export const operationsCommand: Command = {
  name: 'operations',
  summary: 'list every operation with its section, path, doc status and token fields (or why it is unsigned)',
  usage: 'haso operations [--json]',
  options: [OPTIONS.json, OPTIONS.help],
  details: () =>
    "Doc status: complete, partial (Haso's page is cut) or title-only (only the title survives; provisional path).",
  positionals: () => [],
  async run(args, ctx) {
    const ops = listOperations();
    if (args.values.json) {
      const rows = ops.map((op) => ({
        operationId: op.operationId,
        section: op.docSection,
        path: op.path,
        kind: op.kind,
        docStatus: op.docStatus,
        summary: op.summary,
        signed: op.recipe !== null,
        tokenFields: op.recipe ? [...op.recipe.fields] : null,
        salt: op.recipe ? (op.recipe.salt ?? 'merchantSalt') : null,
        unsignedReason: op.recipe ? null : op.unsignedReason,
      }));
      ctx.out.out(JSON.stringify(rows, null, 2));
      return EXIT.ok;
    }
    ctx.out.out(
      columns([
        ['OPERATION', 'SECTION', 'PATH', 'KIND', 'STATUS', 'TOKEN'],
        ...ops.map((op) => [op.operationId, op.docSection, op.path, op.kind, op.docStatus, tokenSummary(op)]),
      ]),
    );
    return EXIT.ok;
  },
};
