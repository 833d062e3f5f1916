// Fresh consumer projects: every tarball installed together with npm (one install, shared by the checks below it),
// the consumer-side tools, and the runtimes from npm; the mock started from its tarball's bin.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { runOk, startServer } from './exec.mjs';
import { ROOT } from './workspace.mjs';

const catalog = parse(readFileSync(join(ROOT, 'pnpm-workspace.yaml'), 'utf8')).catalog;

/** What a consumer installs next to our packages: @types/node and TypeScript 5.9 as we build with, and TS 7. */
export const CONSUMER_TOOLS = {
  '@types/node': catalog['@types/node'],
  typescript: catalog.typescript,
  'typescript-7': 'npm:typescript@7.0.2',
};

/** The other runtimes, from their npm packages (binaries as optional dependencies, linked by their postinstall). */
export const RUNTIMES = { bun: '1.4.5', deno: '2.9.6', workerd: '1.20261117.1' };

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

const NPM_FLAGS = ['--no-audit', '--no-fund', '--loglevel=error', '--prefer-offline'];

function writeJson(path, value) {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

/** A new ESM project in `dir` with every tarball and the consumer tools installed by one `npm install`. */
export async function createConsumer(dir, packed) {
  mkdirSync(dir, { recursive: true });
  writeJson(join(dir, 'package.json'), { name: 'haso-consumer', private: true, type: 'module' });
  cpSync(FIXTURES, dir, { recursive: true });
  const tools = Object.entries(CONSUMER_TOOLS).map(([name, range]) => `${name}@${range}`);
  await runOk('npm', ['install', ...NPM_FLAGS, ...packed.map((pkg) => pkg.tarball), ...tools], {
    cwd: dir,
    timeoutMs: 300_000,
  });
  return dir;
}

/** Installs one runtime into its own folder; resolves the path of its binary. */
export async function installRuntime(dir, name) {
  const into = join(dir, name);
  mkdirSync(into, { recursive: true });
  writeJson(join(into, 'package.json'), { name: `runtime-${name}`, private: true });
  await runOk('npm', ['install', ...NPM_FLAGS, `${name}@${RUNTIMES[name]}`], {
    cwd: into,
    timeoutMs: 300_000,
  });
  return join(into, 'node_modules', '.bin', name);
}

/** `haso-mock --port 0` from the consumer's node_modules/.bin; resolves { url, stop }. */
export async function startMockFromTarball(consumer) {
  const { match, stop } = await startServer(join(consumer, 'node_modules', '.bin', 'haso-mock'), ['--port', '0'], {
    cwd: consumer,
    ready: /listening on (http:\/\/127\.0\.0\.1:\d+)/,
  });
  return { url: match[1], stop };
}
