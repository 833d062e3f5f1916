// Prism's own packages must all support our Node range, in the lockfile and in an npm consumer's install, and
// Prism's install telemetry (@scarf/scarf) must not be installed at all.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { parse } from 'yaml';
import { assert } from './report.mjs';
import { ROOT, rootManifest } from './workspace.mjs';

const RANGE = rootManifest.engines.node;

function checkEngines(found) {
  assert(found.length > 0, 'no @stoplight/prism-* package found');
  const outside = found.filter(({ engines }) => !engines || !semver.subset(RANGE, engines));
  assert(outside.length === 0, outside.map((p) => `${p.id} declares node ${p.engines}`).join('; '));
  return `${found.map((p) => p.id).join(', ')}: each includes ${RANGE}`;
}

/** Every @stoplight/prism-* that pnpm-lock.yaml resolves, with its declared engines. */
export function checkLockfile() {
  const lock = parse(readFileSync(join(ROOT, 'pnpm-lock.yaml'), 'utf8'));
  const ids = Object.keys(lock.packages ?? {});
  assert(!ids.some((id) => id.startsWith('@scarf/scarf@')), 'pnpm-lock.yaml resolves @scarf/scarf');
  const found = ids
    .filter((id) => id.startsWith('@stoplight/prism-'))
    .map((id) => ({ id, engines: lock.packages[id].engines?.node }));
  return `${checkEngines(found)}; no @scarf/scarf`;
}

function* manifestsUnder(nodeModules) {
  if (!existsSync(nodeModules)) return;
  for (const entry of readdirSync(nodeModules)) {
    const dirs = entry.startsWith('@')
      ? readdirSync(join(nodeModules, entry)).map((name) => join(nodeModules, entry, name))
      : [join(nodeModules, entry)];
    for (const dir of dirs) {
      if (existsSync(join(dir, 'package.json'))) yield JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      yield* manifestsUnder(join(dir, 'node_modules'));
    }
  }
}

/** The same in a consumer project's node_modules (npm ignores our pnpm overrides: the mock pins the family). */
export function checkConsumerTree(project) {
  const manifests = [...manifestsUnder(join(project, 'node_modules'))];
  assert(!manifests.some((m) => m.name === '@scarf/scarf'), 'npm installed @scarf/scarf');
  const found = manifests
    .filter((m) => m.name?.startsWith('@stoplight/prism-'))
    .map((m) => ({ id: `${m.name}@${m.version}`, engines: m.engines?.node }));
  return `${checkEngines(found)}; no @scarf/scarf`;
}
