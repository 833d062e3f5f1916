// Prism dies under a running mock: the mock says so in one line, restarts it and keeps serving.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSpecPath, startMock } from '../src/index.js';
import { isAlive, operations, post, validRequest } from './helpers.js';

const reSend = operations.find((o) => o.operationId === 'reSendKkbPin')!;

describe('Prism dying under a running mock', () => {
  it('is restarted: one log line, and the next requests succeed', async () => {
    const notices: string[] = [];
    const exits: unknown[] = [];
    const mock = await startMock({
      stateless: true,
      port: 0,
      quiet: true,
      logger: (l) => notices.push(l),
      onPrismExit: (exit) => exits.push(exit),
    });
    try {
      const first = mock.prismPid;
      process.kill(first, 'SIGKILL');
      const { body } = validRequest(reSend.post);
      // Sent at once: they wait for the new Prism (or are refused by the dead one and sent again).
      const answers = await Promise.all(Array.from({ length: 5 }, () => post(mock.url, reSend.path, body)));
      for (const answer of answers) {
        expect(answer.status, answer.text).toBe(200);
        expect(answer.json()).toMatchObject({ Success: true });
      }
      expect(notices).toEqual(['haso-mock: Prism exited unexpectedly (SIGKILL); restarting it']);
      expect(exits).toEqual([{ code: null, signal: 'SIGKILL' }]);
      expect(mock.prismPid).not.toBe(first);
      expect(isAlive(mock.prismPid)).toBe(true);
      expect(isAlive(first)).toBe(false);
    } finally {
      await mock.close();
    }
  }, 45_000);

  it('that cannot be restarted: onPrismLost, and calls get a 503 answer (not a hang)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'haso-mock-'));
    const specPath = join(dir, 'openapi.json');
    copyFileSync(defaultSpecPath, specPath);
    const notices: string[] = [];
    let reportLost!: (error: Error) => void;
    const lost = new Promise<Error>((resolve) => (reportLost = resolve));
    const mock = await startMock({
      stateless: true,
      port: 0,
      quiet: true,
      specPath,
      requestTimeoutMs: 120_000, // the pending call waits for the verdict, however slow the three starts are
      logger: (l) => notices.push(l),
      onPrismLost: reportLost,
    });
    try {
      rmSync(dir, { recursive: true }); // Prism cannot read its spec any more
      process.kill(mock.prismPid, 'SIGKILL');
      const pending = post(mock.url, reSend.path, validRequest(reSend.post).body);
      expect((await lost).message).toMatch(/Prism/);
      const answer = await pending;
      expect(answer.status).toBe(503);
      expect(answer.json()).toMatchObject({ Success: false, Errors: ['haso-mock: Prism is not running'] });
      expect((await post(mock.url, reSend.path, validRequest(reSend.post).body)).status).toBe(503);
      expect(notices).toHaveLength(2);
      expect(notices[1]).toMatch(/^haso-mock: Prism could not be restarted \(.+\); operation calls now get 503$/);
    } finally {
      await mock.close();
    }
  }, 90_000); // three failed Prism starts
});
