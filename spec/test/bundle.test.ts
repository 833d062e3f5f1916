import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redocly, specDir } from './helpers.js';

describe('bundle', () => {
  it('is deterministic and equals the committed dist/ (not stale)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'haso-bundle-'));
    for (const run of ['a', 'b']) {
      for (const ext of ['json', 'yaml']) {
        const { code, output } = await redocly([
          'bundle',
          'openapi.yaml',
          '--config',
          'redocly.yaml',
          '-o',
          join(dir, `${run}.${ext}`),
        ]);
        expect(code, output).toBe(0);
      }
    }
    for (const ext of ['json', 'yaml']) {
      const a = readFileSync(join(dir, `a.${ext}`), 'utf8');
      expect(readFileSync(join(dir, `b.${ext}`), 'utf8')).toBe(a);
      expect(
        readFileSync(join(specDir, `dist/openapi.${ext}`), 'utf8'),
        `dist/openapi.${ext} is stale: run pnpm build`,
      ).toBe(a);
    }
  });
});
