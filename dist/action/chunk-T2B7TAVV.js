import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  readCheckedYaml
} from "./chunk-BARKBCQ6.js";
import {
  gitHeadFromFiles
} from "./chunk-D4BNSKXI.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import {
  append
} from "./chunk-UH3NDQ7B.js";
import {
  OutputRoot
} from "./chunk-XOHG32CA.js";
import {
  targetSegments
} from "./chunk-PYOKT7AG.js";
import {
  redactedJson
} from "./chunk-EODJP2HT.js";

// src/output/executions.ts
async function keepExecution(execution, head, out, history) {
  for (const artifact of execution.artifacts) await out.writeFile(artifact.name, artifact.content);
  if (!history) return;
  const folder = head.startedAt.replace(/[:.]/g, "-");
  const { account, region } = targetSegments(execution.target);
  const name = `${execution.flowId}--${execution.target.provider}-${account}-${region}--${execution.executionId}.json`;
  const { artifacts: _artifacts, actions: _actions, ...record } = execution;
  await history.writeFile(`${folder}/${name}`, `${redactedJson(record, 2)}
`);
}

// src/cli/git-commit.ts
import { execFile } from "node:child_process";
import { stat } from "node:fs/promises";
import { dirname } from "node:path";
async function gitCommitOf(path) {
  const dir = await stat(path).then((s) => s.isDirectory() ? path : dirname(path), () => void 0);
  if (!dir) return void 0;
  return gitHeadFromFiles(dir)?.commit ?? fromGit(dir);
}
function fromGit(dir) {
  return new Promise((resolve2) => {
    execFile("git", ["-C", dir, "rev-parse", "HEAD"], { timeout: 5e3 }, (error, stdout) => resolve2(error ? void 0 : stdout.trim() || void 0));
  });
}

// src/cli/remediation.ts
import { basename, dirname as dirname2, join, relative, resolve } from "node:path";

// src/model/approval.ts
var text = { type: "string", minLength: 1 };
var APPROVALS_SCHEMA = {
  type: "object",
  required: ["approvals"],
  additionalProperties: false,
  properties: {
    approvals: {
      type: "array",
      items: {
        type: "object",
        required: ["control", "resource", "approvedBy"],
        additionalProperties: false,
        properties: { control: text, resource: text, approvedBy: text, reason: text }
      }
    }
  }
};

// src/load/approvals.ts
async function loadApprovals(file, display) {
  const { value, diagnostics } = await readCheckedYaml(file, display, APPROVALS_SCHEMA, "approvals");
  return { approvals: value ? value.approvals : [], diagnostics };
}

// src/cli/remediation.ts
async function remediationChoice(args, io, environment) {
  const remediate = args.remediate?.some((id) => id === "all") ? [] : args.remediate;
  const choice = { remediate, approvedControls: args.approve ?? [], approvedResources: [] };
  const diagnostics = [];
  if (args.approvals) {
    const loaded = await loadApprovals(resolve(args.cwd, args.approvals), args.approvals);
    append(diagnostics, loaded.diagnostics);
    choice.approvedResources = loaded.approvals;
  }
  if (args.remediate === void 0) return { choice, diagnostics };
  if (args.inventory !== void 0) throw new UsageError("--remediate changes the live cloud: it cannot run on a snapshot (--inventory); scan live, or leave --remediate out to see the plan");
  if (!Number.isInteger(args.maxActions) || (args.maxActions ?? 0) < 0) throw new UsageError("--max-actions must be a whole number, 0 or more");
  if (!args.yes) {
    if (isCi(environment)) throw new UsageError("--remediate in CI needs --yes: review the plan of a run without --remediate, then apply it with --yes");
    if (!io.confirm) throw new UsageError("--remediate without a terminal to ask on needs --yes");
  }
  return { choice, diagnostics };
}
var isCi = (environment) => ["CI", "GITHUB_ACTIONS"].some((name) => environment[name] !== void 0 && !["", "false", "0"].includes(environment[name]));
function fileAuditLog(args) {
  const file = resolve(args.cwd, args.auditLog ?? join(args.out, "ctrlflow-audit.jsonl"));
  const root = new OutputRoot(dirname2(file));
  const name = basename(file);
  return {
    // Its folder, whose `written` the evidence manifest lists.
    root,
    name: relative(args.cwd, file) || file,
    // Writable before the first call, or nothing is changed.
    open: async () => void await root.appendFile(name, ""),
    // Secrets masked in every value (an error body echoing a credential, a URL holding one).
    append: async (entry) => void await root.appendFile(name, `${redactedJson(entry)}
`)
  };
}

export {
  keepExecution,
  gitCommitOf,
  remediationChoice,
  fileAuditLog
};
