import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { JsonObject } from '../reader.mjs';

export const specDir = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/**
 * The fact sheets in ../shared/haso-reference (outside this repo: present in CI and on the developers' machines;
 * tests that need them are skipped elsewhere, and fail in CI without them).
 */
export const factsDir = process.env.HASO_REFERENCE_DIR
  ? join(process.env.HASO_REFERENCE_DIR, 'facts')
  : join(repoRoot, '../shared/haso-reference/facts');
export const haveFacts = existsSync(factsDir);
if (!haveFacts && process.env.CI) throw new Error(`fact sheets missing at ${factsDir}`);

export { loadSpec as loadBundle } from '../load.mjs';

/** True for a non-null, non-array object (a JSON object of the spec). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Runs the redocly CLI from spec/ as the package scripts do (scripts/redocly.mjs); resolves with exit code and output. */
export async function redocly(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [`${specDir}scripts/redocly.mjs`, ...args], {
      cwd: specDir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
