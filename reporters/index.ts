import { csv } from './csv.js';
import { html } from './html.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import type { Reporter } from './types.js';

/** THE table of report formats, sorted by format; CLI choices come from it. */
export const REPORTERS: readonly Reporter[] = [csv, html, json, markdown, sarif];

export function findReporter(format: string): Reporter | undefined {
  return REPORTERS.find((r) => r.format === format);
}
