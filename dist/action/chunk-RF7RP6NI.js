import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/model/status.ts
var STATUSES = ["FAIL", "ERROR", "EXCEPTED", "PASS"];

// src/model/result.ts
var SCHEMA_VERSION = "2.0";
var EVIDENCE_LEVELS = ["findings", "full"];
var PASS_GROUP_SIZE = 1e3;
function splitReport(report) {
  const { schemaVersion, tool, scanId, startedAt, inventory, failOn, evidence, shard, partial, targets, controlsCommit, controlSet, results: _results, ...summary } = report;
  const controls = summary.controls.map(({ status: _s, counts: _c, warnings: _w, ...info }) => info);
  const head = {
    schemaVersion,
    tool,
    scanId,
    startedAt,
    inventory,
    failOn,
    evidence,
    ...shard ? { shard } : {},
    ...partial ? { partial } : {},
    targets,
    controls,
    ...controlsCommit ? { controlsCommit } : {},
    ...controlSet ? { controlSet } : {}
  };
  return { head, summary };
}

export {
  STATUSES,
  SCHEMA_VERSION,
  EVIDENCE_LEVELS,
  PASS_GROUP_SIZE,
  splitReport
};
