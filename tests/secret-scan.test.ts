// Runs last (see vitest.config.ts): scans everything every other test file of tests/ printed, logged, inspected or
// threw — plus this file's own output — for the suites' secrets; the texts scanned count in the run's figures.
import { readdirSync } from 'node:fs';
import { inspect } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { count } from './support/figures.mjs';
import { capturedTexts, readCaptures } from './support/output-capture.js';
import { findLeaks } from './support/secret-scan.js';
import { suiteSecrets } from './support/test-secrets.js';

const records = readCaptures(inject('runDir'));
const testFiles = readdirSync(new URL('.', import.meta.url), { recursive: true, encoding: 'utf8' }).filter(
  (name) => name.endsWith('.test.ts') && !name.startsWith('node_modules'),
);
const others = testFiles.filter((name) => name !== 'secret-scan.test.ts');
const recorded = new Set(records.map((record) => record.file));
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
      { source: 'secret-scan.test.ts', texts: capturedTexts() },
    ];
    const texts = sources.reduce((sum, source) => sum + source.texts.length, 0);
    const leaks = findLeaks(sources, suiteSecrets);
    expect(leaks, inspect(leaks.slice(0, 5))).toEqual([]);
    count('scanned texts', texts);
    if (fullRun) {
      expect(texts).toBeGreaterThan(300);
      for (const name of ['secret-exposure.test.ts', 'e2e/operations.test.ts', 'e2e/core.test.ts']) {
        const record = records.find((r) => r.file === name);
        expect(record?.captured.length, `texts captured from ${name}`).toBeGreaterThan(0);
      }
    }
  });
});
