/** The controls the bench scans (see controls.mjs). */
export declare const BENCH_CONTROLS: readonly string[];
