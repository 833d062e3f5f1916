// operations, help, completion and command-line mistakes: everything generated from the spec and the tables.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type OperationObject, requestContentTypes, requestMedia, type SchemaObject } from '@haso-toolkit/spec/reader';
import { describe, expect, it } from 'vitest';
import { haso, MOCK_ENV, oneLineError, spec } from './helpers.js';

const posts = Object.values(spec.paths).flatMap((item) => (item.post ? [item.post] : []));
const schemaOf = (post: OperationObject): SchemaObject => requestMedia(spec, post)?.schema ?? {};
const signature = (post: OperationObject) => post['x-haso-signature'];
const COMMANDS = ['sign', 'call', 'doctor', 'operations', 'help', 'completion'];

describe('haso operations', () => {
  it('--json lists every operation of the spec with its section, path, status and token fields', async () => {
    const run = await haso(['operations', '--json']);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(rows.map((r) => r.operationId)).toEqual(posts.map((p) => p.operationId));
    for (const [path, { post }] of Object.entries(spec.paths)) {
      if (!post) continue;
      const row = rows.find((r) => r.operationId === post.operationId);
      expect(row).toMatchObject({
        path,
        section: post['x-haso-doc-section'],
        docStatus: post['x-haso-doc-status'],
        summary: post.summary,
        tokenFields: signature(post)?.fields ?? null,
        unsignedReason: signature(post) ? null : post['x-haso-unsigned']?.reason,
      });
    }
  });

  it('prints one aligned line per operation, with its recipe or unsigned reason', async () => {
    const lines = (await haso(['operations'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(posts.length + 1);
    expect(lines[0]).toMatch(/^OPERATION +SECTION +PATH +KIND +STATUS +TOKEN$/);
    expect(lines.find((l) => l.startsWith('getErrorCodes '))).toMatch(
      /5\.17 +\/Index\/GetErrorCodes +read +complete +merchantId \+ ipAddress \+ merhant_salt$/,
    );
    expect(lines.find((l) => l.startsWith('createTransaction '))).toMatch(/unsigned: recipe-not-published$/);
  });
});

describe('help', () => {
  it('haso --help and every command --help exit 0; help never shows a secret even when configured', async () => {
    const env = { ...MOCK_ENV, HASO_HMAC_KEY: 'configured-hmac-key' };
    const global = await haso(['--help'], env);
    expect(global.code).toBe(0);
    for (const name of COMMANDS) {
      expect(global.stdout).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
      const run = await haso([name, '--help'], env);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: haso ${name}`));
      expect((await haso(['help', name], env)).stdout).toBe(run.stdout);
    }
  });

  it('haso --version prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const run = await haso([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${pkg.version}\n`);
    }
  });

  it('haso doctor --help explains reading (b) and --no-append-salt in whole sentences', async () => {
    const text = (await haso(['doctor', '--help'])).stdout.replace(/\s*\n\s*/g, ' ');
    expect(text).toContain(
      'Reading (b) is tried only when an HMAC key is configured. The report tells which reading Haso accepts and ' +
        'what to set (--no-append-salt changes only the advice, not which readings are tried).',
    );
  });

  it('call --help lists every callable operation with its summary; sign --help the signed ones', async () => {
    const call = (await haso(['call', '--help'])).stdout;
    const sign = (await haso(['sign', '--help'])).stdout;
    for (const post of posts) {
      const line = new RegExp(
        `^ {2}${post.operationId} +\\S.* {2}${String(post.summary).replace(/[()]/g, '\\$&')}$`,
        'm',
      );
      const isForm = requestContentTypes(spec, post).join() === 'application/x-www-form-urlencoded';
      if (isForm) expect(call).not.toMatch(line);
      else expect(call).toMatch(line);
      if (signature(post)) expect(sign).toMatch(line);
      else expect(sign).not.toMatch(line);
    }
    expect(call).toMatch(/--prefer <value> +mock only/);
    expect(call).toMatch(/--merchant-salt <salt> .*\[HASO_MERCHANT_SALT\]/);
  });

  it('haso help <operation> shows every request field (required/optional) and the token recipe', async () => {
    await Promise.all(
      posts.map(async (post) => {
        const run = await haso(['help', post.operationId]);
        expect(run.code).toBe(0);
        expect(run.stdout.split('\n')[0]).toBe(`${post.operationId}: ${post.summary}`);
        const schema = schemaOf(post);
        for (const name of Object.keys(schema.properties ?? {})) {
          const required = schema.required?.includes(name);
          const line = run.stdout.split('\n').find((l) => l.startsWith(`  ${name} `));
          expect(line, `${post.operationId}.${name}`).toBeDefined();
          if (!/merchantid|requesttoken|ipaddress/i.test(name)) {
            expect(line).toMatch(required ? /required$/ : /optional$/);
          }
        }
        const sig = signature(post);
        if (sig) expect(run.stdout).toContain(`HMAC-SHA256(key, ${[...sig.fields, sig.salt].join(' + ')}))`);
        else expect(run.stdout).toContain(`unsigned (${post['x-haso-unsigned']?.reason})`);
      }),
    );
  });

  it('haso help sendKkbPinCode lists its sandbox inputs and mock examples', async () => {
    const run = await haso(['help', 'sendKkbPinCode']);
    expect(run.stdout).toMatch(/^ {2}testResult=RETRY +→ testResult-RETRY$/m);
    expect(run.stdout).toContain('Mock examples (haso call --prefer example=<name>):');
    expect(run.stdout).toMatch(/^ {2}kkbRefNo +string.* required$/m);
    expect(run.stdout).toMatch(/^ {2}merchantId +string.* filled in by haso/m);
  });
});

describe('command-line mistakes: one line on stderr, exit 2', () => {
  it.each([
    [['bogus'], "haso: unknown command 'bogus' (haso --help lists them)"],
    [['sign', 'reSendKkbPin', '--bogus'], "haso: Unknown option '--bogus' (see haso sign --help)"],
    [['call', 'reSendKkbPin', '--body'], "haso: Option '--body <value>' argument missing (see haso call --help)"],
    [['sign'], 'haso: missing <operation> (haso sign --help lists them)'],
    [['sign', 'reSendKkbPin', 'extra'], "haso: unexpected argument 'extra' (see haso sign --help)"],
    [['sign', 'reSendKkbPin', '--body', '[1]'], 'haso: --body must be a JSON object ({ … })'],
    [['sign', 'reSendKkbPin', '--body', '{}', '--body-file', 'x'], 'haso: give either --body or --body-file, not both'],
    [
      ['sign', 'reSendKkbPin', '--body-file', '/nonexistent/haso.json'],
      'haso: cannot read --body-file /nonexistent/haso.json (ENOENT)',
    ],
    [
      ['call', 'getErrorCodes', '--timeout', 'soon'],
      'haso: --timeout must be an integer from 1 to 2147483647 (milliseconds)',
    ],
    [['help', 'nope'], "haso: unknown operation 'nope' (haso operations lists them)"],
    [['completion', 'fish'], "haso: unsupported shell 'fish' (haso completion bash)"],
  ])('%j', async (args, message) => {
    expect(oneLineError(await haso(args, MOCK_ENV))).toBe(message);
  });

  it('bad JSON names the source and stays on one line', async () => {
    expect(oneLineError(await haso(['sign', 'reSendKkbPin', '--body', '{"kkbRefNo":'], MOCK_ENV))).toMatch(
      /^haso: --body is not valid JSON \(it ends too early\)$/,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'haso-cli-')), 'bad.json');
    writeFileSync(file, '{\n  "a": 1,\n}\n');
    expect(oneLineError(await haso(['sign', 'reSendKkbPin', '--body-file', file], MOCK_ENV))).toMatch(
      /is not valid JSON/,
    );
  });

  it('a salt given as a flag never shows, even in an error about another flag', async () => {
    const run = await haso(['sign', 'reSendKkbPin', '--merchant-salt', 'flag-salt-secret', '--bogus=flag-salt-secret']);
    expect(run.code).toBe(2);
  });

  it('no command prints the help on stderr', async () => {
    const run = await haso([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Usage: haso <command>/);
  });
});

const hasBash = spawnSync('bash', ['--version']).status === 0;

describe.runIf(hasBash)('haso completion bash', () => {
  it('completes commands, operation ids (signed ones for sign) and flags', async () => {
    const script = (await haso(['completion', 'bash'])).stdout;
    const complete = (line: string) => {
      const words = line.split(' ');
      const program = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${
        words.length - 1
      }; _haso_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return execFileSync('bash', ['-c', program], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);
    };
    expect(complete('haso c')).toEqual(['call', 'completion']);
    expect(complete('haso call reSend')).toEqual(['reSendKkbPin']);
    const signedGets = posts.filter((p) => signature(p) && p.operationId.startsWith('get')).map((p) => p.operationId);
    expect(complete('haso sign get').sort()).toEqual(signedGets.sort());
    expect(complete('haso call --mer')).toEqual(['--merchant-id', '--merchant-salt']);
    expect(complete('haso help do')).toEqual(['doctor']);
  });
});
