// What a bundler keeps of each entry (esbuild, minified, browser conditions, as tools/bench measures the size): the
// core with one operation constant carries that operation alone, no openapi-fetch, no recipe or code tables.
// Sizes are the bench's business (figure 3); this checks the structure that makes them small.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { documentedCodes, operations } from '../src/index.node.js';

const here = new URL('..', import.meta.url).pathname;

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: here, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
  });
  return result.outputFiles[0]?.text ?? '';
}

const paths = Object.values(operations).map((op) => op.path);
const OPENAPI_FETCH = 'querySerializer'; // an option name every openapi-fetch build carries
const meaning = documentedCodes.H307.meaning;

describe('tree shaking', () => {
  it('createHasoCore with reSendKkbPin keeps that operation only, without openapi-fetch or tables', async () => {
    const code = await bundle(
      "export { createHasoCore } from './src/core-entry.ts'; export { reSendKkbPin } from './src/operations-entry.ts';",
    );
    expect(paths.filter((path) => code.includes(path))).toEqual(['/RequestV2/ReSendKkbPin']);
    expect(code).not.toContain(OPENAPI_FETCH);
    expect(code).not.toContain(meaning); // the documented code table
    expect(code).not.toContain('hasoAuthSendInfo'); // another operation's recipe (the signing package's table)
    expect(code).toContain('crypto.subtle'); // the universal entry signs with Web Crypto
  });

  it('two constants keep two operations', async () => {
    const code = await bundle(
      "export { createHasoCore } from './src/core-entry.ts';" +
        "export { reSendKkbPin, askKkbReportResult } from './src/operations-entry.ts';",
    );
    expect(paths.filter((path) => code.includes(path)).sort()).toEqual([
      '/RequestV2/AskKkbReportResult',
      '/RequestV2/ReSendKkbPin',
    ]);
  });

  it('createHasoClient keeps every operation, openapi-fetch and the code table', async () => {
    const code = await bundle("export { createHasoClient } from './src/index.ts';");
    expect(paths.filter((path) => !code.includes(path))).toEqual([]);
    expect(code).toContain(OPENAPI_FETCH);
    expect(code).toContain(meaning);
  });

  it('describeCode alone brings the code table and no client', async () => {
    const code = await bundle("export { describeCode } from './src/index.ts';");
    expect(code).toContain(meaning);
    expect(paths.filter((path) => code.includes(path))).toEqual([]);
    expect(code).not.toContain(OPENAPI_FETCH);
  });
});
