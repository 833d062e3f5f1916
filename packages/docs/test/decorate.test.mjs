import { TEST_CREDENTIALS } from '@haso-toolkit/mock';
import { recipes } from '@haso-toolkit/signing';
import { componentSchema, requestExample } from '@haso-toolkit/spec/reader';
import { describe, expect, it } from 'vitest';
import { decorateSpec, GUIDES_GROUP, REFERENCE_GROUP } from '../src/decorate.mjs';
import { DOC_STATUSES, docStatusOf } from '../src/doc-status.mjs';
import { workedExample } from '../src/signing-example.mjs';
import { listOperations, loadSpec, requestSchema } from '../src/spec-model.mjs';
import { recipeOf } from '../src/token-recipe.mjs';
import {
  badgesOf,
  codeSamplesOf,
  defined,
  entryOf,
  hmacBase64,
  independentMockToken,
  tagGroupsOf,
} from './helpers.mjs';

/** @typedef {import('@haso-toolkit/spec/reader').SpecDocument} SpecDocument */

const source = loadSpec();
const pristine = JSON.stringify(source);
const spec = decorateSpec(source);
const paths = listOperations(spec).filter((e) => e.source === 'path');
const byId = (/** @type {string} */ id) => entryOf(spec, id);

/**
 * The request schema of a path in the untouched spec.
 * @param {SpecDocument} spec
 * @param {string} key
 */
function requestSchemaOf(spec, key) {
  return requestSchema(spec, defined(spec.paths[key]?.post, key));
}

/**
 * The description of a tag (a guide) of the decorated spec.
 * @param {string} name
 * @returns {string}
 */
function tagDescription(name) {
  const tag = spec.tags.find((t) => t.name === name);
  if (!tag) throw new Error(`no tag ${name}`);
  return defined(tag.description, `the description of tag ${name}`);
}

/**
 * The JSON body of a curl sample.
 * @param {{ source: string }} sample
 */
function curlBody(sample) {
  const match = /--data-raw '([\s\S]*)'$/.exec(sample.source);
  if (!match?.[1]) throw new Error(`no body in ${sample.source}`);
  return JSON.parse(match[1].replace(/'\\''/g, "'"));
}

describe('decorateSpec', () => {
  it('leaves the bundled spec untouched', () => {
    expect(JSON.stringify(source)).toBe(pristine);
    expect(paths.length).toBe(Object.keys(source.paths).length);
  });

  it('gives every operation a status badge and the notes from its x-haso-* fields', () => {
    for (const { key, operation } of listOperations(spec)) {
      const status = DOC_STATUSES[docStatusOf(operation)];
      expect(badgesOf(operation)[0], key).toMatchObject({ name: status.label, color: status.color });
      expect(operation.description, key).toContain(operation['x-haso-doc-title']);
      const section = operation['x-haso-doc-section'];
      if (/\d/.test(section)) expect(operation.description, key).toContain(`section ${section}`);
      expect(operation.description, key).toContain(`Documentation status: ${status.label}`);
      if (operation['x-haso-doc-gaps']) {
        expect(operation.description, key).toContain("What Haso's page leaves open:");
      }
      const provisional = operation['x-haso-path-status'] === 'provisional';
      expect(
        badgesOf(operation).some((b) => b.name === 'Provisional'),
        key,
      ).toBe(provisional);
      expect(operation.description.includes('**Provisional path:**'), key).toBe(provisional);
      const signature = operation['x-haso-signature'];
      if (signature) {
        expect(operation.description, key).toContain([...signature.fields, signature.salt].join(' + '));
      } else {
        expect(operation.description, key).toContain(`**Token:** none — \`${operation['x-haso-unsigned']?.reason}\``);
      }
      // the original description is kept after the notes
      const original = source.paths[key]?.post?.description ?? source.webhooks[key]?.post?.description;
      expect(operation.description.endsWith(defined(original, key)), key).toBe(true);
    }
  });

  it("reads each recipe from @haso-toolkit/signing, which agrees with the spec's x-haso-signature", () => {
    for (const { operation } of paths) {
      const recipe = recipeOf(operation);
      const signature = operation['x-haso-signature'];
      expect(recipe, operation.operationId).toBe(
        /** @type {Record<string, unknown>} */ (recipes)[operation.operationId],
      );
      if (signature) expect(recipe).toMatchObject({ fields: signature.fields, salt: signature.salt });
      else expect(recipe).toBeUndefined();
    }
    const stale = { operationId: 'reSendKkbPin', 'x-haso-signature': undefined };
    expect(() => recipeOf(stale)).toThrow(/disagree/);
  });

  it('lists, per signed operation, the request fields its token does not cover', () => {
    const signed = paths.filter((e) => e.operation['x-haso-signature']);
    expect(signed.length).toBeGreaterThan(10);
    for (const { key, operation } of signed) {
      const schema = requestSchemaOf(source, key);
      const covered = new Set([...defined(operation['x-haso-signature'], key).fields, 'requestToken']);
      const outside = Object.keys(schema.properties ?? {}).filter((f) => !covered.has(f));
      const line =
        String(operation.description)
          .split('\n')
          .find((l) => l.includes('**Not covered by the token:**')) ?? '';
      if (outside.length === 0 && schema.additionalProperties === false)
        expect(line, key).toContain('no request field');
      else expect(line, key).toContain(outside.map((f) => `\`${f}\``).join(', '));
      expect(line.includes('any field the schema does not list'), key).toBe(schema.additionalProperties !== false);
    }
    const outsideOf = (/** @type {string} */ id) => byId(id).operation.description;
    expect(outsideOf('setLimitFromKds')).toContain('`kdsLimit`');
    expect(outsideOf('setBulkPaidPayment')).toContain('`paymentCodes`');
    expect(outsideOf('hasoAuthSendInfo')).toMatch(
      /Not covered by the token:\*\* [^\n]*`skipTcknValidation`[^\n]*`SpecialLimit`/,
    );
  });

  it("shows Haso's title and a provisional marker in the summary of title-only and provisional operations", () => {
    let changed = 0;
    for (const { key, operation } of listOperations(spec)) {
      const original = defined((source.paths[key] ?? source.webhooks[key])?.post, key).summary;
      const flagged =
        operation['x-haso-doc-status'] === 'title-only' || operation['x-haso-path-status'] === 'provisional';
      if (!flagged) {
        expect(operation.summary, key).toBe(original);
        continue;
      }
      changed += 1;
      expect(operation.summary.startsWith(original), key).toBe(true);
      expect(operation.summary, key).toContain(operation['x-haso-doc-title']);
      if (operation['x-haso-path-status'] === 'provisional') expect(operation.summary, key).toMatch(/provisional/);
    }
    expect(changed).toBeGreaterThan(5);
    expect(byId('setPreDefinedLimit').operation.summary).toMatch(/ · 5\.2\.5 .+ · provisional$/);
  });

  it('links every operation to its Markdown page and the site to llms.txt', () => {
    for (const { operation } of listOperations(spec)) {
      expect(operation.description).toContain(`[Markdown](operations/${operation.operationId}.md)`);
    }
    expect(spec.info.description).toContain('[llms.txt](llms.txt)');
  });

  it('generates TypeScript and curl / HTML form samples from each request example', () => {
    for (const { key, operation } of paths) {
      const example = requestExample(spec, operation);
      const samples = codeSamplesOf(operation);
      expect(samples, key).toHaveLength(2);
      const ts = defined(samples[0], `${key}: the TypeScript sample`);
      const other = defined(samples[1], `${key}: the second sample`);
      expect(ts.label).toBe('TypeScript');
      const call = ts.source.slice(ts.source.search(/const (data|form) =/));
      expect(call, key).not.toMatch(/\b(merchantId|MerchantId|requestToken):/);
      if (key.startsWith('/ServletV2/')) {
        expect(ts.source).toContain(`haso.buildFormPost('${operation.operationId}', {`);
        expect(other.label).toBe('HTML form');
        expect(other.source).toContain(`<form method="post" action="http://127.0.0.1:4010${key}"`);
        for (const name of Object.keys(example?.value ?? {})) expect(other.source).toContain(`name="${name}"`);
      } else {
        expect(ts.source).toContain(`const data = await haso.${operation.operationId}(`);
        expect(other.label).toBe('curl');
        expect(other.source).toContain(`'http://127.0.0.1:4010${key}'`);
        const body = curlBody(other);
        expect(body.merchantId ?? body.MerchantId).toBe(TEST_CREDENTIALS.merchantId);
        if (operation['x-haso-signature']) expect(body.requestToken, key).toBe(independentMockToken(operation, body));
        else expect(body).not.toHaveProperty('requestToken');
      }
    }
  });

  it('adds the guides as a navigation group and keeps every API tag in a group', () => {
    const groups = tagGroupsOf(spec);
    expect(groups.map((g) => g.name)).toEqual([GUIDES_GROUP, REFERENCE_GROUP]);
    expect(groups[0]?.tags).toEqual([
      'Getting started',
      'Signing requests',
      'Limit flow',
      'E-commerce flow',
      'Sandbox',
      'Result and error codes',
      'Documentation status',
    ]);
    const grouped = new Set(groups.flatMap((g) => g.tags));
    for (const { key, operation } of listOperations(spec)) {
      for (const tag of defined(operation.tags, `${key}: tags`)) expect(grouped).toContain(tag);
    }
    for (const tag of spec.tags) {
      expect(grouped).toContain(tag.name);
      expect(tag.description ?? '').not.toMatch(/\{\{|\}\}/);
    }
  });

  it('fills the guides from the spec: codes, status table, recipes and links to real operations', () => {
    const guide = (/** @type {string} */ name) => tagDescription(name);
    for (const entry of defined(componentSchema(source, 'ResultCode')['x-haso-codes'], 'x-haso-codes')) {
      expect(guide('Result and error codes')).toContain(`| \`${entry.code}\` | ${entry.kind} |`);
    }
    for (const { operation } of listOperations(spec)) {
      expect(guide('Documentation status')).toContain(`[\`${operation.operationId}\`]`);
    }
    const links = spec.tags.flatMap((t) => [...(t.description ?? '').matchAll(/\]\(#\/([a-z0-9-]+)\/([a-z0-9-]+)\)/g)]);
    expect(links.length).toBeGreaterThan(40);
    const ids = listOperations(spec).map((e) => String(e.operation.operationId).toLowerCase());
    for (const [, , id] of links) expect(ids).toContain(id);
  });

  it('computes the worked example with the mock credentials, as openssl would', () => {
    const example = workedExample(source);
    const op = byId(example.operationId).operation;
    const { fields } = defined(op['x-haso-signature'], `${example.operationId}'s x-haso-signature`);
    expect(example.tokenString).toBe(fields.map((f) => example.body[f] ?? '').join('') + TEST_CREDENTIALS.merchantSalt);
    expect(example.token).toBe(hmacBase64(TEST_CREDENTIALS.hmacKey, example.tokenString));
    expect(example.maskedString).not.toContain(TEST_CREDENTIALS.merchantSalt);
    expect(example.optionalField).toBe('ipAddress');
    expect(example.absentString).toBe(example.tokenString.replace(String(example.body.ipAddress), ''));
    expect(example.absentToken).toBe(hmacBase64(TEST_CREDENTIALS.hmacKey, example.absentString));
    const signing = tagDescription('Signing requests');
    for (const value of [example.tokenString, example.token, example.absentString, example.absentToken]) {
      expect(signing).toContain(value);
    }
  });

  it('explains in the signing guide what the token does not protect, with computed examples', () => {
    const signing = tagDescription('Signing requests');
    const section = signing.slice(
      signing.indexOf('## What the token does not protect'),
      signing.indexOf('## Every recipe'),
    );
    expect(section.length).toBeGreaterThan(500);
    // two bodies, one token: characters moved from kkbRefNo into ipAddress
    const lines = [...section.matchAll(/^(\{.*\}) {2}→ {2}(\S+)$/gm)];
    expect(lines).toHaveLength(2);
    const op = byId('reSendKkbPin').operation;
    const [first, second] = lines.map(([, json, token]) => ({
      body: { merchantId: TEST_CREDENTIALS.merchantId, ...JSON.parse(String(json)) },
      token,
    }));
    if (!first || !second) throw new Error('two bodies expected');
    expect(first.body).not.toEqual(second.body);
    expect(first.token).toBe(independentMockToken(op, first.body));
    expect(second.token).toBe(independentMockToken(op, second.body));
    expect(first.token).toBe(second.token);
    // operations with the same recipe, computed from the spec
    expect(section).toMatch(
      /\| `merchantId` \+ `ipAddress` \+ `kkbRefNo` \| [^\n]*`askKkbReportResult`[^\n]*`reSendKkbPin`/,
    );
    /** @type {Map<string, string[]>} */
    const bySignature = new Map();
    for (const { key, operation } of paths.filter((e) => e.operation['x-haso-signature'])) {
      const fields = defined(operation['x-haso-signature'], key)
        .fields.map((f) => `\`${f}\``)
        .join(' + ');
      bySignature.set(fields, [...(bySignature.get(fields) ?? []), operation.operationId]);
    }
    for (const [fields, ids] of bySignature) {
      if (ids.length > 1) expect(section, fields).toContain(`| ${fields} |`);
      else expect(section, fields).not.toContain(`| ${fields} |`);
    }
    expect(section).toMatch(/\| \[`setLimitFromKds`\][^\n]*`kdsLimit`/);
    for (const topic of [
      '**`ipAddress` is free text.**',
      'TLS only',
      'server-side calls only',
      'never sign a body built from browser input',
    ]) {
      expect(section).toContain(topic);
    }
  });
});
