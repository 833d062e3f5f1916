// The ecosystem suite: packs every publishable workspace package, checks what would be published, installs all
// tarballs together with npm into a fresh project and uses them as consumers do. One line per check, then a total.
// Installs use the npm registry; every call the checks make goes to 127.0.0.1.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBrowser } from './lib/browser.mjs';
import { CONSUMER_TOOLS, createConsumer, installRuntime, startMockFromTarball } from './lib/consumer.mjs';
import { checkAttw, checkManifest, checkPublint, checkPublishDryRun, checkSourceMaps } from './lib/package-checks.mjs';
import { checkConsumerTree, checkLockfile } from './lib/prism.mjs';
import { assert, check, checkEach, finish, Skip } from './lib/report.mjs';
import * as runtimes from './lib/runtimes.mjs';
import { COMPILERS, checkCommonJs, checkConsumer, compilerVersion, LIBS, MODULE_SETTINGS } from './lib/typescript.mjs';
import { packAll, ROOT, rootManifest, workspacePackages } from './lib/workspace.mjs';

const work = mkdtempSync(join(tmpdir(), 'haso-ecosystem-'));
const keep = process.env.HASO_ECOSYSTEM_KEEP === '1';

async function main() {
  const all = await workspacePackages();
  const publishable = all.filter((pkg) => !pkg.private);
  let packed = [];
  await check('pack', async () => {
    packed = await packAll(publishable, join(work, 'tarballs'));
    return `${packed.length} publishable packages: ${packed.map((pkg) => pkg.name).join(', ')}`;
  });
  if (packed.length === 0) return;

  // Downloads overlap the CPU-bound package checks.
  const consumerDir = join(work, 'consumer');
  const installStart = Date.now();
  const consumer = createConsumer(consumerDir, packed).then(() => (Date.now() - installStart) / 1000);
  const installed = Object.fromEntries(
    ['bun', 'deno', 'workerd'].map((name) => [name, installRuntime(join(work, 'runtimes'), name)]),
  );
  for (const promise of [consumer, ...Object.values(installed)]) promise.catch(() => {});

  await check('engines agree', () => {
    const range = rootManifest.engines.node;
    const manifests = all.map((pkg) => JSON.parse(readFileSync(join(ROOT, pkg.dir, 'package.json'), 'utf8')));
    const other = manifests.filter((m) => m.engines?.node !== range).map((m) => m.name);
    assert(other.length === 0, `not ${range}: ${other.join(', ')}`);
    return `root and all ${manifests.length} workspace packages: node ${range}`;
  });
  for (const pkg of packed) await check(`manifest ${pkg.name}`, () => checkManifest(pkg));
  for (const pkg of packed) await check(`source maps ${pkg.name}`, () => checkSourceMaps(pkg));
  for (const pkg of packed) await check(`publint ${pkg.name}`, () => checkPublint(pkg));
  await checkEach(packed.map((pkg) => [`attw ${pkg.name}`, () => checkAttw(pkg)]));
  await check('pnpm -r publish --dry-run', () => checkPublishDryRun(packed));
  await check('prism engines (pnpm-lock.yaml)', () => checkLockfile());

  const ready = await check('npm install of all tarballs together', async () => {
    const seconds = await consumer;
    const tools = Object.keys(CONSUMER_TOOLS).join(', ');
    return `${packed.length} tarballs + ${tools} in one install (${seconds.toFixed(1)} s, overlapping the checks above)`;
  });
  if (!ready) return;
  await check('prism engines (npm consumer)', () => checkConsumerTree(consumerDir));

  let mock;
  const started = await check('mock from its tarball', async () => {
    mock = await startMockFromTarball(consumerDir);
    return `haso-mock --port 0 → ${mock.url}`;
  });
  try {
    if (started) {
      const index = join(consumerDir, 'node_modules', '@haso-toolkit', 'mock', 'dist', 'index.js');
      const { TEST_CREDENTIALS } = await import(index);
      const config = { baseUrl: mock.url, ...TEST_CREDENTIALS };
      await check('node ESM', () => runtimes.nodeEsm(consumerDir, config));
      await check('node CommonJS require', () => runtimes.nodeCjs(consumerDir, config));
      await check('browser bundle', () => checkBrowser(consumerDir, config));
      for (const [name, run] of Object.entries({ bun: runtimes.bun, deno: runtimes.deno })) {
        await check(name, async () => run(await installed[name], consumerDir, config));
      }
      await check('workerd', async () => {
        const binary = await installed.workerd.catch((error) => {
          throw new Skip(`the workerd npm package did not install: ${error.message.slice(0, 200)}`);
        });
        return runtimes.workerd(binary, consumerDir, config);
      });
    }
  } finally {
    await mock?.stop();
  }

  const typescript = [];
  for (const compiler of COMPILERS) {
    const version = await compilerVersion(consumerDir, compiler).catch(() => compiler.name);
    for (const setting of MODULE_SETTINGS) {
      for (const lib of LIBS) {
        typescript.push([
          `${version} ${setting.name}, ${lib.name}`,
          () => checkConsumer(consumerDir, compiler, setting, lib),
        ]);
      }
    }
    const commonJs = (module) => ({ module, moduleResolution: module });
    typescript.push(
      [
        `${version} CommonJS, module nodenext`,
        () => checkCommonJs(consumerDir, compiler, commonJs('nodenext'), 'commonjs.ts'),
      ],
      [
        `${version} CommonJS, module node16 (unsupported)`,
        () => checkCommonJs(consumerDir, compiler, commonJs('node16'), 'commonjs.ts', 'TS1479'),
      ],
    );
  }
  typescript.push([
    `${COMPILERS[0].name} moduleResolution node10 (unsupported; TypeScript 7 has no node10)`,
    () =>
      checkCommonJs(
        consumerDir,
        COMPILERS[0],
        { module: 'commonjs', moduleResolution: 'node10' },
        'node10.ts',
        'TS2307',
      ),
  ]);
  await checkEach(typescript);
}

try {
  await main();
} catch (error) {
  await check('ecosystem suite', () => {
    throw error;
  });
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
process.exitCode = finish();
