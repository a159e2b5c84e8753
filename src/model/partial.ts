import type { ReportHead } from './result.js';

/**
 * The one line every report of a partial scan starts with (HTML, Markdown, terminal): a shard
 * by itself, or shards merged with --allow-partial that are not one complete run. Undefined
 * for a whole scan.
 */
export function partialBanner(head: Pick<ReportHead, 'shard' | 'partial'>): string | undefined {
  if (head.partial) return `Partial report: ${head.partial.problem} (merged with --allow-partial from shard(s) ${head.partial.shards.join(', ')})`;
  if (head.shard) return `shard ${head.shard.index} of ${head.shard.count} — partial: this report covers 1/${head.shard.count} of the scan's work; merge all ${head.shard.count} shards with ctrlflow report`;
  return undefined;
}
