import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  UsageError
} from "./chunk-EMRUF3FH.js";
import {
  CLOUDS
} from "./chunk-CV5TROGS.js";
import {
  append
} from "./chunk-UH3NDQ7B.js";
import {
  DEFAULT_FORMATS,
  FORMATS
} from "./chunk-ZGCO3MUC.js";
import {
  SEVERITIES
} from "./chunk-NP7VFWU3.js";
import {
  EVIDENCE_LEVELS
} from "./chunk-RF7RP6NI.js";

// src/cli/scan-options.ts
function wholeNumber(flag, min, max) {
  return {
    type: "number",
    range: { min, max },
    coerce: (value) => {
      const n = typeof value === "number" ? value : Number.NaN;
      if (!Number.isInteger(n) || n < min || n > max) {
        const given = Array.isArray(value) ? `given ${value.length} times` : String(value);
        throw new UsageError(`--${flag} ${given}: expected one whole number from ${min} to ${max}`);
      }
      return n;
    }
  };
}
function scanOptions(defaults) {
  return {
    controls: { type: "string", array: true, default: [defaults.controls], path: true, describe: "control files or folders" },
    flows: { type: "string", array: true, default: [defaults.flows], path: true, describe: "flow files or folders" },
    bundled: { type: "boolean", default: true, describe: "also run the bundled controls and flows; yours win on an id both have (--no-bundled: only yours)" },
    ...inventoryOptions(),
    cloud: { choices: CLOUDS, array: true, describe: "only the controls of these clouds" },
    only: { type: "string", array: true, default: [], describe: "control ids or patterns (AWS-EC2-*)" },
    framework: { type: "string", array: true, default: [], describe: "framework ids (cis-aws-7.0): only the controls mapped to them, and only their requirements in the report" },
    severity: { choices: SEVERITIES, describe: "only controls at or above this severity" },
    "fail-on": { choices: [...SEVERITIES, "none"], default: "low", describe: "exit 1 when a FAIL at or above this severity exists" },
    format: { choices: FORMATS, array: true, default: DEFAULT_FORMATS, describe: "report formats (asff, junit, ocsf and oscal only when named)" },
    evidence: { choices: EVIDENCE_LEVELS, default: "findings", describe: "what PASS results carry: findings (identity, status, target) or full (their evidence too)" },
    out: { type: "string", default: "reports", path: true, describe: "folder for the reports" },
    quiet: { type: "boolean", conflicts: "verbose", describe: "print only the totals and the exit line (errors and warnings still go to stderr)" },
    verbose: { type: "boolean", describe: "also list the controls that passed" },
    var: { type: "string", array: true, default: [], describe: "NAME=VALUE: override a flow variable" },
    history: { type: "string", path: true, describe: "folder for execution records (one JSON per flow run)" },
    shard: { type: "string", describe: "k/N: run only the k-th of N disjoint parts of the control \xD7 target work" },
    exceptions: { type: "string", path: true, describe: "YAML of accepted risks: matching FAILs become EXCEPTED until they expire" },
    attestations: { type: "string", path: true, describe: "YAML of attested manual framework requirements (status, owner, evidence, date, expiry)" },
    baseline: { type: "string", path: true, describe: "a previous ctrlflow.json: mark each FAIL new or unchanged, list resolved ones" },
    "baseline-optional": { type: "boolean", default: false, describe: "with --baseline: a missing file means no baseline yet (a first run): every FAIL is new; otherwise a missing baseline is exit 2" },
    "fail-on-new": { type: "boolean", default: false, describe: "with --baseline: exit 1 only for new FAILs at or above --fail-on" },
    strict: { type: "boolean", default: false, describe: "a condition key that no item had (KeyNeverFound warning) makes the control's PASS results ERROR" },
    remediate: { type: "string", array: true, config: false, describe: "apply the planned actions of FAIL results: of every control, or of these ids/patterns (default: plan only)" },
    yes: { type: "boolean", default: false, config: false, describe: "with --remediate: apply without asking (required in CI and without a terminal)" },
    "max-actions": { ...wholeNumber("max-actions", 1, 1e3), default: 10, describe: "with --remediate: refuse to start when more actions than this would run" },
    approve: { type: "string", array: true, default: [], config: false, describe: "control ids/patterns whose approval: required actions may run" },
    approvals: { type: "string", path: true, config: false, describe: "YAML of approved (control, resource) pairs for approval: required actions" },
    "audit-log": { type: "string", path: true, describe: "append-only JSON-lines record of every remediation call (default OUT/ctrlflow-audit.jsonl)" },
    "sign-key": { type: "string", path: true, describe: "Ed25519 private key (PEM) to sign ctrlflow-manifest.json with, into ctrlflow-manifest.sig (or $CTRLFLOW_SIGN_KEY: the PEM or its path)" },
    "security-hub": { type: "boolean", default: false, describe: "import the AWS results into AWS Security Hub as ASFF findings (BatchImportFindings), archiving earlier ones no longer found" },
    "security-hub-region": { type: "string", describe: "with --security-hub: import every finding into this region's hub (an aggregation region) instead of its own region's" }
  };
}
function inventoryOptions() {
  return {
    inventory: { type: "string", path: true, describe: 'snapshot folder to scan (see README "Snapshot layout"); without it, the clouds are read live' },
    "azure-subscription": { type: "string", array: true, describe: "Azure subscription id (default: every one the identity can read)" },
    "azure-management-group": { type: "string", describe: "Azure management group whose subscriptions to scan" },
    "gcp-project": { type: "string", array: true, describe: "GCP project id" },
    "gcp-folder": { type: "string", array: true, describe: "GCP folder id (every project under it)" },
    "gcp-organization": { type: "string", array: true, describe: "GCP organization id (every project in it)" },
    region: { type: "string", array: true, describe: "AWS regions, or all (the regions enabled for each account); default the SDK's configured region" },
    "aws-profile": { type: "string", array: true, describe: "AWS profiles, one account each (default: the SDK's credential chain)" },
    "aws-role-arn": { type: "string", array: true, describe: "IAM roles to assume, one account each" },
    "aws-organization": { type: "boolean", describe: "every ACTIVE account of the AWS organisation (Organizations ListAccounts, from the management or a delegated-administrator account), each read through --aws-role-name" },
    "aws-role-name": { type: "string", describe: "with --aws-organization: the role assumed in each account (a name, or path/name), e.g. a read-only audit role deployed by StackSets" },
    "aws-external-id": { type: "string", describe: "external id for the assumed roles" },
    "aws-session-name": { type: "string", describe: "session name for the assumed roles (default ctrlflow)" },
    "aws-endpoint-url": { type: "string", describe: "AWS-compatible endpoint, e.g. an emulator (default $AWS_ENDPOINT_URL)" },
    concurrency: { ...wholeNumber("concurrency", 1, 64), describe: "AWS requests in flight per service and region (default 4)" }
  };
}
var camelCase = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
function flagValues(table, parsed) {
  const values = {};
  for (const name of Object.keys(table)) values[camelCase(name)] = parsed[camelCase(name)];
  return values;
}
function pickFlags(table, names) {
  const picked = {};
  for (const name of names) picked[name] = table[name];
  return picked;
}
function inventoryArgs(a) {
  return flagValues(inventoryOptions(), a);
}
function configSchema(options) {
  const properties = {};
  for (const [name, option] of Object.entries(options)) {
    if (option.config === false) continue;
    const one = option.choices ? { enum: [...option.choices] } : option.range ? { type: "integer", minimum: option.range.min, maximum: option.range.max } : { type: option.type === "boolean" ? "boolean" : option.type === "number" ? "number" : "string" };
    properties[name] = option.array ? { type: "array", items: one } : one;
  }
  return { type: "object", additionalProperties: false, properties };
}

// src/cli/config-file.ts
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
var CONFIG_FILE = "ctrlflow.config.yaml";
var ConfigFileError = class extends Error {
  constructor(diagnostics) {
    super(`${diagnostics.length} error(s) in ${diagnostics[0]?.file ?? "the config file"}`);
    this.diagnostics = diagnostics;
  }
  diagnostics;
  name = "ConfigFileError";
};
function findConfigFile(cwd, explicit) {
  if (explicit !== void 0) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new UsageError(`--config ${explicit}: no such file`);
    return file;
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return join(dir, CONFIG_FILE);
    if (dirname(dir) === dir) return void 0;
  }
}
async function readConfigFile(file, cwd, options) {
  const shown = relative(cwd, file) || file;
  const [{ parseYamlFile }, { validateSchema }] = await Promise.all([import("./yaml-GIWEKBRQ.js"), import("./validate-NVTH5OEG.js")]);
  const parsed = parseYamlFile(shown, await readFile(file, "utf8"));
  if (parsed.diagnostics.length > 0) throw new ConfigFileError(parsed.diagnostics);
  if (parsed.value === null || parsed.value === void 0) return {};
  const written = parsed.value;
  const listed = typeof written === "object" && !Array.isArray(written) ? Object.fromEntries(Object.entries(written).map(([k, v]) => [k, options[k]?.array && !Array.isArray(v) ? [v] : v])) : written;
  const problems = validateSchema(configSchema(options), listed);
  if (problems.length === 0 && Array.isArray(listed.var)) {
    const { vars, problems: varProblems } = joinVarValues(listed.var);
    listed.var = vars;
    append(problems, varProblems);
  }
  if (problems.length > 0) {
    throw new ConfigFileError(problems.map((p) => ({ file: shown, ...parsed.locate(p.path, { key: p.code === "unknown-key" }), code: p.code, message: p.message })));
  }
  const base = dirname(file);
  const fromFile = (v) => isAbsolute(v) ? v : relative(cwd, resolve(base, v)) || ".";
  const values = {};
  for (const [name, value] of Object.entries(listed)) {
    values[name] = options[name].path ? Array.isArray(value) ? value.map((v) => fromFile(String(v))) : fromFile(String(value)) : value;
  }
  return values;
}
function joinVarValues(entries) {
  const vars = [];
  const problems = [];
  entries.forEach((entry, i) => {
    if (entry.indexOf("=") > 0) vars.push(entry);
    else if (vars.length > 0 && !entry.includes("=")) vars[vars.length - 1] += `,${entry}`;
    else problems.push({ path: ["var", i], code: "bad-value", message: `"${entry}" is not NAME=VALUE (e.g. var: [trustedCidrs=10.0.0.0/8])` });
  });
  return { vars, problems };
}

export {
  scanOptions,
  inventoryOptions,
  flagValues,
  pickFlags,
  inventoryArgs,
  CONFIG_FILE,
  ConfigFileError,
  findConfigFile,
  readConfigFile
};
