import type { Cloud } from '../src/model/control.js';
import type { ControlInfo, ReportHead, Result, Status } from '../src/model/result.js';
import type { Severity } from '../src/model/severity.js';
import { findingDigest } from './common/ids.js';
import type { Reporter } from './types.js';

/** The OCSF schema version the events follow (metadata.version). */
export const OCSF_VERSION = '1.3.0';
/** Compliance Finding, in the Findings category (2): class_uid 2003; type_uid = class_uid × 100 + activity_id. */
export const COMPLIANCE_FINDING = { class_uid: 2003, class_name: 'Compliance Finding', category_uid: 2, category_name: 'Findings' } as const;
const CREATE = 1;

/** severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
const SEVERITY: Record<Severity, [number, string]> = { info: [1, 'Informational'], low: [2, 'Low'], medium: [3, 'Medium'], high: [4, 'High'], critical: [5, 'Critical'] };
/** compliance.status_id: 0 Unknown, 1 Pass, 3 Fail. An EXCEPTED result failed the check (its finding is Suppressed); an ERROR could not be checked. */
const COMPLIANCE_STATUS: Record<Status, [number, string]> = { PASS: [1, 'Pass'], FAIL: [3, 'Fail'], EXCEPTED: [3, 'Fail'], ERROR: [0, 'Unknown'] };
/** The finding's status_id: 1 New, 3 Suppressed (an accepted risk). */
const FINDING_STATUS: Record<Status, [number, string]> = { PASS: [1, 'New'], FAIL: [1, 'New'], ERROR: [1, 'New'], EXCEPTED: [3, 'Suppressed'] };
const CLOUD_NAME: Record<Cloud, string> = { aws: 'AWS', azure: 'Azure', gcp: 'GCP' };

/**
 * OCSF (Open Cybersecurity Schema Framework) events for a SIEM or data lake: one Compliance
 * Finding (class_uid 2003) per result, one JSON object per line (JSON Lines), with the cloud
 * profile (`cloud`: provider, account, region). `finding_info.uid` is the finding's stable id
 * (the hash ASFF's id ends with); `compliance` names the control (`control`), its frameworks
 * (`standards`) and requirements (`FRAMEWORK:ID`, as the CSV writes them); ctrlflow's own
 * detail (evidence, matched conditions, exception, baseline, actions) goes in `unmapped`.
 * Times are milliseconds since the epoch (OCSF timestamp_t).
 */
export const ocsf: Reporter = {
  format: 'ocsf',
  extension: 'ocsf.jsonl',
  summary: `OCSF ${OCSF_VERSION} Compliance Findings (class 2003), JSON Lines, for SIEMs`,
  open(head, out) {
    const controls = new Map(head.controls.map((c) => [c.id, c]));
    return {
      result(r) {
        out.write(`${JSON.stringify(toOcsf(r, controls.get(r.controlId)!, head))}\n`);
      },
      end() {},
    };
  },
};

export function toOcsf(r: Result, control: ControlInfo, head: Pick<ReportHead, 'tool' | 'scanId' | 'startedAt'>): Record<string, unknown> {
  const time = Date.parse(r.time ?? head.startedAt);
  const [severityId, severity] = SEVERITY[control.severity];
  const [complianceId, complianceStatus] = COMPLIANCE_STATUS[r.status];
  const [statusId, status] = FINDING_STATUS[r.status];
  const standards = Object.keys(control.compliance);
  const requirements = Object.entries(control.compliance).flatMap(([framework, ids]) => ids.map((id) => `${framework}:${id}`));
  const unmapped = {
    ...(r.evidence && Object.keys(r.evidence).length > 0 ? { evidence: r.evidence } : {}),
    ...(r.matches && r.matches.length > 0 ? { matches: r.matches } : {}),
    ...(r.exception ? { exception: r.exception } : {}),
    ...(r.baseline ? { baseline: r.baseline } : {}),
    ...(r.actions ? { actions: r.actions } : {}),
    ...(r.executionId ? { execution_id: r.executionId } : {}),
  };
  return {
    activity_id: CREATE,
    activity_name: 'Create',
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
    ...(r.reason ? { status_detail: r.reason } : {}),
    message: r.reason ? `${control.title}: ${r.reason}` : control.title,
    metadata: {
      version: OCSF_VERSION,
      product: { name: 'ctrlflow', vendor_name: 'ctrlflow', uid: 'ctrlflow', version: head.tool.version, url_string: head.tool.informationUri },
      profiles: ['cloud'],
      uid: `${head.scanId}/${findingDigest(r)}`,
      correlation_uid: head.scanId,
      event_code: r.controlId,
      log_name: 'ctrlflow',
    },
    finding_info: {
      uid: `ctrlflow/${r.controlId}/${findingDigest(r)}`,
      title: control.title,
      ...(control.description ? { desc: control.description } : {}),
      types: [control.resourceType],
      created_time: time,
      ...(control.references[0] ? { src_url: control.references[0] } : {}),
    },
    compliance: {
      control: control.id,
      standards: standards.length > 0 ? standards : ['ctrlflow'],
      ...(requirements.length > 0 ? { requirements } : {}),
      status_id: complianceId,
      status: complianceStatus,
      status_code: r.status,
      ...(r.reason ? { status_detail: r.reason } : {}),
    },
    resources: [
      r.resourceId === undefined
        ? { uid: r.account, type: 'account', ...region(r) }
        : { uid: r.resourceId, ...(r.displayName ? { name: r.displayName } : {}), type: control.resourceType, ...region(r) },
    ],
    ...(control.remediation ? { remediation: { desc: control.remediation, ...(control.references.length > 0 ? { references: control.references } : {}) } } : {}),
    cloud: { provider: CLOUD_NAME[r.provider], ...region(r), account: { uid: r.account } },
    ...(Object.keys(unmapped).length > 0 ? { unmapped } : {}),
  };
}

const region = (r: Result) => (r.region === 'global' ? {} : { region: r.region });
