#!/usr/bin/env node
// Figure 5: a cold install + build from a clean clone (HEAD of this repository, cloned into a temp dir, installed
// with the pinned pnpm against the machine's normal pnpm store, built with turbo without any cache), then a warm
// turbo rebuild of the same clone, which should be a full cache hit. Standalone: node tools/bench/install-build.mjs
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { isMain, printFigure } from './lib/report.mjs';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const PNPM = ['-y', 'pnpm@10.34.9'];

/** The environment without what an outer pnpm/npm/turbo run put there, so the clone behaves like a fresh shell. */
function cleanEnv() {
  const env = { ...process.env, CI: 'true', TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };
  for (const name of Object.keys(env)) {
    if (/^(npm_|PNPM_|TURBO_(?!TELEMETRY)|INIT_CWD$)/i.test(name)) delete env[name];
  }
  return env;
}

/** Runs a step; a failing step rejects with its name and the last lines of its output. */
async function timed(command, args, cwd) {
  const start = performance.now();
  try {
    const { stdout, stderr } = await run(command, args, { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
    return { seconds: Math.round((performance.now() - start) / 100) / 10, output: stdout + stderr };
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').filter((l) => !/npm warn/.test(l));
    throw new Error(`\`${[command, ...args].join(' ')}\` failed: ${output.slice(-12).join('\n')}`);
  }
}

/** turbo's summary: `Tasks: 12 successful, 12 total` and `Cached: 12 cached, 12 total`. */
function turboCounts(output) {
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  const tasks = /Tasks:\s+(\d+) successful, (\d+) total/.exec(output);
  return {
    cached: cached ? Number(cached[1]) : null,
    total: cached ? Number(cached[2]) : null,
    successful: tasks ? Number(tasks[1]) : null,
  };
}

/** Measures figure 5. */
export async function measure() {
  const dir = mkdtempSync(join(tmpdir(), 'haso-bench-clone-'));
  const clone = join(dir, 'haso-toolkit');
  const { stdout: head } = await run('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot });
  try {
    const cloned = await timed('git', ['clone', '--quiet', repoRoot, clone], dir);
    const install = await timed('npx', [...PNPM, 'install', '--frozen-lockfile', '--prefer-offline'], clone);
    const cold = await timed('npx', [...PNPM, 'build'], clone);
    const warm = await timed('npx', [...PNPM, 'build'], clone);
    const coldCounts = turboCounts(cold.output);
    const warmCounts = turboCounts(warm.output);
    const fullHit = warmCounts.total !== null && warmCounts.cached === warmCounts.total;
    return {
      id: 'install-build',
      title: 'Clean clone: install + cold build; warm turbo rebuild',
      value: Math.round((install.seconds + cold.seconds) * 10) / 10,
      unit: 's',
      display:
        `${Math.round((install.seconds + cold.seconds) * 10) / 10} s cold; warm ${warm.seconds} s ` +
        `(${warmCounts.cached}/${warmCounts.total} cached)`,
      hard: !fullHit,
      goal: 'warm rebuild = full cache hit',
      met: fullHit,
      details: {
        commit: head.trim(),
        cloneSeconds: cloned.seconds,
        installSeconds: install.seconds,
        coldBuildSeconds: cold.seconds,
        coldBuild: coldCounts,
        warmBuildSeconds: warm.seconds,
        warmBuild: warmCounts,
        store: 'the machine’s normal pnpm store (packages already downloaded; no network fetches needed)',
      },
    };
  } catch (error) {
    return {
      id: 'install-build',
      title: 'Clean clone: install + cold build; warm turbo rebuild',
      value: null,
      unit: 's',
      display: 'failed',
      goal: 'warm rebuild = full cache hit',
      met: false,
      hard: true,
      details: { commit: head.trim(), error: error.message },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) printFigure(await measure());
