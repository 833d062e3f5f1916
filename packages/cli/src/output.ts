// Where the command line writes: stdout and stderr, with every configured secret masked as a last line of defence.

/** The two output streams of one run. */
export interface Output {
  /** Writes to stdout (a newline is added). */
  out(text: string): void;
  /** Writes to stderr (a newline is added). */
  err(text: string): void;
}

/** A writable stream as the command line needs it (process.stdout, or a collector in tests). */
export interface TextSink {
  write(text: string): unknown;
}

const MASK = '[redacted]';
/** Shorter secrets are not masked (masking a 1–3 character string would garble unrelated output). */
const MIN_SECRET_LENGTH = 4;

/** `text` with every occurrence of each secret replaced by `[redacted]`. */
export function redact(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of [...secrets].sort((x, y) => y.length - x.length)) {
    if (secret.length >= MIN_SECRET_LENGTH) result = result.split(secret).join(MASK);
  }
  return result;
}

/** An Output over two sinks that masks the given secrets (the salt and the HMAC key) in everything it writes. */
export function createOutput(stdout: TextSink, stderr: TextSink, secrets: readonly string[]): Output {
  return {
    out: (text) => void stdout.write(`${redact(text, secrets)}\n`),
    err: (text) => void stderr.write(`${redact(text, secrets)}\n`),
  };
}
