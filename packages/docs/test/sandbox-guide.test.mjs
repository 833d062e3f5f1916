// The Sandbox guide of the built site: a navigation entry of the guides, the topics the mock offers (journeys,
// control routes, latency and faults, MSW handlers), and every row of the mock's SANDBOX.md as the mock states it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDES_GROUP } from '../src/decorate.mjs';
import { sandboxChoices } from '../src/sandbox-choices.mjs';
import { renderedSpec, sandboxRows, tagGroupsOf } from './helpers.mjs';

const spec = renderedSpec();
const guide = spec.tags.find((t) => t.name === 'Sandbox');
const rows = sandboxRows();

describe('the Sandbox guide', () => {
  it('is one of the guides of the built site', () => {
    expect(guide).toBeDefined();
    const group = tagGroupsOf(spec).find((g) => g.name === GUIDES_GROUP);
    expect(group?.tags).toContain('Sandbox');
  });

  it("carries every row of the mock's SANDBOX.md, as written and in its order", () => {
    expect(rows.length).toBeGreaterThan(10);
    const description = String(guide?.description);
    let at = 0;
    for (const { line } of rows) {
      const found = description.indexOf(line, at);
      expect(found, line.slice(0, 60)).toBeGreaterThan(at - 1);
      at = found + line.length;
    }
  });

  it('covers the journeys, the control routes, latency and faults, and the MSW handlers', () => {
    const description = String(guide?.description);
    for (const topic of [
      '**Limit flow**',
      '**E-commerce pages**',
      'POST /__mock/reset',
      'GET /__mock/state',
      'GET /__mock/requests',
      'POST /__mock/faults',
      '--latency 200-800',
      'Prefer: delay=',
      ...['timeout', 'reset', 'http-500', 'html-502', 'slow-body'].map((fault) => `Prefer: fault=${fault}`),
      'hasoHandlers(',
      '--stateless',
    ]) {
      expect(description, topic).toContain(topic);
    }
    expect(description).not.toMatch(/\{\{|\}\}/);
  });

  it('fails the build when SANDBOX.md has no table', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'haso-docs-')), 'SANDBOX.md');
    writeFileSync(file, '# The sandbox\n\nNo table here.\n');
    expect(() => sandboxChoices(file)).toThrow(/no table of choices/);
    writeFileSync(file, '| a | b |\n| --- | --- |\n| 1 | x |\n');
    expect(sandboxChoices(file)).toBe('| a | b |\n| --- | --- |\n| 1 | x |');
  });
});
