// What every published package must carry: manifest metadata, source maps that resolve inside the tarball, publint
// and attw clean, and a publish dry run of the whole workspace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { run } from './exec.mjs';
import { assert } from './report.mjs';
import { pnpm, ROOT, rootManifest } from './workspace.mjs';

const ATTW = fileURLToPath(new URL('../node_modules/.bin/attw', import.meta.url));

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => statSync(path).isFile());
}

/** The published package.json has what a registry page and a consumer's tooling need. */
export function checkManifest(pkg) {
  const manifest = JSON.parse(readFileSync(join(pkg.unpacked, 'package.json'), 'utf8'));
  const missing = ['repository', 'homepage', 'bugs', 'keywords', 'files', 'engines', 'license'].filter(
    (field) => manifest[field] === undefined,
  );
  assert(missing.length === 0, `missing ${missing.join(', ')}`);
  assert(manifest.repository.url === rootManifest.repository.url, `repository ${manifest.repository.url} is not the root's`);
  assert(manifest.repository.directory === pkg.dir, `repository.directory is not ${pkg.dir}`);
  assert(manifest.engines.node === rootManifest.engines.node, `engines.node ${manifest.engines.node} is not the root's`);
  assert(Array.isArray(manifest.keywords) && manifest.keywords.includes('haso'), 'keywords lack haso');
  assert(manifest.bin !== undefined || manifest.sideEffects === false, 'a library without sideEffects: false');
  const ranges = Object.values({ ...manifest.dependencies, ...manifest.peerDependencies });
  assert(!ranges.some((range) => /^(workspace|catalog):/.test(range)), 'a workspace: or catalog: range was published');
  return `engines ${manifest.engines.node}${manifest.sideEffects === false ? ', sideEffects false' : ', bin'}`;
}

/** Every source map in the tarball points only at sources that are in the tarball too. */
export function checkSourceMaps(pkg) {
  const files = filesUnder(pkg.unpacked);
  const maps = files.filter((path) => path.endsWith('.map'));
  let sources = 0;
  for (const map of maps) {
    const { sourceRoot = '', sources: listed = [] } = JSON.parse(readFileSync(map, 'utf8'));
    for (const source of listed) {
      const path = resolve(dirname(map), sourceRoot, source);
      assert(files.includes(path), `${relative(pkg.unpacked, map)} points at ${source}, which is not in the tarball`);
      sources++;
    }
  }
  return maps.length ? `${maps.length} maps, their ${sources} sources shipped` : 'no source maps shipped';
}

/** publint --strict on the tarball itself. */
export async function checkPublint(pkg) {
  const bytes = readFileSync(pkg.tarball);
  const tarball = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const { messages, pkg: manifest } = await publint({ pack: { tarball }, strict: true });
  assert(messages.length === 0, messages.map((m) => formatMessage(m, manifest, { color: false })).join('; '));
  return 'no messages (strict)';
}

/** attw on the tarball with the esm-only profile (node10 and CommonJS node16 are outside it: see the README). */
export async function checkAttw(pkg) {
  const result = await run(ATTW, [pkg.tarball, '--profile', 'esm-only', '--format', 'json']);
  const { analysis, problems = {} } = JSON.parse(result.stdout);
  const entries = Object.keys(analysis.entrypoints).filter((entry) => entry !== './package.json');
  const outside = Object.values(problems).flat().filter((p) => ['node10', 'node16-cjs'].includes(p.resolutionKind));
  const inside = Object.values(problems).flat().length - outside.length;
  assert(result.code === 0 && inside === 0, `${inside} problems: ${JSON.stringify(problems).slice(0, 300)}`);
  return `${entries.join(' ')} resolve under node16-ESM and bundler${outside.length ? ' (node10 / node16-CJS outside the profile)' : ''}`;
}

/** `pnpm -r publish --dry-run` publishes exactly the discovered packages. */
export async function checkPublishDryRun(packages) {
  const { stdout, stderr } = await pnpm(['-r', 'publish', '--dry-run', '--no-git-checks'], { cwd: ROOT });
  const published = [...`${stdout}\n${stderr}`.matchAll(/^\+ (\S+)@\S+$/gm)].map((m) => m[1]).sort();
  const expected = packages.map((pkg) => pkg.name).sort();
  assert(JSON.stringify(published) === JSON.stringify(expected), `published ${published.join(', ')}`);
  return `${published.length} packages, nothing sent`;
}
