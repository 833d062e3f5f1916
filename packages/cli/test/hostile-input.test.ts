// Hostile or mistaken input: secrets in the base URL, body excerpts in JSON errors, unbounded --timeout and
// --body-file. Each case is one line on stderr and exit 2, and never echoes what it refuses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { closedPort, haso, MOCK_ENV, oneLineError } from './helpers.js';

const PASSWORD = 'pw-Secret-4711';
const MAX_BODY_BYTES = 1024 * 1024;

const tempFile = (name: string) => join(mkdtempSync(join(tmpdir(), 'haso-cli-')), name);

describe('a base URL with user info', () => {
  it.each([
    ['call', ['call', 'getErrorCodes']],
    ['doctor', ['doctor']],
  ])('is refused by %s without printing it (flag and environment)', async (_name, command) => {
    const url = `http://haso-user:${PASSWORD}@127.0.0.1:${await closedPort()}`;
    for (const run of [
      await haso([...command, '--base-url', url], MOCK_ENV),
      await haso(command, { ...MOCK_ENV, HASO_BASE_URL: url }),
    ]) {
      expect(oneLineError(run)).toBe(
        'haso: the base URL must not contain a user name or password (--base-url / HASO_BASE_URL)',
      );
      expect(run.stdout + run.stderr).not.toContain(PASSWORD);
      expect(run.stdout + run.stderr).not.toContain('haso-user');
    }
  });

  it('is masked even in an error about another flag', async () => {
    const url = `http://u:${PASSWORD}@127.0.0.1:1`;
    const run = await haso(['call', 'getErrorCodes', '--base-url', url, `--bogus=${PASSWORD}`], MOCK_ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain(PASSWORD);
  });

  it('a query or fragment is refused too (it would be sent with every call); the value is not printed', async () => {
    for (const url of ['http://127.0.0.1:1/?key=abc-secret-q', 'http://127.0.0.1:1/#abc-secret-q']) {
      const run = await haso(['call', 'getErrorCodes', '--base-url', url], MOCK_ENV);
      expect(oneLineError(run)).toBe(
        'haso: the base URL must be http(s)://host[:port][/path], without a query or fragment (--base-url / HASO_BASE_URL)',
      );
      expect(run.stderr).not.toContain('abc-secret-q');
    }
  });
});

describe('bad JSON shows the position, never an excerpt of the body', () => {
  it.each([
    ['{"kkbRefNo":"K","note":partofthesalt}', 'haso: --body is not valid JSON'],
    ['{"kkbRefNo":"partofthesalt"x}', 'haso: --body is not valid JSON (at position 27)'],
    ['{"kkbRefNo":"partofthesalt', 'haso: --body is not valid JSON (at position 26)'],
    ['', 'haso: --body is not valid JSON (it ends too early)'],
  ])('%j', async (body, message) => {
    const run = await haso(['sign', 'reSendKkbPin', '--body', body], MOCK_ENV);
    expect(oneLineError(run)).toBe(message);
    expect(run.stderr).not.toContain('partof');
  });

  it('from --body-file too', async () => {
    const file = tempFile('bad.json');
    writeFileSync(file, '{"kkbRefNo": partofthesalt}');
    const run = await haso(['sign', 'reSendKkbPin', '--body-file', file], MOCK_ENV);
    expect(oneLineError(run)).toBe(`haso: ${file} is not valid JSON`);
  });
});

describe('--timeout is an integer from 1 to 2^31-1 ms', () => {
  it.each(['99999999999', '2147483648', '0', '-1', '1.5', '1e3', 'NaN', 'Infinity', ' 10'])(
    '%j is refused before anything is sent',
    async (value) => {
      const run = await haso(['call', 'getErrorCodes', `--timeout=${value}`], {
        ...MOCK_ENV,
        HASO_BASE_URL: `http://127.0.0.1:${await closedPort()}`,
      });
      expect(oneLineError(run)).toBe('haso: --timeout must be an integer from 1 to 2147483647 (milliseconds)');
    },
  );

  it('the upper bound itself is accepted', async () => {
    const run = await haso(['call', 'getErrorCodes', '--timeout', '2147483647'], {
      ...MOCK_ENV,
      HASO_BASE_URL: `http://127.0.0.1:${await closedPort()}`,
    });
    expect(oneLineError(run)).toMatch(/is unreachable \(connection refused\)/);
  });
});

describe('--body-file is a regular UTF-8 file of at most 1 MiB', () => {
  it('a device is refused without reading it', async () => {
    const run = await haso(['sign', 'reSendKkbPin', '--body-file', '/dev/urandom'], MOCK_ENV);
    expect(oneLineError(run)).toBe('haso: --body-file /dev/urandom is not a regular file (use - for stdin)');
  });

  it('a directory is refused', async () => {
    const run = await haso(['sign', 'reSendKkbPin', '--body-file', tmpdir()], MOCK_ENV);
    expect(oneLineError(run)).toBe(`haso: --body-file ${tmpdir()} is not a regular file (use - for stdin)`);
  });

  it('a file over the cap is refused (the cap itself is read)', async () => {
    const big = tempFile('big.json');
    writeFileSync(big, '');
    truncateSync(big, MAX_BODY_BYTES + 1);
    const run = await haso(['sign', 'reSendKkbPin', '--body-file', big], MOCK_ENV);
    expect(oneLineError(run)).toBe(`haso: --body-file ${big} is larger than 1 MiB`);
    const atCap = tempFile('cap.json');
    const body = JSON.stringify({ kkbRefNo: 'K' });
    writeFileSync(atCap, body + ' '.repeat(MAX_BODY_BYTES - body.length));
    expect((await haso(['sign', 'reSendKkbPin', '--json', '--body-file', atCap], MOCK_ENV)).code).toBe(0);
  });

  it('stdin over the cap is refused', async () => {
    const run = await haso(['sign', 'reSendKkbPin', '--body-file', '-'], MOCK_ENV, ' '.repeat(MAX_BODY_BYTES + 1));
    expect(oneLineError(run)).toBe('haso: stdin is larger than 1 MiB');
  });

  it('malformed UTF-8 is refused instead of being decoded to U+FFFD', async () => {
    const file = tempFile('latin1.json');
    writeFileSync(file, Buffer.concat([Buffer.from('{"kkbRefNo":"'), Buffer.from([0xff]), Buffer.from('"}')]));
    const run = await haso(['sign', 'reSendKkbPin', '--body-file', file], MOCK_ENV);
    expect(oneLineError(run)).toBe(`haso: ${file} is not valid UTF-8`);
  });
});

describe('a reader that goes away', () => {
  it('haso operations | true (the pipe closed before haso writes) ends without an EPIPE stack trace', () => {
    const bin = fileURLToPath(new URL('../bin/haso.js', import.meta.url));
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" operations | true`], {
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect(run.stderr).toBe('');
  });
});
