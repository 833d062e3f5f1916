// llms.txt and the per-operation Markdown pages of the built site: every operation linked, every page with its
// summary, path, fields with Z/O, token recipe, fields outside the token and examples, all taken from the spec.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requestExample } from '@haso-toolkit/spec/reader';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDocs } from '../src/index.mjs';
import { DIST_DIR } from '../src/paths.mjs';
import { listOperations, loadSpec, requestSchema } from '../src/spec-model.mjs';
import { builtIndexFile } from './helpers.mjs';

builtIndexFile();
const spec = loadSpec();
const entries = listOperations(spec);
const llms = readFileSync(join(DIST_DIR, 'llms.txt'), 'utf8');
const pageOf = (/** @type {string} */ id) => readFileSync(join(DIST_DIR, 'operations', `${id}.md`), 'utf8');

describe('llms.txt', () => {
  it('starts with the title and summary and links every operation and webhook to a page that exists', () => {
    expect(llms.startsWith(`# ${spec.info.title}\n\n> ${spec.info.summary}\n`)).toBe(true);
    const links = [...llms.matchAll(/^- \[(\w+)\]\((operations\/\w+\.md)\): (.+)$/gm)];
    expect(links.map((m) => m[1])).toEqual(entries.map((e) => e.operation.operationId));
    for (const [, id, href = '', text] of links) {
      expect(existsSync(join(DIST_DIR, href)), href).toBe(true);
      const entry = entries.find((e) => e.operation.operationId === id);
      expect(text).toContain(entry?.operation.summary);
      expect(text).toContain(entry?.operation['x-haso-signature'] ? 'signed' : 'no requestToken');
    }
  });
});

describe('operation pages', () => {
  it.each(entries.map((e) => [e.operation.operationId, e]))('%s', (id, entry) => {
    const page = pageOf(id);
    const op = entry.operation;
    expect(page.startsWith(`# ${id}: ${op.summary}\n`)).toBe(true);
    expect(page).toContain(entry.source === 'path' ? `\`POST {SERVIS_URL}${entry.key}\`` : `webhook \`${entry.key}\``);
    expect(page).toContain(op['x-haso-doc-title']);
    const schema = requestSchema(spec, op);
    const required = new Set(schema.required ?? []);
    for (const field of Object.keys(schema.properties ?? {})) {
      expect(page, field).toContain(`| \`${field}\` | ${required.has(field) ? 'Z' : 'O'} |`);
    }
    const signature = op['x-haso-signature'];
    if (signature) {
      expect(page).toContain(
        `requestToken = Base64(HMAC-SHA256(key, ${[...signature.fields, signature.salt].join(' + ')}))`,
      );
      const outside = Object.keys(schema.properties ?? {}).filter(
        (f) => f !== 'requestToken' && !signature.fields.includes(f),
      );
      const line = page.split('\n').find((l) => l.startsWith('Request fields outside the token')) ?? '';
      for (const field of outside) expect(line, field).toContain(`\`${field}\``);
      if (outside.length === 0 && schema.additionalProperties === false) expect(line).toContain(': none.');
    } else {
      expect(page).toContain(`No requestToken: \`${op['x-haso-unsigned']?.reason}\``);
    }
    const example = requestExample(spec, op);
    if (example) expect(page).toContain(JSON.stringify(example.value, null, 2));
    if (entry.source === 'path') expect(page).toMatch(/^Response 200 `[^`]+`, example `\w+`/m);
  });
});

describe('served', () => {
  /** @type {Awaited<ReturnType<typeof serveDocs>>} */
  let docs;
  beforeAll(async () => {
    docs = await serveDocs({ port: 0 });
  });
  afterAll(() => docs?.close());

  it('serves llms.txt as text and the pages as Markdown', async () => {
    const text = await fetch(new URL('llms.txt', docs.url));
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await text.text()).toBe(llms);
    const page = await fetch(new URL('operations/reSendKkbPin.md', docs.url));
    expect(page.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await page.text()).toBe(pageOf('reSendKkbPin'));
  });
});
