import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { findOnlineReferences } from '../src/check-offline.mjs';
import { builtIndexFile } from './helpers.mjs';

const CLI = fileURLToPath(new URL('../src/check-offline.mjs', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'haso-docs-offline-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * Runs the CLI on an HTML text; returns its exit code and output.
 * @param {string} html
 */
function runCli(html) {
  const file = join(tmp, `page-${Math.random().toString(36).slice(2)}.html`);
  writeFileSync(file, html);
  try {
    return { code: 0, output: execFileSync(process.execPath, [CLI, file], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (caught) {
    const error = /** @type {{ status: number, stdout: string, stderr: string }} */ (caught);
    return { code: error.status, output: `${error.stdout}${error.stderr}` };
  }
}

describe('findOnlineReferences', () => {
  it.each([
    ['script src', '<script src="https://cdn.example.com/redoc.standalone.js"></script>'],
    ['script src', "<script type='module' async src='//cdn.example.com/x.js'></script>"],
    ['link href', '<link rel="stylesheet" href="https://cdn.example.com/style.css">'],
    ['link href', '<link rel="modulepreload" href="https://cdn.redocly.com/redoc/v3/bundles/redoc.standalone.js" />'],
    ['@import', '<style>@import url("https://fonts.example.com/inter.css");</style>'],
    ['@import', "<style>@import 'https://cdn.example.com/a.css';</style>"],
    ['url()', '<style>@font-face { font-family: X; src: url(https://cdn.example.com/x.woff2) }</style>'],
    ['url()', '<div style="background: url(\'http://cdn.example.com/bg.png\')"></div>'],
    ['media src', '<img alt="" src="https://cdn.example.com/logo.svg">'],
    ['module import', '<script type="module">import { hydrate } from "https://cdn.example.com/redoc.js";</script>'],
    ['font host', '<script>const f = "https://fonts.googleapis.com/css?family=Roboto";</script>'],
  ])('flags a %s reference', (rule, html) => {
    expect(findOnlineReferences(html).map((r) => r.rule)).toContain(rule);
  });

  it('accepts local, data: and fragment references and links in text', () => {
    const html = [
      '<script src="assets/app.js"></script>',
      '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=\'http://www.w3.org/2000/svg\'%3E%3C/svg%3E">',
      '<img src="assets/logo-mini.svg"><svg><rect fill="url(#gradient)"/></svg>',
      '<p>See <a href="https://redocly.com/redoc/">Redoc</a> and https://example.com/page.</p>',
      '<pre>curl -X POST http://127.0.0.1:4010/RequestV2/ReSendKkbPin</pre>',
    ].join('\n');
    expect(findOnlineReferences(html)).toEqual([]);
  });
});

describe('check-offline CLI', () => {
  const built = readFileSync(builtIndexFile(), 'utf8');

  it('passes on the built site', () => {
    expect(findOnlineReferences(built)).toEqual([]);
    expect(runCli(built)).toMatchObject({ code: 0 });
  });

  it('fails on the built site with an injected CDN script', () => {
    const injected = built.replace(
      '</head>',
      '<script src="https://cdn.jsdelivr.net/npm/redoc/bundles/redoc.standalone.js"></script></head>',
    );
    const result = runCli(injected);
    expect(result.code).toBe(1);
    expect(result.output).toContain('script src → https://cdn.jsdelivr.net/npm/redoc/bundles/redoc.standalone.js');
  });

  it('fails on an injected Google Fonts stylesheet', () => {
    const injected = built.replace(
      '</head>',
      '<link href="https://fonts.googleapis.com/css?family=Montserrat" rel="stylesheet"></head>',
    );
    expect(runCli(injected).code).toBe(1);
  });
});
