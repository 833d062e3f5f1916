// Entry point of the Prism child process (spawned by prism-process.ts with an IPC channel). It runs Prism's own CLI
// (`prism mock …`, arguments passed through) in this process, and exits as soon as the parent goes away for any
// reason (its IPC channel closes), so a crashed or killed haso-mock never leaves Prism behind.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

process.on('disconnect', () => process.exit(0));

const prismCli = require.resolve('@stoplight/prism-cli/dist/index.js');
process.argv = [process.argv[0] ?? process.execPath, prismCli, ...process.argv.slice(2)];
require(prismCli);
