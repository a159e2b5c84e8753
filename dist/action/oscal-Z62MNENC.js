import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  uuidV5
} from "./chunk-ZLJF6NXH.js";
import "./chunk-VKFPFGRN.js";

// reporters/oscal.ts
var OSCAL_VERSION = "1.1.2";
var OSCAL_NS = "https://github.com/ctrlflow/ctrlflow/ns/oscal";
var PIECE = 2e3;
var oscal = {
  format: "oscal",
  extension: "oscal.json",
  summary: `NIST OSCAL ${OSCAL_VERSION} assessment results (JSON) for auditors`,
  open(head, out) {
    const controls = new Map(head.controls.map((c) => [c.id, c]));
    const observed = /* @__PURE__ */ new Map();
    const ids = documentIds(head.scanId);
    const result = {
      uuid: ids.result,
      title: `ctrlflow scan ${markdown(head.scanId)}`,
      description: `Scan of ${markdown(head.inventory)}: ${head.controls.length} control(s) on ${head.targets.length} target(s).`,
      start: head.startedAt,
      props: props({ "scan-id": head.scanId, inventory: head.inventory, "fail-on": head.failOn, evidence: head.evidence, "controls-commit": head.controlsCommit, ...controlSetProps(head), shard: head.shard ? `${head.shard.index}/${head.shard.count}` : void 0 }),
      "reviewed-controls": reviewedControls(head.controls)
    };
    out.write(`{"assessment-results":{"uuid":${JSON.stringify(ids.document)},"import-ap":${JSON.stringify({ href: `#${ids.plan}`, remarks: "ctrlflow has no separate assessment plan: the controls and flows evaluated are described in the back matter." })},
`);
    out.write(`"results":[${JSON.stringify(result).slice(0, -1)},"observations":[
`);
    let first = true;
    return {
      result(r) {
        const control = controls.get(r.controlId);
        const n = (observed.get(r.controlId) ?? 0) + 1;
        observed.set(r.controlId, n);
        out.write(`${first ? "" : ",\n"}${JSON.stringify(observation(r, control, observationUuid(head.scanId, r.controlId, n), head.startedAt))}`);
        first = false;
      },
      async end(summary) {
        if (first) out.write(JSON.stringify(observation(void 0, void 0, uuidV5(`${head.scanId}/observation/none`), head.startedAt)));
        out.write('\n],"findings":[\n');
        await findings(out, head, summary, observed);
        out.write(`
],"end":${JSON.stringify(summary.finishedAt)}}],
`);
        out.write(`"metadata":${JSON.stringify(metadata(head, summary))},
`);
        out.write(`"back-matter":${JSON.stringify(backMatter(head, ids))}}}
`);
      }
    };
  }
};
function documentIds(scanId) {
  return { document: uuidV5(`${scanId}/assessment-results`), result: uuidV5(`${scanId}/result`), plan: uuidV5(`${scanId}/plan`), json: uuidV5(`${scanId}/json`), manifest: uuidV5(`${scanId}/manifest`) };
}
function observationUuid(scanId, controlId, n) {
  return uuidV5(`${scanId}/observation/${controlId}/${n}`);
}
function subjectUuid(r) {
  return uuidV5(`resource/${JSON.stringify([r.provider, r.account, r.region, r.resourceId ?? null])}`);
}
function observation(r, control, uuid, startedAt) {
  if (!r || !control) return { uuid, description: "The scan evaluated no resource.", methods: ["TEST"], collected: startedAt };
  const where = `${r.provider} ${r.account}/${r.region}`;
  const subject = r.resourceId === void 0 ? `target ${where}` : `${r.displayName && r.displayName !== r.resourceId ? `${r.displayName} (${r.resourceId})` : r.resourceId} in ${where}`;
  return {
    uuid,
    title: `${r.controlId} ${r.status}: ${markdown(subject)}`,
    description: `${control.title}: ${r.status}${r.reason ? `. ${markdown(r.reason)}` : ""}`,
    props: props({ "control-id": r.controlId, status: r.status, severity: control.severity, "error-code": r.errorCode, baseline: r.baseline, exception: r.exception ? `${r.exception.reason} (owner ${r.exception.owner}, expires ${r.exception.expires})` : void 0 }),
    methods: ["TEST"],
    ...r.status === "FAIL" ? { types: ["finding"] } : {},
    subjects: [
      {
        "subject-uuid": subjectUuid(r),
        type: "inventory-item",
        title: markdown(subject),
        props: props({ "resource-id": r.resourceId, "display-name": r.displayName, provider: r.provider, account: r.account, region: r.region, "resource-type": control.resourceType })
      }
    ],
    "relevant-evidence": [{ href: "ctrlflow.json", description: `The result of control ${r.controlId} on ${markdown(subject)} in the JSON report of the scan, with its evidence${r.executionId ? ` (flow execution ${markdown(r.executionId)})` : ""}.` }],
    collected: r.time ?? startedAt
  };
}
async function findings(out, head, summary, observed) {
  const status = new Map(summary.controls.map((c) => [c.id, c]));
  for (let i = 0; i < head.controls.length; i += 1) {
    const control = head.controls[i];
    const outcome = status.get(control.id);
    const n = observed.get(control.id) ?? 0;
    const state = stateOf(outcome?.status ?? "NO_RESOURCES");
    const finding = {
      uuid: uuidV5(`${head.scanId}/finding/${control.id}`),
      title: `${control.id} ${control.title}`,
      description: control.description ?? control.title,
      props: [
        ...props({ "control-id": control.id, status: outcome?.status, severity: control.severity, "resource-type": control.resourceType, "flow-id": control.flowId }),
        ...outcome ? props({ "count-fail": String(outcome.counts.FAIL), "count-error": String(outcome.counts.ERROR), "count-excepted": String(outcome.counts.EXCEPTED), "count-pass": String(outcome.counts.PASS) }) : [],
        ...requirementsOf(control).map(({ controlId }) => ({ name: "related-control", ns: OSCAL_NS, value: controlId }))
      ],
      target: { type: "objective-id", "target-id": token(control.id), status: state, ...control.remediation ? { remarks: control.remediation } : {} },
      // Its KeyNeverFound warnings (a condition key none of its items had), as the HTML and Markdown show them.
      ...outcome?.warnings?.length ? { remarks: outcome.warnings.map((w) => `Warning (${w.code}): ${markdown(w.message)}`).join("\n\n") } : {}
    };
    out.write(`${i === 0 ? "" : ",\n"}${JSON.stringify(finding).slice(0, -1)}`);
    if (n > 0) {
      out.write(',"related-observations":[');
      for (let from = 1; from <= n; from += PIECE) {
        const piece = [];
        for (let k = from; k < Math.min(n + 1, from + PIECE); k += 1) piece.push(`{"observation-uuid":"${observationUuid(head.scanId, control.id, k)}"}`);
        out.write(`${from === 1 ? "" : ","}${piece.join(",")}`);
        await out.drained();
      }
      out.write("]");
    }
    out.write("}");
  }
}
function stateOf(status) {
  if (status === "PASS") return { state: "satisfied", reason: "pass" };
  if (status === "NO_RESOURCES") return { state: "satisfied", reason: "other", remarks: "No resource of the control's type was found: not applicable." };
  if (status === "FAIL") return { state: "not-satisfied", reason: "fail" };
  if (status === "ERROR") return { state: "not-satisfied", reason: "other", remarks: "Some resources or targets could not be read: the control could not be evaluated there." };
  return { state: "not-satisfied", reason: "other", remarks: "Every failure is covered by an accepted-risk exception." };
}
function reviewedControls(controls) {
  const byFramework = /* @__PURE__ */ new Map();
  for (const c of controls) for (const { framework, controlId } of requirementsOf(c)) (byFramework.get(framework) ?? byFramework.set(framework, /* @__PURE__ */ new Set()).get(framework)).add(controlId);
  const frameworks = [...byFramework.keys()].sort();
  return {
    description: "The framework requirements named by the evaluated controls (one selection per framework), and ctrlflow's controls as the control objectives.",
    "control-selections": frameworks.length === 0 ? [{ description: "The evaluated controls name no framework requirement.", "include-all": {} }] : frameworks.map((f) => ({ description: f, props: props({ framework: f }), "include-controls": [...byFramework.get(f)].sort().map((id) => ({ "control-id": id })) })),
    "control-objective-selections": [controls.length === 0 ? { "include-all": {} } : { "include-objectives": controls.map((c) => ({ "objective-id": token(c.id) })) }]
  };
}
function requirementsOf(control) {
  return Object.entries(control.compliance).flatMap(([framework, ids]) => ids.map((id) => ({ framework, controlId: token(`${framework}_${id}`) })));
}
function metadata(head, summary) {
  return {
    title: `ctrlflow assessment results: ${markdown(head.scanId)}`,
    "last-modified": summary.finishedAt,
    version: head.scanId,
    "oscal-version": OSCAL_VERSION,
    props: props({ tool: `${head.tool.name} ${head.tool.version}` }),
    links: [{ href: head.tool.informationUri, rel: "homepage", text: "ctrlflow" }]
  };
}
function backMatter(head, ids) {
  return {
    resources: [
      {
        uuid: ids.plan,
        title: "The controls and flows evaluated",
        description: `ctrlflow's controls (what must hold) and flows (how it is checked)${head.controlsCommit ? `, at git commit ${head.controlsCommit}` : ""}; each control is an objective of the result's reviewed controls.`,
        ...head.controlsCommit ? { props: props({ "controls-commit": head.controlsCommit }) } : {}
      },
      { uuid: ids.json, title: "The JSON report of the scan (ctrlflow.json)", rlinks: [{ href: "ctrlflow.json", "media-type": "application/json" }] },
      { uuid: ids.manifest, title: "The evidence manifest of the run: SHA-256 and size of every file written", rlinks: [{ href: "ctrlflow-manifest.json", "media-type": "application/json" }] }
    ]
  };
}
function controlSetProps(head) {
  const set = head.controlSet;
  if (!set) return {};
  return { "control-set-content-hash": set.contentHash, "control-set-files": String(set.files), "control-set-dirty": set.commit === void 0 ? void 0 : String(set.dirty === true) };
}
function props(values) {
  const list = [];
  for (const [name, value] of Object.entries(values)) {
    const line = value?.replace(/\s+/g, " ").trim();
    if (line) list.push({ name, ns: OSCAL_NS, value: line });
  }
  return list;
}
function token(text) {
  const clean = text.replace(/[^\p{L}\p{N}._-]/gu, "-");
  return /^[\p{L}_]/u.test(clean) ? clean : `_${clean}`;
}
function markdown(text) {
  return text.replace(/\s+/g, " ").replace(/[\\`*_{}[\]<>()#!|~&]/g, "\\$&");
}
export {
  OSCAL_NS,
  OSCAL_VERSION,
  markdown,
  observationUuid,
  oscal,
  subjectUuid,
  token
};
