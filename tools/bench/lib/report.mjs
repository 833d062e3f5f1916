// Printing figures: one table row per figure (value, goal, met), and the details of a figure run on its own.
import { fileURLToPath } from 'node:url';

/** Whether the module at `url` is the script node was started with. */
export function isMain(url) {
  return process.argv[1] === fileURLToPath(url);
}

/** The value of a figure as printed: `1.21×`, `4.9 kB`, `12.3 s`. */
export function formatValue(figure) {
  if (figure.display) return figure.display;
  if (figure.value === null || figure.value === undefined) return 'n/a';
  return figure.unit === '×' ? `${figure.value}×` : `${figure.value} ${figure.unit}`;
}

/** One row per figure. */
export function printTable(figures) {
  console.table(
    figures.map((f) => ({
      figure: f.title,
      value: formatValue(f),
      goal: f.goal ?? '—',
      met: f.met === undefined ? '—' : f.met ? 'yes' : 'NO',
    })),
  );
}

/** A figure and its details (for the standalone scripts); with `--json` only the figure as JSON (for run.mjs). */
export function printFigure(figure) {
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(figure)}\n`);
    return;
  }
  printTable([figure]);
  console.log(JSON.stringify(figure.details, null, 2));
}
