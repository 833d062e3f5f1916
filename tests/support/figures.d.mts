/** A figure the run counts with `count()` (figures the reporter counts itself are listed in figures-reporter.ts). */
export type CountedFigure = 'property cases' | 'requests' | 'scanned texts';

/** Adds `n` (default 1) to a figure of the running test; throws outside a test. */
export declare function count(figure: CountedFigure, n?: number): void;
