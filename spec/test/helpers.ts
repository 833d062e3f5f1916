import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const specDir = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

export { loadSpec as loadBundle } from '../load.mjs';

/** Runs the redocly CLI from spec/ without telemetry; resolves with exit code and output. */
export async function redocly(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(`${specDir}node_modules/.bin/redocly`, args, {
      cwd: specDir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}
