import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  clip,
  findingDigest
} from "./chunk-ZLJF6NXH.js";

// reporters/asff.ts
var asff = {
  format: "asff",
  extension: "asff.json",
  summary: "AWS Security Finding Format for AWS Security Hub (AWS results)",
  open(head, out) {
    const controls = new Map(head.controls.map((c) => [c.id, c]));
    const homes = homeRegions(head);
    let first = true;
    return {
      result(r) {
        if (r.provider !== "aws") return;
        const finding = toAsff(r, controls.get(r.controlId), { region: hubRegionOf(r, homes), time: r.time ?? head.startedAt });
        out.write(`${first ? "[\n" : ",\n"}${JSON.stringify(finding)}`);
        first = false;
      },
      end() {
        out.write(first ? "[]\n" : "\n]\n");
      }
    };
  }
};
var ASFF_SCHEMA_VERSION = "2018-10-08";
var ASFF_LIMITS = { title: 256, description: 1024, recommendation: 512, productFieldValue: 2048, statusReason: 2048, relatedRequirements: 32 };
var COMPLIANCE_STATUS = { PASS: "PASSED", FAIL: "FAILED", ERROR: "WARNING", EXCEPTED: "NOT_AVAILABLE" };
var WORKFLOW = { PASS: "RESOLVED", FAIL: "NEW", ERROR: "NEW", EXCEPTED: "SUPPRESSED" };
var SEVERITY = { critical: "CRITICAL", high: "HIGH", medium: "MEDIUM", low: "LOW", info: "INFORMATIONAL" };
var FIELD = "ctrlflow/";
function asffId(r) {
  return `ctrlflow/${r.controlId}/${findingDigest(r)}`;
}
function partitionOf(region) {
  return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
}
function productArn(account, region) {
  return `arn:${partitionOf(region)}:securityhub:${region}:${account}:product/${account}/default`;
}
function asffResourceType(resourceType) {
  const parts = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/.exec(resourceType);
  if (!parts) return "Other";
  const word = (w) => w.replace(/[A-Z]+(?=[A-Z][a-z]|[0-9]|$)/g, (run) => run[0] + run.slice(1).toLowerCase()).replace(/^[a-z]/, (c) => c.toUpperCase());
  return `Aws${word(parts[1])}${word(parts[2])}`;
}
function toAsff(r, control, at) {
  const requirements = Object.entries(control.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}/${id}`));
  const reasons = statusReasons(r);
  const fields = {
    ControlId: r.controlId,
    Status: r.status,
    Account: r.account,
    Region: r.region,
    ResourceId: r.resourceId,
    DisplayName: r.displayName,
    Reason: r.reason,
    ErrorCode: r.errorCode,
    Exception: r.exception ? exceptionText(r.exception) : void 0,
    Baseline: r.baseline,
    FlowId: control.flowId
  };
  const text = [control.description ?? control.title, r.reason ? `Result: ${r.reason}` : ""].filter(Boolean).join(" ");
  return {
    SchemaVersion: ASFF_SCHEMA_VERSION,
    Id: asffId(r),
    ProductArn: productArn(r.account, at.region),
    GeneratorId: `ctrlflow/${r.controlId}`,
    AwsAccountId: r.account,
    Types: requirements.length > 0 ? ["Software and Configuration Checks/Industry and Regulatory Standards"] : ["Software and Configuration Checks/AWS Security Best Practices"],
    CreatedAt: at.time,
    UpdatedAt: at.time,
    Severity: { Label: r.status === "PASS" ? "INFORMATIONAL" : SEVERITY[control.severity] },
    Title: clip(`${control.id} ${control.title}`, ASFF_LIMITS.title),
    Description: clip(text, ASFF_LIMITS.description),
    Resources: [resourceOf(r, control, at.region)],
    Compliance: {
      Status: COMPLIANCE_STATUS[r.status],
      ...requirements.length > 0 ? { RelatedRequirements: requirements.slice(0, ASFF_LIMITS.relatedRequirements) } : {},
      ...reasons ? { StatusReasons: [reasons] } : {}
    },
    Workflow: { Status: WORKFLOW[r.status] },
    RecordState: "ACTIVE",
    ...control.remediation || control.references[0] ? { Remediation: { Recommendation: { ...control.remediation ? { Text: clip(control.remediation, ASFF_LIMITS.recommendation) } : {}, ...control.references[0] ? { Url: control.references[0] } : {} } } } : {},
    ...control.references[0] ? { SourceUrl: control.references[0] } : {},
    ProductFields: Object.fromEntries(Object.entries(fields).filter((e) => typeof e[1] === "string" && e[1] !== "").map(([k, v]) => [`${FIELD}${k}`, clip(v, ASFF_LIMITS.productFieldValue)])),
    CompanyName: "ctrlflow",
    ProductName: "ctrlflow"
  };
}
function resourceOf(r, control, hubRegion) {
  if (r.resourceId === void 0) return { Type: "AwsAccount", Id: `AWS::::Account:${r.account}`, Partition: partitionOf(hubRegion) };
  const region = r.region === "global" ? void 0 : r.region;
  return { Type: asffResourceType(control.resourceType), Id: r.resourceId, Partition: partitionOf(region ?? hubRegion), ...region ? { Region: region } : {} };
}
function statusReasons(r) {
  const describe = (text) => text ? { Description: clip(text, ASFF_LIMITS.statusReason) } : {};
  if (r.status === "EXCEPTED") return { ReasonCode: "CTRLFLOW_EXCEPTED", ...describe(r.exception ? `Accepted risk: ${exceptionText(r.exception)}` : r.reason) };
  if (r.status === "ERROR") return { ReasonCode: r.errorCode ? `CTRLFLOW_ERROR_${r.errorCode}` : "CTRLFLOW_ERROR", ...describe(r.reason) };
  return void 0;
}
function exceptionText(e) {
  return `${e.reason} (owner ${e.owner}, expires ${e.expires}, ${e.source})`;
}
function homeRegions(head) {
  const homes = /* @__PURE__ */ new Map();
  for (const t of head.targets) if (t.provider === "aws" && t.region !== "global" && !homes.has(t.account)) homes.set(t.account, t.region);
  return homes;
}
function hubRegionOf(r, homes) {
  return r.region !== "global" ? r.region : homes.get(r.account) ?? "us-east-1";
}

export {
  asff,
  ASFF_SCHEMA_VERSION,
  ASFF_LIMITS,
  COMPLIANCE_STATUS,
  FIELD,
  asffId,
  partitionOf,
  productArn,
  asffResourceType,
  toAsff,
  homeRegions,
  hubRegionOf
};
