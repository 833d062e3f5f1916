// Generated files are written as `pnpm format` (biome check --write, biome.jsonc) leaves them: formatted, imports sorted.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { repoRoot } from './spec.mjs';

const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');

/** `content` as `biome check --write` leaves it at `file` (a path from the repository root). */
export function formatted(file, content) {
  return execFileSync(process.execPath, [biome, 'check', '--write', `--stdin-file-path=${file}`], {
    cwd: repoRoot,
    input: content,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
