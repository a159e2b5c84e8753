import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/model/partial.ts
function partialBanner(head) {
  if (head.partial) return `Partial report: ${head.partial.problem} (merged with --allow-partial from shard(s) ${head.partial.shards.join(", ")})`;
  if (head.shard) return `shard ${head.shard.index} of ${head.shard.count} \u2014 partial: this report covers 1/${head.shard.count} of the scan's work; merge all ${head.shard.count} shards with ctrlflow report`;
  return void 0;
}

export {
  partialBanner
};
