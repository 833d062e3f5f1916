#!/usr/bin/env node
// Fails when the built site would load anything from the network: remote <script src>, <link href>, media src,
// CSS @import / url(...), ES module imports from URLs, or web-font hosts. Links in text are fine.
// Usage: node src/check-offline.mjs [file.html …]   (default: dist/index.html)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIST_DIR } from './paths.mjs';

/** @typedef {{ rule: string, url: string, offset: number }} OnlineReference */

const REMOTE = String.raw`(?:https?:)?\/\/[^\s"'()<>\\]+`;
const Q = String.raw`\s*["']?\s*`;

/** What counts as a network load, by rule name. */
const RULES = /** @type {const} */ ([
  ['script src', new RegExp(String.raw`<script\b[^>]*?\bsrc\s*=${Q}(${REMOTE})`, 'gi')],
  ['link href', new RegExp(String.raw`<link\b[^>]*?\bhref\s*=${Q}(${REMOTE})`, 'gi')],
  [
    'media src',
    new RegExp(
      String.raw`<(?:img|iframe|source|video|audio|embed|track|input)\b[^>]*?\bsrcs?e?t?\s*=${Q}(${REMOTE})`,
      'gi',
    ),
  ],
  ['object data', new RegExp(String.raw`<object\b[^>]*?\bdata\s*=${Q}(${REMOTE})`, 'gi')],
  ['@import', new RegExp(String.raw`@import\s*(?:url\()?${Q}(${REMOTE})`, 'gi')],
  ['url()', new RegExp(String.raw`url\(${Q}(${REMOTE})`, 'gi')],
  ['module import', new RegExp(String.raw`\bimport\s*(?:[\w$*{}\s,]+\bfrom\s*|\(\s*)["'](${REMOTE})`, 'g')],
  [
    'font host',
    /((?:https?:)?\/\/(?:fonts\.googleapis\.com|fonts\.gstatic\.com|use\.typekit\.net|fonts\.bunny\.net)[^\s"'()<>]*)/gi,
  ],
]);

/**
 * Every network load referenced by an HTML (or CSS) text.
 * @param {string} text
 * @returns {OnlineReference[]}
 */
export function findOnlineReferences(text) {
  /** @type {OnlineReference[]} */
  const found = [];
  for (const [rule, pattern] of RULES) {
    for (const match of text.matchAll(pattern)) {
      found.push({ rule, url: match[1] ?? match[0], offset: match.index ?? 0 });
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Checks files; resolves to the references found per file (empty when offline).
 * @param {readonly string[]} files
 * @returns {Map<string, OnlineReference[]>}
 */
export function checkOfflineFiles(files) {
  return new Map(files.map((file) => [file, findOnlineReferences(readFileSync(file, 'utf8'))]));
}

/** @param {string[]} argv */
function main(argv) {
  const files = argv.length > 0 ? argv : [join(DIST_DIR, 'index.html')];
  let failures = 0;
  for (const [file, refs] of checkOfflineFiles(files)) {
    for (const ref of refs) {
      failures += 1;
      console.error(`check-offline: ${file}: ${ref.rule} → ${ref.url} (at character ${ref.offset})`);
    }
  }
  if (failures > 0) {
    console.error(`check-offline: ${failures} network reference(s); the site must work offline.`);
    process.exitCode = 1;
  } else {
    console.log(`check-offline: ${files.length} file(s), no network references.`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
