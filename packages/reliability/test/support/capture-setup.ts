// Runs before every test file: tees console / stdout / stderr into the capture, and at the end of the file writes
// the file's counts and everything it captured into the run directory for the scanner and the summary.
import { relative } from 'node:path';
import { afterAll, inject } from 'vitest';
import { capturedTexts, installOutputCapture } from '../../src/output-capture.js';
import { tallySoFar, writeRecord } from '../../src/run-tally.js';

installOutputCapture();

afterAll((suite) => {
  const file = 'filepath' in suite && typeof suite.filepath === 'string' ? suite.filepath : suite.name;
  writeRecord(inject('runDir'), {
    file: relative(process.cwd(), file),
    tally: tallySoFar(),
    captured: [...capturedTexts()],
  });
});
