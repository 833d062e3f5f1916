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
  assert(
    manifest.repository.url === rootManifest.repository.url,
    `repository ${manifest.repository.url} is not the root's`,
  );
  assert(manifest.repository.directory === pkg.dir, `repository.directory is not ${pkg.dir}`);
  assert(
    manifest.engines.node === rootManifest.engines.node,
    `engines.node ${manifest.engines.node} is not the root's`,
  );
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

/** The file an exports entry points at (its default condition when it has several). */
function exportTarget(value) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return exportTarget(value.default ?? value.import ?? Object.values(value)[0]);
  return '';
}

/**
 * attw on the tarball with the esm-only profile (node10 and CommonJS node16 are outside it: see the README). Entry
 * points that export data (openapi.json, openapi.yaml) are not modules and are left out. Judged by the exit code:
 * attw's JSON report is cut off at 64 KiB when piped.
 */
export async function checkAttw(pkg) {
  const manifest = JSON.parse(readFileSync(join(pkg.unpacked, 'package.json'), 'utf8'));
  const entries = Object.keys(manifest.exports ?? { '.': manifest.main }).filter((e) => e !== './package.json');
  const data = entries.filter((e) => /\.(json|ya?ml)$/.test(exportTarget(manifest.exports?.[e])));
  const args = [pkg.tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'];
  const result = await run(ATTW, data.length ? [...args, '--exclude-entrypoints', ...data] : args);
  const problems = `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => line && !/^\(ignored|^ \(ignoring/.test(line));
  assert(result.code === 0, problems.slice(2, 8).join('\n'));
  const modules = entries.filter((e) => !data.includes(e));
  return `${modules.join(' ')} resolve under node16 (ESM) and bundler${data.length ? `; data: ${data.join(' ')}` : ''}`;
}

/** `pnpm -r publish --dry-run` publishes exactly the discovered packages. */
export async function checkPublishDryRun(packages) {
  const { stdout, stderr } = await pnpm(['-r', 'publish', '--dry-run', '--no-git-checks'], { cwd: ROOT });
  const published = [...`${stdout}\n${stderr}`.matchAll(/^\+ (\S+)@\S+$/gm)].map((m) => m[1]).sort();
  const expected = packages.map((pkg) => pkg.name).sort();
  assert(JSON.stringify(published) === JSON.stringify(expected), `published ${published.join(', ')}`);
  return `${published.length} packages, nothing sent`;
}
