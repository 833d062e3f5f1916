import { recipes } from '@haso-toolkit/signing';
import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { describe, expect, it } from 'vitest';
import { decorateSpec, GUIDES_GROUP, REFERENCE_GROUP } from '../src/decorate.mjs';
import { DOC_STATUSES } from '../src/doc-status.mjs';
import { listOperations, loadSpec, requestExample } from '../src/spec-model.mjs';
import { recipeOf } from '../src/token-recipe.mjs';
import { workedExample } from '../src/signing-example.mjs';
import { hmacBase64 } from './helpers.mjs';

const source = loadSpec();
const pristine = JSON.stringify(source);
const spec = decorateSpec(source);
const paths = listOperations(spec).filter((e) => e.source === 'path');
const byId = new Map(listOperations(spec).map((e) => [e.operation.operationId, e]));

/** The JSON body of a curl sample. */
function curlBody(sample) {
  const match = /--data-raw '([\s\S]*)'$/.exec(sample.source);
  if (!match) throw new Error(`no body in ${sample.source}`);
  return JSON.parse(match[1].replace(/'\\''/g, "'"));
}

/** The independent token of a body: fields in the spec's order, then the salt. */
function expectedToken(operation, body) {
  const signature = operation['x-haso-signature'];
  const text = signature.fields.map((f) => (body[f] === undefined || body[f] === null ? '' : String(body[f]))).join('');
  return hmacBase64(TEST_CREDENTIALS.hmacKey, text + TEST_CREDENTIALS.merchantSalt);
}

describe('decorateSpec', () => {
  it('leaves the bundled spec untouched', () => {
    expect(JSON.stringify(source)).toBe(pristine);
    expect(paths.length).toBe(Object.keys(source.paths).length);
  });

  it('gives every operation a status badge and the notes from its x-haso-* fields', () => {
    for (const { key, operation } of listOperations(spec)) {
      const status = DOC_STATUSES[operation['x-haso-doc-status']];
      expect(operation['x-badges'][0], key).toMatchObject({ name: status.label, color: status.color });
      expect(operation.description, key).toContain(operation['x-haso-doc-title']);
      const section = operation['x-haso-doc-section'];
      if (/\d/.test(section)) expect(operation.description, key).toContain(`section ${section}`);
      expect(operation.description, key).toContain(`Documentation status: ${status.label}`);
      if (operation['x-haso-doc-gaps']) {
        expect(operation.description, key).toContain("What Haso's page leaves open:");
      }
      const provisional = operation['x-haso-path-status'] === 'provisional';
      expect(operation['x-badges'].some((b) => b.name === 'Provisional'), key).toBe(provisional);
      expect(operation.description.includes('**Provisional path:**'), key).toBe(provisional);
      const signature = operation['x-haso-signature'];
      if (signature) {
        expect(operation.description, key).toContain([...signature.fields, signature.salt].join(' + '));
      } else {
        expect(operation.description, key).toContain(`**Token:** none — \`${operation['x-haso-unsigned'].reason}\``);
      }
      // the original description is kept after the notes
      const original = source.paths[key]?.post?.description ?? source.webhooks[key]?.post?.description;
      expect(operation.description.endsWith(original), key).toBe(true);
    }
  });

  it('builds the recipes the same way @haso-toolkit/signing does', () => {
    for (const { operation } of paths) {
      const recipe = recipeOf(operation);
      const generated = recipes[operation.operationId];
      if (!recipe) expect(generated).toBeUndefined();
      else expect(recipe).toMatchObject({ fields: generated.fields, salt: generated.salt });
    }
  });

  it('generates TypeScript and curl / HTML form samples from each request example', () => {
    for (const { key, operation } of paths) {
      const example = requestExample(spec, operation);
      const samples = operation['x-codeSamples'];
      expect(samples, key).toHaveLength(2);
      const [ts, other] = samples;
      expect(ts.label).toBe('TypeScript');
      const call = ts.source.slice(ts.source.search(/const (data|form) =/));
      expect(call, key).not.toMatch(/\b(merchantId|MerchantId|requestToken):/);
      if (key.startsWith('/ServletV2/')) {
        expect(ts.source).toContain(`haso.buildFormPost('${operation.operationId}', {`);
        expect(other.label).toBe('HTML form');
        expect(other.source).toContain(`<form method="post" action="http://127.0.0.1:4010${key}"`);
        for (const name of Object.keys(example.value)) expect(other.source).toContain(`name="${name}"`);
      } else {
        expect(ts.source).toContain(`const data = await haso.${operation.operationId}(`);
        expect(other.label).toBe('curl');
        expect(other.source).toContain(`'http://127.0.0.1:4010${key}'`);
        const body = curlBody(other);
        expect(body.merchantId ?? body.MerchantId).toBe(TEST_CREDENTIALS.merchantId);
        if (operation['x-haso-signature']) expect(body.requestToken, key).toBe(expectedToken(operation, body));
        else expect(body).not.toHaveProperty('requestToken');
      }
    }
  });

  it('adds the guides as a navigation group and keeps every API tag in a group', () => {
    const groups = spec['x-tagGroups'];
    expect(groups.map((g) => g.name)).toEqual([GUIDES_GROUP, REFERENCE_GROUP]);
    expect(groups[0].tags).toEqual([
      'Getting started',
      'Signing requests',
      'Limit flow',
      'E-commerce flow',
      'Result and error codes',
      'Documentation status',
    ]);
    const grouped = new Set(groups.flatMap((g) => g.tags));
    for (const { operation } of listOperations(spec)) for (const tag of operation.tags) expect(grouped).toContain(tag);
    for (const tag of spec.tags) {
      expect(grouped).toContain(tag.name);
      expect(tag.description ?? '').not.toMatch(/\{\{|\}\}/);
    }
  });

  it('fills the guides from the spec: codes, status table, recipes and links to real operations', () => {
    const guide = (name) => spec.tags.find((t) => t.name === name).description;
    for (const entry of source.components.schemas.ResultCode['x-haso-codes']) {
      expect(guide('Result and error codes')).toContain(`| \`${entry.code}\` | ${entry.kind} |`);
    }
    for (const { operation } of listOperations(spec)) {
      expect(guide('Documentation status')).toContain(`[\`${operation.operationId}\`]`);
    }
    const links = spec.tags.flatMap((t) => [...(t.description ?? '').matchAll(/\]\(#\/([a-z0-9-]+)\/([a-z0-9-]+)\)/g)]);
    expect(links.length).toBeGreaterThan(40);
    for (const [, , id] of links) expect([...byId.keys()].map((k) => k.toLowerCase())).toContain(id);
  });

  it('computes the worked example with the mock credentials, as openssl would', () => {
    const example = workedExample(source);
    const op = byId.get(example.operationId).operation;
    const fields = op['x-haso-signature'].fields;
    expect(example.tokenString).toBe(fields.map((f) => example.body[f] ?? '').join('') + TEST_CREDENTIALS.merchantSalt);
    expect(example.token).toBe(hmacBase64(TEST_CREDENTIALS.hmacKey, example.tokenString));
    expect(example.maskedString).not.toContain(TEST_CREDENTIALS.merchantSalt);
    expect(example.optionalField).toBe('ipAddress');
    expect(example.absentString).toBe(example.tokenString.replace(String(example.body.ipAddress), ''));
    expect(example.absentToken).toBe(hmacBase64(TEST_CREDENTIALS.hmacKey, example.absentString));
    const signing = spec.tags.find((t) => t.name === 'Signing requests').description;
    for (const value of [example.tokenString, example.token, example.absentString, example.absentToken]) {
      expect(signing).toContain(value);
    }
  });
});
