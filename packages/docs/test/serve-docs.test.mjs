import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocsNotBuiltError, serveDocs } from '../src/index.mjs';
import { resolveFile } from '../src/serve-docs.mjs';
import { builtIndexFile } from './helpers.mjs';

const SERVE_CLI = new URL('../src/serve.mjs', import.meta.url).pathname;

describe('serveDocs', () => {
  /** @type {import('../src/index.mjs').DocsServer} */
  let docs;
  beforeAll(async () => {
    builtIndexFile();
    docs = await serveDocs({ port: 0 });
  });
  afterAll(() => docs?.close());

  it('listens on 127.0.0.1 and serves the site', async () => {
    expect(docs.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(docs.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<div id="redoc">');
  });

  it('serves the assets and the downloadable spec', async () => {
    for (const [path = '', type] of [
      ['assets/logo-mini-full.svg', 'image/svg+xml'],
      ['openapi.json', 'application/json; charset=utf-8'],
      ['openapi.yaml', 'application/yaml; charset=utf-8'],
    ]) {
      const response = await fetch(new URL(path, docs.url));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toBe(type);
      await response.arrayBuffer();
    }
  });

  it('answers 404 for missing files and paths outside the site, 405 for other methods', async () => {
    expect((await fetch(new URL('nope.html', docs.url))).status).toBe(404);
    expect((await fetch(new URL('/..%2fpackage.json', docs.url))).status).toBe(404);
    expect((await fetch(docs.url, { method: 'POST' })).status).toBe(405);
    const head = await fetch(docs.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(100_000);
  });

  it('never maps a URL outside the root', () => {
    const root = '/srv/site';
    expect(resolveFile(root, '/')).toBe('/srv/site/index.html');
    expect(resolveFile(root, '/assets/logo-mini.svg')).toBe('/srv/site/assets/logo-mini.svg');
    expect(resolveFile(root, '/../etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe('/srv/site/etc/passwd');
    expect(resolveFile(root, '/..%2f..%2fetc/passwd')).toBeUndefined();
    expect(resolveFile(root, '/a%00b')).toBeUndefined();
    expect(resolveFile(root, '/%E0%A4%A')).toBeUndefined();
  });

  it('rejects with DocsNotBuiltError for a folder without index.html, and on a taken port', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'haso-docs-empty-'));
    try {
      await expect(serveDocs({ port: 0, root: empty })).rejects.toBeInstanceOf(DocsNotBuiltError);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
    await expect(serveDocs({ port: docs.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});

describe('serve.mjs', () => {
  it('serves on the requested port until SIGTERM', async () => {
    const child = spawn(process.execPath, [SERVE_CLI, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const [chunk] = await once(child.stdout, 'data');
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(String(chunk))?.[0];
      if (!url) throw new Error(`no URL in ${String(chunk)}`);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('rejects a bad --port with exit code 1', async () => {
    const child = spawn(process.execPath, [SERVE_CLI, '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const [code] = await once(child, 'exit');
    expect(code).toBe(1);
    expect(stderr).toContain('--port must be 0-65535');
  });
});
