import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const specDir = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

export interface Operation {
  operationId: string;
  path: string;
  webhook: boolean;
  op: Record<string, any>;
}

export function loadBundle(): Record<string, any> {
  return JSON.parse(readFileSync(`${specDir}dist/openapi.json`, 'utf8'));
}

export function operationsOf(spec: Record<string, any>): Operation[] {
  const out: Operation[] = [];
  for (const [group, webhook] of [['paths', false], ['webhooks', true]] as const) {
    for (const [path, item] of Object.entries<Record<string, any>>(spec[group] ?? {})) {
      if (item.post) out.push({ operationId: item.post.operationId, path, webhook, op: item.post });
    }
  }
  return out;
}

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
