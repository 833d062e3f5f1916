// Entry point of the Prism child process (spawned by prism-process.ts with an IPC channel):
// `prism-child.js <spec> <host> <port> [--errors]`. It exits as soon as the parent goes away for any reason (its
// IPC channel closes), so a crashed or killed haso-mock never leaves Prism behind.
import { createPrismServer } from './prism-server.js';

process.on('disconnect', () => process.exit(0));

const [specPath = '', host = '127.0.0.1', port = '0', flag] = process.argv.slice(2);
try {
  const server = await createPrismServer(specPath, flag === '--errors');
  await server.listen(Number(port), host);
} catch (error) {
  fail(error);
}

/** Prints the reason (the parent reads it from the output) and exits. */
function fail(error: unknown): never {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`Error: ${reason.replace(/^Error: /, '')}\n`);
  process.exit(1);
}
