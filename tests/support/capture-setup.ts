// Runs before every test file: tees console / stdout / stderr into the capture, and at the end of the file writes
// everything it captured into the run directory for the scanner.
import { relative } from 'node:path';
import { afterAll, inject } from 'vitest';
import { installOutputCapture, writeCapture } from './output-capture.js';

installOutputCapture();

afterAll((suite) => {
  const file = 'filepath' in suite && typeof suite.filepath === 'string' ? suite.filepath : suite.name;
  writeCapture(inject('runDir'), relative(process.cwd(), file));
});
