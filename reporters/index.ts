import { json } from './json.js';
import type { Reporter } from './types.js';

/** THE table of report formats, sorted by format; CLI choices come from it. */
export const REPORTERS: readonly Reporter[] = [json];

export function findReporter(format: string): Reporter | undefined {
  return REPORTERS.find((r) => r.format === format);
}
