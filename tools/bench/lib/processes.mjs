// Child processes of the HTTP benchmark: started in their own process group, stopped by their own pid only.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node <args>` in its own process group; `ready(output)` returns a value once the process is usable (or
 * undefined to keep waiting). Resolves to { pid, value, stop }. `stop()` sends SIGTERM to the group it started,
 * then SIGKILL after 5 s, and resolves when the process has exited.
 */
export async function startNode(args, { ready, timeoutMs = 60_000, label }) {
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let done = false;
  exited.then(() => (done = true));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (done) return;
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (done) throw new Error(`${label} exited during startup:\n${output.slice(-2000)}`);
    const value = await ready(output);
    if (value !== undefined) return { pid: child.pid, value, stop };
    await sleep(100);
  }
  await stop();
  throw new Error(`${label} did not start within ${timeoutMs} ms:\n${output.slice(-2000)}`);
}

/** Whether something answers HTTP at `url` (any status). */
export async function answers(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    await response.arrayBuffer();
    return true;
  } catch {
    return false;
  }
}
