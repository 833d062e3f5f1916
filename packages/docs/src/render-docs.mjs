// Runs `redocly build-docs` (Redoc CE 3, script inlined) on the decorated spec.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const CLI = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

/** Thrown when build-docs fails; carries the CLI's output. */
export class BuildDocsError extends Error {
  /** @param {string} output */
  constructor(output) {
    super(`redocly build-docs failed:\n${output}`);
    this.name = 'BuildDocsError';
  }
}

/**
 * Renders `specFile` to `outputFile` as one self-contained HTML page.
 * @param {{ specFile: string, outputFile: string, templateFile: string, title: string, options: object }} input
 * @returns {string} the CLI's output
 */
export function renderDocs({ specFile, outputFile, templateFile, title, options }) {
  const args = [
    CLI,
    'build-docs',
    specFile,
    '--inlineBundle',
    '--output',
    outputFile,
    '--template',
    templateFile,
    '--title',
    title,
    '--openapi',
    JSON.stringify(options),
  ];
  try {
    return execFileSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
  } catch (error) {
    const e = /** @type {{ stdout?: string, stderr?: string, message: string }} */ (error);
    throw new BuildDocsError(`${e.stdout ?? ''}${e.stderr ?? ''}` || e.message);
  }
}
