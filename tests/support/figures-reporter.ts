// A vitest reporter that prints the run's reliability figures in one line at its end, e.g.
//   reliability: 88 bad inputs, 46 faults, 22 redirects, 3 bombs, 55 bad options, 2,180 property cases
// A figure is either counted by the tests (`count()` of figures.mjs, kept in each test's meta) or the number of
// passed tests of a file (or of the suites in it whose name starts with `suite`), as RULES say. When every test of a
// rule's file ran, the figure it gives must reach `min`, else the run fails: a renamed file or suite cannot drop out
// of the figures unnoticed. Used by the test scripts of client, signing, mock and tests/ (`--reporter`).
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';

interface Rule {
  /** The test file, from the repository root. */
  readonly file: string;
  readonly figure: string;
  /** `test`: one per passed test; `count`: what the tests passed to `count(figure)`. */
  readonly per: 'test' | 'count';
  /** Only tests inside a suite whose name starts with this. */
  readonly suite?: string;
  readonly min: number;
}

const RULES: readonly Rule[] = [
  { file: 'packages/client/test/bad-inputs.test.ts', figure: 'bad inputs', per: 'test', min: 50 },
  { file: 'packages/client/test/faults.test.ts', figure: 'faults', per: 'test', min: 40 },
  { file: 'packages/client/test/redirects.test.ts', figure: 'redirects', per: 'test', min: 10 },
  {
    file: 'packages/client/test/hostile-answers.test.ts',
    suite: 'maxResponseBytes',
    figure: 'bombs',
    per: 'test',
    min: 3,
  },
  { file: 'packages/client/test/option-ranges.test.ts', figure: 'bad options', per: 'test', min: 10 },
  {
    file: 'packages/mock/test/hostile-requests.test.ts',
    suite: 'deeply nested JSON',
    figure: 'deep bodies',
    per: 'test',
    min: 2,
  },
  { file: 'packages/client/test/client-wire-properties.test.ts', figure: 'property cases', per: 'count', min: 1_000 },
  { file: 'packages/signing/test/signing-properties.test.ts', figure: 'property cases', per: 'count', min: 5_000 },
  { file: 'tests/load.test.ts', figure: 'requests', per: 'count', min: 20_000 },
  { file: 'tests/secret-scan.test.ts', figure: 'scanned texts', per: 'count', min: 0 },
];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function suiteNames(test: TestCase): string[] {
  const names: string[] = [];
  for (let at = test.parent; at.type === 'suite'; at = at.parent) names.push(at.name);
  return names;
}

function counted(test: TestCase): Readonly<Record<string, number>> {
  return (test.meta() as { figures?: Record<string, number> }).figures ?? {};
}

/** What `rule` gives in one test file. */
function figureOf(rule: Rule, tests: readonly TestCase[]): number {
  let sum = 0;
  for (const test of tests) {
    if (test.result().state !== 'passed') continue;
    if (rule.suite !== undefined && !suiteNames(test).some((name) => name.startsWith(rule.suite!))) continue;
    sum += rule.per === 'test' ? 1 : (counted(test)[rule.figure] ?? 0);
  }
  return sum;
}

export default class FiguresReporter implements Reporter {
  private lines: string[] = [];

  /** The figures are printed when vitest closes: after its summary and the global teardown. */
  onInit(vitest: Vitest): void {
    vitest.onClose(() => {
      for (const line of this.lines) console.log(line);
    });
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    // Figures in the order RULES name them; counted ones from every test, whichever file it is in.
    const totals = new Map<string, number>(RULES.map((rule) => [rule.figure, 0]));
    const short: string[] = [];
    for (const module of modules) {
      const file = relative(ROOT, module.moduleId);
      const tests = [...module.children.allTests()];
      for (const test of tests) {
        if (test.result().state !== 'passed') continue;
        for (const [figure, n] of Object.entries(counted(test))) totals.set(figure, (totals.get(figure) ?? 0) + n);
      }
      const whole = tests.length > 0 && tests.every((test) => test.result().state !== 'skipped');
      for (const rule of RULES.filter((r) => r.file === file)) {
        const n = figureOf(rule, tests);
        if (rule.per === 'test') totals.set(rule.figure, (totals.get(rule.figure) ?? 0) + n);
        if (whole && n < rule.min) {
          const where = rule.suite === undefined ? file : `${file} (suites "${rule.suite}…")`;
          short.push(`${rule.figure}: ${n} from ${where}, at least ${rule.min} expected`);
        }
      }
    }
    const figures = [...totals].filter(([, n]) => n > 0).map(([figure, n]) => `${n.toLocaleString('en-US')} ${figure}`);
    this.lines = figures.length > 0 ? [`reliability: ${figures.join(', ')}`] : [];
    if (short.length > 0) {
      this.lines.push(`FAIL reliability figures too low (a renamed test file or suite?):\n  ${short.join('\n  ')}`);
      process.exitCode = 1;
    }
  }
}
