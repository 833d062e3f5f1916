// The workspace as a publisher sees it: the root manifest, every publishable (non-private) package found by pnpm,
// and their tarballs packed by pnpm (workspace: and catalog: ranges replaced) and unpacked for inspection.
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOk } from './exec.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The root package.json: the one source of the pnpm version, the Node range and the repository. */
export const rootManifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Runs pnpm: the one running this suite when there is one, else the root's packageManager version through npx. */
export function pnpm(args, options) {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return runOk(process.execPath, [execPath, ...args], options);
  const version = String(rootManifest.packageManager).replace(/^pnpm@/, '');
  return runOk('npx', ['-y', `pnpm@${version}`, ...args], options);
}

/** Every workspace package with its path relative to the root and whether it is published. */
export async function workspacePackages() {
  const { stdout } = await pnpm(['ls', '-r', '--depth', '-1', '--json'], { cwd: ROOT });
  return JSON.parse(stdout)
    .filter((pkg) => pkg.path !== ROOT.replace(/\/$/, ''))
    .map((pkg) => ({
      name: pkg.name,
      version: pkg.version,
      dir: relative(ROOT, pkg.path),
      private: pkg.private === true,
    }));
}

/** Packs each package into `dir`; returns them with `tarball` and `unpacked` (the tarball's package/ folder). */
export async function packAll(packages, dir) {
  const packed = [];
  for (const pkg of packages) {
    const { stdout } = await pnpm(['pack', '--pack-destination', dir, '--json'], { cwd: join(ROOT, pkg.dir) });
    const tarball = JSON.parse(stdout).filename;
    const into = join(dir, 'unpacked', pkg.name.replace(/[@/]/g, '_'));
    mkdirSync(into, { recursive: true });
    await runOk('tar', ['-xzf', tarball, '-C', into]);
    packed.push({ ...pkg, tarball, unpacked: join(into, 'package') });
  }
  return packed;
}
