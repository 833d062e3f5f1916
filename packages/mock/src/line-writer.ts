import type { MockLogger } from './request-log.js';

/** A logger that batches its lines, and a way to write out what is pending now. */
export interface LineWriter {
  readonly log: MockLogger;
  /** Writes the pending lines at once (also done on process exit). */
  flush(): void;
}

/**
 * Log lines for a stream, in order, written together once per turn of the event loop (one `write` for many lines),
 * on `flush()` and when the process exits.
 */
export function createLineWriter(stream: NodeJS.WritableStream): LineWriter {
  let pending: string[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    if (pending.length === 0) return;
    const text = `${pending.join('\n')}\n`;
    pending = [];
    stream.write(text);
  };
  const onExit = (): void => flush();
  return {
    log: (line) => {
      pending.push(line);
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => {
        process.off('exit', onExit);
        flush();
      });
      process.once('exit', onExit);
    },
    flush,
  };
}
