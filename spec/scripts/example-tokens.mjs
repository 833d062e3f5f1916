#!/usr/bin/env node
// Usage: node spec/scripts/example-tokens.mjs [--check]
// Writes the merchant id and the requestToken of every request example in paths/*.yaml for the mock's public test
// credentials (x-haso-test-credentials in openapi.yaml), so an example copied from the docs is accepted by haso-mock
// as is. The token is computed here with node:crypto straight from the operation's x-haso-signature (not with
// @haso-toolkit/signing, which the examples check). Only those two values change; the rest of each file is kept
// byte for byte. The spec's bundle step runs it; --check (and `pnpm check:generated`) lists stale files, exit 1.
import { createHmac } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, parse, parseDocument } from 'yaml';
import { testCredentials } from '../reader.mjs';

export const specDir = fileURLToPath(new URL('../', import.meta.url));
const TOKEN = 'requestToken';

/** How a body value enters the token string: absent → "", string → itself (date part for yyyy-MM-dd), integer → digits. */
function tokenText(operationId, field, value, format) {
  if (value === undefined || value === null) return '';
  if (format === 'yyyy-MM-dd') {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}(T|$)/.test(value)) {
      throw new Error(`${operationId}: example field ${field} must be a yyyy-MM-dd date`);
    }
    return value.slice(0, 10);
  }
  if (typeof value === 'string') return value;
  if (Number.isSafeInteger(value)) return String(value);
  throw new Error(`${operationId}: example field ${field} cannot enter a token (${typeof value})`);
}

/** Base64(HMAC-SHA256(key, fields in recipe order + salt)) of an example body. */
export function exampleToken(operationId, signature, body, { merchantSalt, hmacKey }) {
  let text = '';
  for (const field of signature.fields) text += tokenText(operationId, field, body[field], signature.formats?.[field]);
  return createHmac('sha256', hmacKey)
    .update(text + merchantSalt, 'utf8')
    .digest('base64');
}

/** The file's text with its request examples written for `credentials` (the same text when nothing changes). */
export function rewriteExamples(text, credentials) {
  const doc = parseDocument(text);
  const op = doc.toJS()?.post;
  const content = doc.getIn(['post', 'requestBody', 'content'], true);
  if (!op || !isMap(content)) return text;
  const edits = [];
  const set = (node, value) => {
    if (!isScalar(node) || !node.range) throw new Error(`${op.operationId}: example value is not a plain scalar`);
    const source = JSON.stringify(value);
    if (text.slice(node.range[0], node.range[1]) !== source) edits.push([node.range[0], node.range[1], source]);
  };
  for (const pair of content.items) {
    const type = String(pair.key);
    if (op.requestBody.content[type].examples !== undefined) {
      throw new Error(`${op.operationId}: named request examples are not written by this script; use example`);
    }
    const example = doc.getIn(['post', 'requestBody', 'content', type, 'example'], true);
    if (!isMap(example)) continue;
    const body = { ...op.requestBody.content[type].example };
    const merchantKey = Object.keys(body).find((key) => key.toLowerCase() === 'merchantid');
    if (merchantKey) {
      body[merchantKey] = credentials.merchantId;
      set(example.get(merchantKey, true), credentials.merchantId);
    }
    const signature = op['x-haso-signature'];
    if (signature && TOKEN in body) {
      const { [TOKEN]: _old, ...unsigned } = body;
      set(example.get(TOKEN, true), exampleToken(op.operationId, signature, unsigned, credentials));
    }
  }
  let out = text;
  for (const [start, end, source] of edits.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + source + out.slice(end);
  return out;
}

/** [{ file, text, written }] for every path file: `written` is its content with the examples written. */
export function renderExamples(dir = specDir) {
  const credentials = testCredentials(parse(readFileSync(join(dir, 'openapi.yaml'), 'utf8')));
  return readdirSync(join(dir, 'paths'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = join(dir, 'paths', name);
      const text = readFileSync(file, 'utf8');
      return { file, text, written: rewriteExamples(text, credentials) };
    });
}

/** The path files whose examples are not written for the test credentials. */
export function staleExampleFiles(dir = specDir) {
  return renderExamples(dir)
    .filter(({ text, written }) => text !== written)
    .map(({ file }) => file);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const changed = renderExamples().filter(({ text, written }) => text !== written);
  if (check && changed.length) {
    console.error(
      `Request examples not written for the test credentials (run the spec's bundle):\n${changed.map((c) => `  ${c.file}`).join('\n')}`,
    );
    process.exit(1);
  }
  for (const { file, written } of check ? [] : changed) writeFileSync(file, written);
  if (!check && changed.length) console.log(`example-tokens: wrote ${changed.length} file(s)`);
}
