// SANDBOX.md states the sandbox's numbers as the code and the spec have them (it is shown to users).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELP } from '../src/cli-options.js';
import { CALLBACK_POLICY } from '../src/sandbox/callback.js';
import { DEFAULT_KKB_POLLS } from '../src/sandbox/sandbox.js';
import { MAX_RECORDS, MAX_SCOPES } from '../src/sandbox/state.js';
import { operations, responseExamples } from './helpers.js';

const doc = readFileSync(new URL('../SANDBOX.md', import.meta.url), 'utf8');

describe('SANDBOX.md', () => {
  it('lists the limit of every testResult letter as the spec’s examples give it', () => {
    const op = operations.find((o) => o.operationId === 'askKkbReportResult')!.post;
    const limits = ['A', 'B', 'C', 'D', 'E', 'F'].map((letter) => {
      const value = responseExamples(op).get(`testResult-${letter}`)!.value as {
        Data: { CustomerInfo: { CustomerLimit: number } };
      };
      return `${letter} ${value.Data.CustomerInfo.CustomerLimit}`;
    });
    expect(doc).toContain(`today ${limits.join(', ')} (`);
  });

  it('states the defaults and bounds of the code', () => {
    expect(doc).toContain(`\`--kkb-polls\` times (default ${DEFAULT_KKB_POLLS})`);
    const [first, second] = CALLBACK_POLICY.delaysMs;
    expect(doc).toContain(
      `up to ${CALLBACK_POLICY.attempts} attempts, ${first} ms then ${second! / 1000} s apart, ${CALLBACK_POLICY.timeoutMs / 1000} s each`,
    );
    expect(doc).toContain(`At most ${MAX_SCOPES} scopes`);
    expect(doc).toContain(`${MAX_RECORDS} records of each kind`);
  });

  it('names only flags that --help lists', () => {
    for (const [flag] of doc.matchAll(/--[a-z][a-z-]+/g)) expect(HELP).toContain(flag);
  });
});
