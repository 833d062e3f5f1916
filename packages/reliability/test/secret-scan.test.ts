// Runs last (see vitest.config.ts): scans everything every other test file printed, logged, inspected or threw —
// plus this file's own output — for the suite's secrets, and checks the run's totals.
import { readdirSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { capturedTexts } from '../src/output-capture.js';
import { formatTally, readRecords, sumTallies } from '../src/run-tally.js';
import { findLeaks } from '../src/secret-scan.js';
import { suiteSecrets } from '../src/test-secrets.js';

const records = readRecords(inject('runDir'));
const testFiles = readdirSync(new URL('.', import.meta.url)).filter((name) => name.endsWith('.test.ts'));
const others = testFiles.filter((name) => name !== 'secret-scan.test.ts');
const recorded = new Set(records.map((record) => record.file.replace(/^.*\//, '')));
const fullRun = others.every((name) => recorded.has(name));

describe('secret scan', () => {
  it('the scanner finds a planted secret (and masks it in its report)', () => {
    const [secret] = suiteSecrets;
    const planted = `error: token string 1001${secret!.value}`;
    const leaks = findLeaks([{ source: 'planted', texts: [planted, planted.toUpperCase()] }], [secret!]);
    expect(leaks).toHaveLength(2);
    expect(leaks[0]!.excerpt).not.toContain(secret!.value);
    expect(leaks[0]!.excerpt).toContain(`<${secret!.label}>`);
  });

  it('no salt or HMAC key in any captured output of the run', () => {
    const sources = [
      ...records.map((record) => ({ source: record.file, texts: record.captured })),
      { source: 'test/secret-scan.test.ts', texts: capturedTexts() },
    ];
    const texts = sources.reduce((sum, source) => sum + source.texts.length, 0);
    const leaks = findLeaks(sources, suiteSecrets);
    console.log(
      `secret scan: ${texts.toLocaleString('en-US')} captured texts from ${sources.length} files, ` +
        `${suiteSecrets.length} secrets, ${leaks.length} leaks`,
    );
    expect(leaks, inspect(leaks.slice(0, 5))).toEqual([]);
    if (fullRun) {
      expect(texts).toBeGreaterThan(1000);
      for (const name of ['bad-inputs', 'faults', 'secret-exposure', 'signing-properties']) {
        const record = records.find((r) => r.file.endsWith(`${name}.test.ts`));
        expect(record?.captured.length, `texts captured from ${name}`).toBeGreaterThan(0);
      }
    }
  });

  it.runIf(fullRun)('the whole run reached its minimum counts', () => {
    const total = sumTallies(records);
    console.log(formatTally(total));
    expect(total.cases).toBeGreaterThanOrEqual(10_000);
    expect(total.badInputs).toBeGreaterThanOrEqual(50);
    expect(total.faults).toBeGreaterThanOrEqual(20);
    expect(total.requests).toBeGreaterThanOrEqual(20_000);
  });
});
