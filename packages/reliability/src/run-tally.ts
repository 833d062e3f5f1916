// Counts of what the suite did (property cases, bad inputs, faults, requests), kept per test file and summed at the
// end of the run from the records each file leaves in the run directory.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the summary counts. */
export type TallyKind = 'cases' | 'badInputs' | 'faults' | 'requests';

/** Counts by kind. */
export type Tally = Record<TallyKind, number>;

/** What one test file leaves behind: its counts and everything it printed or inspected. */
export interface FileRecord {
  readonly file: string;
  readonly tally: Tally;
  readonly captured: readonly string[];
}

const current: Tally = { cases: 0, badInputs: 0, faults: 0, requests: 0 };

/** Adds `n` to a count of this test file. */
export function count(kind: TallyKind, n = 1): void {
  current[kind] += n;
}

/** This file's counts so far. */
export function tallySoFar(): Tally {
  return { ...current };
}

/** Writes one file's record into the run directory. */
export function writeRecord(runDir: string, record: FileRecord): void {
  mkdirSync(runDir, { recursive: true });
  const name = record.file.replace(/[^A-Za-z0-9.-]+/g, '_');
  writeFileSync(join(runDir, `${name}.json`), JSON.stringify(record));
}

/** Every record written so far in the run directory. */
export function readRecords(runDir: string): FileRecord[] {
  let names: string[];
  try {
    names = readdirSync(runDir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(runDir, name), 'utf8')) as FileRecord);
}

/** The counts of several records added up. */
export function sumTallies(records: readonly Pick<FileRecord, 'tally'>[]): Tally {
  const total: Tally = { cases: 0, badInputs: 0, faults: 0, requests: 0 };
  for (const { tally } of records) {
    for (const kind of Object.keys(total) as TallyKind[]) total[kind] += tally[kind];
  }
  return total;
}

/** One line for the end of the run. */
export function formatTally(tally: Tally): string {
  const n = (value: number) => value.toLocaleString('en-US');
  return (
    `reliability: ${n(tally.cases)} property cases, ${n(tally.badInputs)} bad inputs, ` +
    `${n(tally.faults)} faults, ${n(tally.requests)} requests`
  );
}
