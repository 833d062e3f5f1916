// `pnpm run tarballs`: packs every publishable package into tarballs/ (as the ecosystem suite does) and prints the
// one npm install that uses them all.
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packAll, ROOT, workspacePackages } from './lib/workspace.mjs';

const dir = join(ROOT, 'tarballs');
rmSync(dir, { recursive: true, force: true });
const packed = await packAll(
  (await workspacePackages()).filter((pkg) => !pkg.private),
  dir,
);
rmSync(join(dir, 'unpacked'), { recursive: true, force: true });
for (const pkg of packed) console.log(`${pkg.name}@${pkg.version}  ${relative(ROOT, pkg.tarball)}`);
console.log(`\nIn your project, install them together (each needs the others):\n  npm install ${dir}/*.tgz`);
