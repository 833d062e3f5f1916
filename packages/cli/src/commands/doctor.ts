// haso doctor: with the harmless read getErrorCodes (5.17), checks that the base URL answers like Haso, that the
// credentials are accepted, and which reading of the token scheme (key-readings.ts) Haso accepts.
import { HasoApiError, HasoError } from '@haso-toolkit/client';
import { createCliClient } from '../client-factory.js';
import type { Command } from '../command.js';
import { type CliConfig, required, resolveConfig } from '../config.js';
import { EXIT, type ExitCode } from '../errors.js';
import { columns, wrap } from '../format.js';
import { adviceFor, type KeyReading, keyReadings, READING_LABELS, type ReadingId } from '../key-readings.js';
import { findOperation } from '../operation-catalog.js';
import { CREDENTIAL_OPTIONS, OPTIONS } from '../options.js';
import type { Output } from '../output.js';
import { describeFailure } from '../transport-failure.js';

const PROBE = 'getErrorCodes';

type Outcome = 'accepted' | 'rejected' | 'skipped' | 'no answer' | 'not tried';

interface ReadingResult {
  readonly id: ReadingId;
  readonly label: string;
  readonly outcome: Outcome;
  /** Haso's Errors (rejected), or why it was skipped. */
  readonly detail: string;
}

interface Report {
  readonly baseUrl: string;
  readonly merchantId: string;
  readonly probe: string;
  readonly reachable: boolean;
  readonly readings: readonly ReadingResult[];
  readonly accepted: readonly ReadingId[];
  readonly verdict: string;
  readonly advice: string | undefined;
}

/** One probe per reading; stops at the first answer that is not Haso's envelope (a transport problem). */
async function probe(config: CliConfig, readings: readonly KeyReading[]) {
  const results: ReadingResult[] = [];
  for (const reading of readings) {
    const base = { id: reading.id, label: reading.label };
    if (!reading.key) {
      results.push({ ...base, outcome: 'skipped', detail: reading.skipReason ?? '' });
      continue;
    }
    const client = createCliClient(config, reading.key, { retry: false });
    try {
      await client.getErrorCodes();
      results.push({ ...base, outcome: 'accepted', detail: '' });
    } catch (error) {
      if (!(error instanceof HasoApiError)) {
        if (!(error instanceof HasoError)) throw error;
        const rest = readings.slice(readings.indexOf(reading) + 1);
        const untried = rest.map((r) => ({ id: r.id, label: r.label, outcome: 'not tried' as const, detail: '' }));
        return { results: [...results, { ...base, outcome: 'no answer' as const, detail: '' }, ...untried], error };
      }
      results.push({ ...base, outcome: 'rejected', detail: error.errors.join('; ') || '(no error text)' });
    }
  }
  return { results, error: undefined };
}

function verdictOf(results: readonly ReadingResult[], config: CliConfig): Pick<Report, 'verdict' | 'advice'> {
  const accepted = results.filter((r) => r.outcome === 'accepted');
  const ids = accepted.map((r) => r.id);
  const tried = results.filter((r) => r.outcome !== 'skipped').map((r) => r.id);
  const first = accepted[0];
  if (!first) {
    const said = results.find((r) => r.outcome === 'rejected')?.detail;
    return {
      verdict:
        `Haso rejected your credentials: none of the readings tried (${tried.join(', ')}) was accepted` +
        (said ? ` (Haso said: ${said}).` : '.'),
      advice:
        config.hmacKey === undefined
          ? 'Check HASO_MERCHANT_ID and HASO_MERCHANT_SALT. If Haso gave you an HMAC key apart from the salt, set ' +
            'HASO_HMAC_KEY (or --hmac-key) and run haso doctor again.'
          : 'Check HASO_MERCHANT_ID, HASO_MERCHANT_SALT and HASO_HMAC_KEY.',
    };
  }
  if (accepted.length > 1) {
    return {
      verdict:
        `Haso accepted several readings (${ids.join(', ')}): this server does not seem to check ` +
        'the requestToken (a mock started with --no-verify?), so it cannot tell which reading Haso uses.',
      advice: adviceFor(first.id, config),
    };
  }
  return {
    verdict:
      `Haso accepts reading (${first.id}): ${first.label}. ` +
      `Your credentials work: merchantId ${config.merchantId} and your salt are accepted.`,
    advice: adviceFor(first.id, config),
  };
}

function printText(report: Report, out: Output): void {
  const print = out.out;
  const probeOp = findOperation(PROBE);
  print(`haso doctor: ${report.baseUrl} (merchantId ${report.merchantId})`);
  print(`probe: ${PROBE} (${probeOp.docSection}, POST ${probeOp.path}), one call per reading of the token scheme`);
  print('');
  print(
    columns([
      ['connection', report.reachable ? 'ok: the URL answers like Haso' : 'FAILED'],
      ...report.readings.map((r) => [
        `(${r.id}) ${r.outcome}`,
        r.label + (r.detail ? ` — ${r.outcome === 'rejected' ? 'Haso: ' : ''}${r.detail}` : ''),
      ]),
    ]),
  );
  if (!report.reachable) return;
  print('');
  print(wrap(report.verdict, 110));
  if (report.advice) print(wrap(report.advice, 110));
}

/** `haso doctor`. */
export const doctorCommand: Command = {
  name: 'doctor',
  summary: 'check the base URL, the credentials and which reading of the token scheme Haso accepts',
  usage: 'haso doctor [options]',
  options: [OPTIONS.baseUrl, ...CREDENTIAL_OPTIONS, OPTIONS.timeout, OPTIONS.json, OPTIONS.help],
  details: () => {
    const op = findOperation(PROBE);
    return [
      `Calls only ${PROBE} (${op.docSection}, POST ${op.path}), a harmless read, once per reading of the token scheme`,
      "that Haso's pages leave open and your credentials allow:",
      ...Object.entries(READING_LABELS).map(([id, label]) => `  (${id}) ${label}`),
      'Reading (b) is tried only when an HMAC key is configured. The report tells which reading Haso accepts and',
      'what to set (--no-append-salt changes only the advice, not which readings are tried).',
      'Exit code 0 when a reading is accepted, 1 when Haso rejects them all (wrong merchant id, salt or key),',
      '2 when the URL is unreachable or does not answer like Haso.',
    ].join('\n');
  },
  positionals: () => [],
  async run(args, ctx): Promise<ExitCode> {
    const config = resolveConfig(args, ctx.env);
    const baseUrl = required(config, 'baseUrl');
    const merchantId = required(config, 'merchantId');
    required(config, 'merchantSalt');
    const { results, error } = await probe(config, keyReadings(config));
    const outcome = error
      ? { verdict: describeFailure(error, baseUrl, findOperation(PROBE).path), advice: undefined }
      : verdictOf(results, config);
    const report: Report = {
      baseUrl,
      merchantId,
      probe: PROBE,
      reachable: !error,
      readings: results,
      accepted: results.filter((r) => r.outcome === 'accepted').map((r) => r.id),
      ...outcome,
    };
    if (args.values.json) ctx.out.out(JSON.stringify(report, null, 2));
    else printText(report, ctx.out);
    if (error) {
      ctx.out.err(`haso: ${report.verdict}`);
      return EXIT.usage;
    }
    return report.accepted.length ? EXIT.ok : EXIT.refused;
  },
};
