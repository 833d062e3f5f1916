import { FAULTS } from './faults.js';
import type { OperationScenarios } from './spec-catalog.js';

/**
 * The text `haso-mock --list-scenarios` prints: per operation its named examples (the default marked), the body
 * fields that select one, and how to pick an example; then the latency, the faults every operation can play, the
 * sandbox's controls and the request journal.
 */
export function formatScenarioList(operations: readonly OperationScenarios[]): string {
  const lines = [
    'Pick an example with the header `Prefer: example=<name>` (or the query `?__example=<name>`);',
    'without one, a valid request gets the default (*) example.',
    'Signed operations answer `invalidToken` to a bad token.',
    '',
  ];
  for (const op of operations) {
    lines.push(`${op.operationId}  ${op.method} ${op.path}${op.signed ? '  [signed]' : ''}`);
    for (const example of op.examples) {
      const mark = example.name === op.defaultExample ? '*' : ' ';
      lines.push(`  ${mark} ${example.name}${example.summary ? ` — ${example.summary}` : ''}`);
    }
    for (const scenario of op.fieldScenarios) {
      lines.push(`    body ${scenario.field}=${scenario.value} → ${scenario.example}`);
    }
  }
  lines.push(
    '',
    'Latency: `--latency 300` or `--latency 200-800` (uniform) for every answer, `Prefer: delay=<ms>` for one.',
    'Faults, per request with `Prefer: fault=<name>`, or for the next calls of an operation with',
    '`POST /__mock/faults {"operationId": "…", "fault": "<name>", "count": 1}`:',
    ...Object.entries(FAULTS).map(([name, what]) => `  ${name} — ${what}`),
    '',
    'Sandbox (the default; --stateless turns it off): state per merchantId and `x-haso-mock-session` header;',
    '`POST /__mock/reset` clears it, `GET /__mock/state` shows it (see SANDBOX.md).',
    'Requests: `GET /__mock/requests` lists the last ones (operation, token verdict, scenario, status, ms).',
  );
  return `${lines.join('\n')}\n`;
}
