import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  findingDigest
} from "./chunk-ZLJF6NXH.js";
import "./chunk-VKFPFGRN.js";

// reporters/ocsf.ts
var OCSF_VERSION = "1.3.0";
var COMPLIANCE_FINDING = { class_uid: 2003, class_name: "Compliance Finding", category_uid: 2, category_name: "Findings" };
var CREATE = 1;
var SEVERITY = { info: [1, "Informational"], low: [2, "Low"], medium: [3, "Medium"], high: [4, "High"], critical: [5, "Critical"] };
var COMPLIANCE_STATUS = { PASS: [1, "Pass"], FAIL: [3, "Fail"], EXCEPTED: [3, "Fail"], ERROR: [0, "Unknown"] };
var FINDING_STATUS = { PASS: [1, "New"], FAIL: [1, "New"], ERROR: [1, "New"], EXCEPTED: [3, "Suppressed"] };
var CLOUD_NAME = { aws: "AWS", azure: "Azure", gcp: "GCP" };
var ocsf = {
  format: "ocsf",
  extension: "ocsf.jsonl",
  summary: `OCSF ${OCSF_VERSION} Compliance Findings (class 2003), JSON Lines, for SIEMs`,
  open(head, out) {
    const controls = new Map(head.controls.map((c) => [c.id, c]));
    return {
      result(r) {
        out.write(`${JSON.stringify(toOcsf(r, controls.get(r.controlId), head))}
`);
      },
      end() {
      }
    };
  }
};
function toOcsf(r, control, head) {
  const time = Date.parse(r.time ?? head.startedAt);
  const [severityId, severity] = SEVERITY[control.severity];
  const [complianceId, complianceStatus] = COMPLIANCE_STATUS[r.status];
  const [statusId, status] = FINDING_STATUS[r.status];
  const standards = Object.keys(control.compliance);
  const requirements = Object.entries(control.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`));
  const unmapped = {
    ...r.evidence && Object.keys(r.evidence).length > 0 ? { evidence: r.evidence } : {},
    ...r.matches && r.matches.length > 0 ? { matches: r.matches } : {},
    ...r.exception ? { exception: r.exception } : {},
    ...r.baseline ? { baseline: r.baseline } : {},
    ...r.actions ? { actions: r.actions } : {},
    ...r.executionId ? { execution_id: r.executionId } : {}
  };
  return {
    activity_id: CREATE,
    activity_name: "Create",
    category_uid: COMPLIANCE_FINDING.category_uid,
    category_name: COMPLIANCE_FINDING.category_name,
    class_uid: COMPLIANCE_FINDING.class_uid,
    class_name: COMPLIANCE_FINDING.class_name,
    type_uid: COMPLIANCE_FINDING.class_uid * 100 + CREATE,
    type_name: `${COMPLIANCE_FINDING.class_name}: Create`,
    time,
    severity_id: severityId,
    severity,
    status_id: statusId,
    status,
    status_code: r.status,
    ...r.reason ? { status_detail: r.reason } : {},
    message: r.reason ? `${control.title}: ${r.reason}` : control.title,
    metadata: {
      version: OCSF_VERSION,
      product: { name: "ctrlflow", vendor_name: "ctrlflow", uid: "ctrlflow", version: head.tool.version, url_string: head.tool.informationUri },
      profiles: ["cloud"],
      uid: `${head.scanId}/${findingDigest(r)}`,
      correlation_uid: head.scanId,
      event_code: r.controlId,
      log_name: "ctrlflow"
    },
    finding_info: {
      uid: `ctrlflow/${r.controlId}/${findingDigest(r)}`,
      title: control.title,
      ...control.description ? { desc: control.description } : {},
      types: [control.resourceType],
      created_time: time,
      ...control.references[0] ? { src_url: control.references[0] } : {}
    },
    compliance: {
      control: control.id,
      standards: standards.length > 0 ? standards : ["ctrlflow"],
      ...requirements.length > 0 ? { requirements } : {},
      status_id: complianceId,
      status: complianceStatus,
      status_code: r.status,
      ...r.reason ? { status_detail: r.reason } : {}
    },
    resources: [
      r.resourceId === void 0 ? { uid: r.account, type: "account", ...region(r) } : { uid: r.resourceId, ...r.displayName ? { name: r.displayName } : {}, type: control.resourceType, ...region(r) }
    ],
    ...control.remediation ? { remediation: { desc: control.remediation, ...control.references.length > 0 ? { references: control.references } : {} } } : {},
    cloud: { provider: CLOUD_NAME[r.provider], ...region(r), account: { uid: r.account } },
    ...Object.keys(unmapped).length > 0 ? { unmapped } : {}
  };
}
var region = (r) => r.region === "global" ? {} : { region: r.region };
export {
  COMPLIANCE_FINDING,
  OCSF_VERSION,
  ocsf,
  toOcsf
};
