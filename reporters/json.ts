import type { Reporter } from './types.js';

/** The full scan, lossless: the evidence format pipelines and `ctrlflow report` read. */
export const json: Reporter = {
  format: 'json',
  extension: 'json',
  summary: 'the full scan result, lossless',
  render: (report) => `${JSON.stringify(report, null, 2)}\n`,
};
