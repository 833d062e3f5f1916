// The same consumer call on every server runtime: Node ESM and CommonJS, Bun, Deno, and workerd (bundled).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runOk } from './exec.mjs';
import { assert } from './report.mjs';

/** Runs a fixture with HASO_PROBE set; resolves its last output line (the probe's description). */
async function probeWith(command, args, consumer, config, env = {}) {
  const { stdout } = await runOk(command, args, {
    cwd: consumer,
    env: { HASO_PROBE: JSON.stringify(config), DO_NOT_TRACK: '1', ...env },
    timeoutMs: 60_000,
  });
  const line = stdout.trim().split('\n').pop() ?? '';
  assert(/wrong salt → HasoApiError/.test(line), `unexpected output: ${stdout.slice(-300)}`);
  return line;
}

export const nodeEsm = (consumer, config) => probeWith(process.execPath, ['node-esm.mjs'], consumer, config);

export const nodeCjs = (consumer, config) => probeWith(process.execPath, ['node-cjs.cjs'], consumer, config);

export async function bun(binary, consumer, config) {
  const { stdout } = await runOk(binary, ['--version']);
  return `bun ${stdout.trim()}: ${await probeWith(binary, ['node-esm.mjs'], consumer, config)}`;
}

export async function deno(binary, consumer, config) {
  const { stdout } = await runOk(binary, ['--version']);
  const version = stdout.split('\n')[0];
  const env = { DENO_DIR: mkdtempSync(join(tmpdir(), 'haso-deno-')), DENO_NO_UPDATE_CHECK: '1' };
  const args = ['run', '--allow-net=127.0.0.1', '--allow-env=HASO_PROBE', '--allow-read', 'node-esm.mjs'];
  return `${version}: ${await probeWith(binary, args, consumer, config, env)} (network limited to 127.0.0.1)`;
}

/** Bundles worker.mjs (core + one operation) and runs its test handler with `workerd test`, outbound to loopback only. */
export async function workerd(binary, consumer, config) {
  const dir = mkdtempSync(join(tmpdir(), 'haso-workerd-'));
  await build({
    entryPoints: [join(consumer, 'worker.mjs')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker'],
    outfile: join(dir, 'worker.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'config.capnp'),
    [
      'using Workerd = import "/workerd/workerd.capnp";',
      'const config :Workerd.Config = (services = [',
      '  (name = "main", worker = .probe),',
      '  (name = "loopback", network = (allow = ["local"])),',
      ']);',
      'const probe :Workerd.Worker = (',
      '  modules = [(name = "worker", esModule = embed "worker.js")],',
      '  compatibilityDate = "2025-09-01",',
      '  globalOutbound = "loopback",',
      `  bindings = [(name = "HASO_PROBE", text = ${JSON.stringify(JSON.stringify(config))})],`,
      ');',
    ].join('\n'),
  );
  const { stdout } = await runOk(binary, ['--version']);
  const result = await runOk(binary, ['test', join(dir, 'config.capnp'), '--verbose'], { cwd: dir, timeoutMs: 60_000 });
  const output = `${result.stdout}\n${result.stderr}`;
  const line = /haso-probe: (.*)/.exec(output)?.[1];
  assert(line && /\[ PASS \] main/.test(output), `unexpected output: ${output.slice(-300)}`);
  return `${stdout.trim()}: ${line} (outbound: loopback only)`;
}
