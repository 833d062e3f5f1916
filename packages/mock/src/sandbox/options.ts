// The sandbox's startMock options and command-line flags, and the sandbox a startMock call gets.

import type { KeptEntry } from '../request-journal.js';
import { readSeedFile } from './initial-state.js';
import { createSandbox, DEFAULT_KKB_POLLS, type Sandbox } from './sandbox.js';
import { loadSandboxSpec } from './spec-data.js';

/** startMock options of the sandbox (the default mode). */
export interface SandboxStartOptions {
  /** Answer with the spec's examples only, keeping no state (`--stateless`). Default false. */
  stateless?: boolean;
  /** Keep the sandbox's state in this file across restarts (`--state-file`). */
  stateFile?: string;
  /** askKkbReportResult calls answered M101 after the PIN, before the report is ready (`--kkb-polls`). Default 2. */
  kkbPolls?: number;
  /** A JSON file of records every scope starts with (`--seed`): the lists `GET /__mock/state` shows. */
  seedFile?: string;
  /** Seed of the sandbox's ids: the same seed and calls give the same KkbRefNos, CustomerIds… (`--random-seed`). */
  randomSeed?: number;
}

/** The flags for node:util parseArgs. */
export const SANDBOX_ARGS = {
  stateless: { type: 'boolean' },
  'state-file': { type: 'string' },
  'kkb-polls': { type: 'string' },
  seed: { type: 'string' },
  'random-seed': { type: 'string' },
} as const;

/** The --help lines of the sandbox's flags. */
export const SANDBOX_HELP = `Sandbox (the default: state per merchantId and x-haso-mock-session header; see SANDBOX.md):
      --stateless         no sandbox: every answer is the spec's example, no state is kept
      --state-file <file> keep the sandbox's state in this file across restarts (atomic writes)
      --kkb-polls <n>     askKkbReportResult answers M101 n times after the PIN (default ${DEFAULT_KKB_POLLS})
      --seed <file>       JSON records every scope starts with (the lists GET /__mock/state shows)
      --random-seed <n>   deterministic ids (KkbRefNo, CustomerId, transactionCode…)
  Control: POST /__mock/reset (the x-haso-mock-session's scopes, or all), GET /__mock/state.
`;

type SandboxArgValues = {
  [K in keyof typeof SANDBOX_ARGS]?: (typeof SANDBOX_ARGS)[K]['type'] extends 'boolean' ? boolean : string;
};

/** The sandbox's options from parsed flags; `usage` builds the caller's usage error. */
export function sandboxCliOptions(values: SandboxArgValues, usage: (message: string) => Error): SandboxStartOptions {
  const count = (flag: string, text: string | undefined) => {
    if (text === undefined) return undefined;
    if (!/^\d{1,9}$/.test(text)) throw usage(`${flag} must be a non-negative integer, got "${text}"`);
    return Number(text);
  };
  const path = (flag: string, text: string | undefined) => {
    if (text === '') throw usage(`${flag} must not be empty`);
    return text;
  };
  const options: SandboxStartOptions = { stateless: values.stateless ?? false };
  const stateFile = path('--state-file', values['state-file']);
  const seedFile = path('--seed', values.seed);
  const kkbPolls = count('--kkb-polls', values['kkb-polls']);
  const randomSeed = count('--random-seed', values['random-seed']);
  if (options.stateless && (stateFile || seedFile || kkbPolls !== undefined || randomSeed !== undefined)) {
    throw usage('--stateless cannot be combined with the sandbox flags');
  }
  return {
    ...options,
    ...(stateFile ? { stateFile } : {}),
    ...(seedFile ? { seedFile } : {}),
    ...(kkbPolls === undefined ? {} : { kkbPolls }),
    ...(randomSeed === undefined ? {} : { randomSeed }),
  };
}

/** The sandbox of a startMock call, or undefined when it is stateless. Throws SandboxStartError. */
export function sandboxFor(
  options: SandboxStartOptions,
  context: {
    readonly specPath: string;
    readonly merchantId: string | undefined;
    readonly log: (line: string) => void;
    readonly record?: (entry: KeptEntry) => void;
  },
): Sandbox | undefined {
  if (options.stateless) return undefined;
  const kkbPolls = options.kkbPolls ?? DEFAULT_KKB_POLLS;
  if (!Number.isSafeInteger(kkbPolls) || kkbPolls < 0) throw new RangeError('kkbPolls must be a non-negative integer');
  return createSandbox({
    spec: loadSandboxSpec(context.specPath),
    kkbPolls,
    ...(options.randomSeed === undefined ? {} : { randomSeed: options.randomSeed }),
    ...(options.seedFile ? { seed: readSeedFile(options.seedFile) } : {}),
    ...(options.stateFile ? { stateFile: options.stateFile } : {}),
    ...(context.merchantId === undefined ? {} : { merchantId: context.merchantId }),
    log: context.log,
    ...(context.record ? { record: context.record } : {}),
  });
}
