import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { codeOf, messageOf } from './initial-state.js';
import type { SandboxStore, ScopeKey, ScopeState } from './state.js';
import { asRecord, decodeScope, encodeScope, SandboxStartError, STATE_FORMAT, STATE_VERSION } from './state-codec.js';

/**
 * Reads the scopes saved in a state file; a missing file is an empty state. Anything else that is not a state
 * this sandbox wrote (not JSON, another format or version, a wrong field) is a SandboxStartError naming the problem.
 */
export function readStateFile(path: string): { key: ScopeKey; state: ScopeState }[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return [];
    throw new SandboxStartError('STATE_FILE_INVALID', `cannot read the state file ${path} (${codeOf(error)})`);
  }
  try {
    const file = asRecord(JSON.parse(text), 'the file');
    if (file.format !== STATE_FORMAT || file.version !== STATE_VERSION) {
      throw new Error(`it is not a ${STATE_FORMAT} file of version ${STATE_VERSION}`);
    }
    if (!Array.isArray(file.scopes)) throw new Error('scopes must be a list');
    return file.scopes.map((scope, index) => decodeScope(scope, `scopes[${index}]`));
  } catch (error) {
    throw new SandboxStartError(
      'STATE_FILE_INVALID',
      `the state file ${path} is corrupt: ${messageOf(error)} (fix it, or delete it to start from the initial state)`,
    );
  }
}

/** Writes every scope atomically: a temporary file beside it, flushed to disk, then renamed over the old one. */
export function writeStateFile(path: string, store: SandboxStore): void {
  const scopes = store.entries().map(({ key, state }) => encodeScope(key, state));
  const text = `${JSON.stringify({ format: STATE_FORMAT, version: STATE_VERSION, scopes }, null, 1)}\n`;
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new SandboxStartError('STATE_FILE_UNWRITABLE', `cannot write the state file ${path} (${codeOf(error)})`);
  }
}
