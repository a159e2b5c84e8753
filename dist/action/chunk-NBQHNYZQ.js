import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  Tally,
  controlInfo,
  controlSetFingerprint,
  findingKey,
  markAgainst,
  resultCount,
  resultsOf
} from "./chunk-PIWXBEU7.js";
import {
  compileFlows,
  runFlow
} from "./chunk-JOT7DQZL.js";
import {
  byPlace,
  planWork,
  targetKey
} from "./chunk-JPNZWR5M.js";
import {
  isPerItemRead,
  withCallCache
} from "./chunk-MRDWGFYB.js";
import {
  canonicalJson
} from "./chunk-JF2CDZTK.js";
import {
  ActionCallError,
  TargetReadError
} from "./chunk-RYR2CTGN.js";
import {
  globMatcher
} from "./chunk-EPDO45GY.js";
import {
  VERSION
} from "./chunk-ZMKB2BIG.js";
import {
  hasSecrets,
  redactText,
  redactValue
} from "./chunk-EODJP2HT.js";
import {
  PendingTally,
  actionKey,
  planSection
} from "./chunk-AXSZOESS.js";
import {
  SCHEMA_VERSION
} from "./chunk-RF7RP6NI.js";

// src/lib/heap.ts
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
var LARGE_HEAP = 256 * 1024 * 1024;
var collect;
var liveAfterCollection = 0;
var bounded = false;
function boundHeapGrowth() {
  if (bounded) return;
  bounded = true;
  setFlagsFromString("--heap-growing-percent=100");
}
function collectIfLarge() {
  if (getHeapStatistics().used_heap_size > LARGE_HEAP) collectNow();
}
function collectIfGrown() {
  const used = getHeapStatistics().used_heap_size;
  if (used > LARGE_HEAP && used > 2 * liveAfterCollection) collectNow();
}
function collectNow() {
  if (!collect) {
    setFlagsFromString("--expose-gc");
    collect = runInNewContext("gc");
  }
  collect();
  liveAfterCollection = getHeapStatistics().used_heap_size;
}

// src/engine/exceptions.ts
function exceptionRules(exceptions, now) {
  const today = now.toISOString().slice(0, 10);
  const rules = exceptions.filter((e) => e.expires >= today).map((entry) => ({ control: globMatcher(entry.control), resource: globMatcher(entry.resource), exception: { reason: entry.reason, owner: entry.owner, expires: entry.expires, source: entry.source } }));
  return {
    entries: exceptions,
    expired: (e) => e.expires < today,
    apply(r) {
      if (r.status !== "FAIL" || r.resourceId === void 0) return r;
      for (const rule of rules) {
        if (rule.control(r.controlId) && rule.resource(r.resourceId)) {
          r.status = "EXCEPTED";
          r.exception = rule.exception;
          return r;
        }
      }
      return r;
    }
  };
}

// src/engine/remediate.ts
function actionsByResource(planned) {
  const byResource = /* @__PURE__ */ new Map();
  for (const action of planned) {
    const list = byResource.get(action.resourceId);
    if (list) list.push(action);
    else byResource.set(action.resourceId, [action]);
  }
  return byResource;
}
function planner(choice, now) {
  const remediated = choice.remediate?.map(globMatcher);
  const approvedControls = choice.approvedControls.map(globMatcher);
  const approvedResources = choice.approvedResources.map((a) => ({ control: globMatcher(a.control), resource: a.resource }));
  const runnable = /* @__PURE__ */ new Map();
  const time = now.toISOString();
  let planning;
  let data = { control: "", title: "", severity: "", time };
  let selected = false;
  let controlApproved = false;
  return {
    runnable: () => [...runnable.values()],
    plan(result, control, actions, target) {
      if (result.status !== "FAIL" || result.resourceId === void 0) return;
      const own = actions.get(result.resourceId);
      if (!own) return;
      if (control !== planning) {
        planning = control;
        data = { control: control.id, title: control.title, severity: control.severity, time };
        selected = remediated !== void 0 && (remediated.length === 0 || remediated.some((id) => id(control.id)));
        controlApproved = approvedControls.some((id) => id(control.id));
      }
      for (const action of own) {
        const calls = new Array(action.steps.length);
        for (let i = 0; i < calls.length; i += 1) {
          const step = action.steps[i];
          const shown = step.shown(step.call(data));
          calls[i] = { step: step.id, via: step.via, service: shown.service, method: shown.method, params: shown.params };
        }
        const approved = action.approval !== "required" || controlApproved || approvedResources.some((a) => a.control(control.id) && a.resource === action.resourceId);
        const record = actionRecord(action, !approved ? "awaiting-approval" : remediated !== void 0 && !selected ? "not-selected" : "planned", calls);
        (result.actions ??= []).push(record);
        if (!selected || !approved) continue;
        const runKey = actionKey(target, action.resourceId, record);
        const existing = runnable.get(runKey);
        if (existing) {
          existing.controls.push(control.id);
          existing.records.push(record);
        } else {
          runnable.set(runKey, { key: runKey, target, resourceId: action.resourceId, controls: [control.id], action, data, records: [record] });
        }
      }
    }
  };
}
function actionRecord(action, status, calls) {
  if (action.name) {
    return action.approval ? { node: action.node, name: action.name, status, approval: action.approval, calls } : { node: action.node, name: action.name, status, calls };
  }
  return action.approval ? { node: action.node, status, approval: action.approval, calls } : { node: action.node, status, calls };
}
function actorOf(provider) {
  return {
    act(target, call) {
      if (!provider.act) throw new ActionCallError("NoProvider", `the inventory cannot make ${call.service} ${call.method}: remediation needs a live cloud, not a snapshot`);
      return provider.act(target, call);
    },
    missing: (call) => provider.missing?.(call) ?? []
  };
}
async function applyActions(runnable, reader, actor, options) {
  for (const [index, item] of runnable.entries()) {
    if (options.signal?.aborted) {
      for (const r of runnable.slice(index)) for (const record of r.records) record.status = "interrupted";
      return;
    }
    const outcome = await applyOne(item, reader, actor, options);
    for (const record of item.records) {
      record.status = outcome.status;
      if (outcome.error) record.error = outcome.error;
    }
    options.onDone?.(item, index);
  }
}
async function applyOne(item, reader, actor, options) {
  const outputs = {};
  const created = /* @__PURE__ */ new Set();
  let changed = false;
  for (const step of item.action.steps) {
    const entry = (event, call, more = {}) => options.audit({
      time: (/* @__PURE__ */ new Date()).toISOString(),
      run: options.run,
      event,
      controls: item.controls,
      provider: item.target.provider,
      account: item.target.account,
      region: item.target.region,
      resource: item.resourceId,
      node: item.action.node,
      step: step.id,
      call: { via: step.via, service: call.service, method: call.method },
      params: call.params,
      ...more
    });
    try {
      if (step.onlyIfCreated !== void 0 && !created.has(step.onlyIfCreated)) {
        await entry("skipped", step.shown(step.call(item.data, outputs)), { outcome: "no-op" });
        continue;
      }
      if (step.reuse) {
        const read = step.reuse(item.data, outputs);
        let found;
        try {
          found = await reader.list(item.target, read);
        } catch (error) {
          const failure = describe(error);
          await entry("reused", read, { outcome: "failed", error: failure });
          return { status: "failed", error: failure };
        }
        if (found[0]) {
          outputs[step.id] = found[0];
          await entry("reused", read, { outcome: "found" });
          continue;
        }
      }
      const call = step.call(item.data, outputs);
      const shown = step.shown(call);
      await entry("started", shown);
      try {
        const result = await actor.act(item.target, call);
        outputs[step.id] = result.output;
        created.add(step.id);
        changed ||= result.changed;
        await entry("finished", shown, { outcome: result.changed ? "succeeded" : "no-op" });
      } catch (error) {
        const failure = describe(error);
        await entry("finished", shown, { outcome: "failed", error: failure });
        return { status: "failed", error: failure };
      }
    } catch (error) {
      return { status: "failed", error: describe(error) };
    }
  }
  return { status: changed ? "applied" : "no-op" };
}
function describe(error) {
  if (error instanceof ActionCallError || error instanceof TargetReadError) return { code: error.code, message: redactText(error.message) };
  const e = error;
  const code = typeof e.code === "string" ? e.code : typeof e.status === "number" ? `HTTP${e.status}` : "ActionFailed";
  return { code, message: redactText(String(e.message ?? error)).split("\n")[0] };
}
function withOutcomes(result, records) {
  return records.map(
    (record) => (record.status === "applied" || record.status === "no-op") && (result.status === "FAIL" || result.status === "PASS") ? { ...record, outcome: result.status === "FAIL" ? "still-failing" : "fixed" } : record
  );
}

// src/engine/remediation.ts
async function remediate(input, held) {
  const { runnable } = held;
  const { say } = input;
  const unchanged = { results: held.results, refused: false };
  if (runnable.length === 0) {
    say.out("Remediation: nothing to apply (no FAIL result of the selected controls has an approved action).");
    return unchanged;
  }
  say.out("");
  say.out(`Remediation plan (${runnable.length} action(s)):`);
  for (const r of runnable) say.out(`  - ${describeAction(r)}`);
  if (runnable.length > input.maxActions) {
    for (const r of runnable) for (const record of r.records) record.status = "over-limit";
    say.err(`error remediation: ${runnable.length} actions would run, more than --max-actions ${input.maxActions}: nothing was changed. Narrow it with --remediate CONTROL_ID, or raise --max-actions.`);
    return { results: held.results, refused: true };
  }
  const actor = actorOf(held.provider);
  const unset = [...new Set(runnable.flatMap((r) => r.action.steps.flatMap((s) => actor.missing?.(s.call(r.data)) ?? [])))];
  if (unset.length > 0) {
    say.err(`error remediation: the actions read ${unset.map((n) => `\${env:${n}}`).join(", ")}, which ${unset.length > 1 ? "are" : "is"} not set: nothing was changed.`);
    return { results: held.results, refused: true };
  }
  if (input.confirm && !await input.confirm(`Apply these ${runnable.length} action(s) to the live cloud? [y/N] `)) {
    say.out("Nothing was changed.");
    return unchanged;
  }
  try {
    await input.audit.open();
  } catch (error) {
    say.err(`error remediation: cannot write the audit log ${input.audit.name} (${error.code ?? String(error)}): nothing was changed.`);
    return { results: held.results, refused: true };
  }
  await applyActions(runnable, held.provider, actor, {
    run: held.scanId,
    audit: (entry) => input.audit.append(entry),
    signal: input.signal,
    onDone: (r, i) => say.out(`[${i + 1}/${runnable.length}] ${r.records[0].status}${r.records[0].error ? ` (${r.records[0].error.code}: ${r.records[0].error.message})` : ""}: ${describeAction(r)}`)
  });
  const attempted = runnable.filter((r) => r.records[0].status !== "interrupted");
  const targets = new Set(attempted.map((r) => targetKey(r.target)));
  let results = held.results;
  const records = /* @__PURE__ */ new Map();
  for (const r of held.results) if (r.actions) records.set(findingKey(r), r.actions);
  if (attempted.length > 0) {
    const again = await held.reevaluate(targets);
    const replaced = (r) => targets.has(targetKey(r));
    results = [];
    let inserted = false;
    for (const r of held.results) {
      if (!replaced(r)) results.push(r);
      else if (!inserted) {
        for (const n of again) results.push(n);
        inserted = true;
      }
    }
    if (!inserted) for (const n of again) results.push(n);
  }
  let fixed = 0;
  let stillFailing = 0;
  for (const r of results) {
    const own = records.get(findingKey(r));
    if (!own) continue;
    r.actions = withOutcomes(r, own);
    for (const a of r.actions) {
      if (a.outcome === "fixed") fixed += 1;
      else if (a.outcome === "still-failing") stillFailing += 1;
    }
  }
  const ran = runnable.map((r) => r.records[0]);
  const count = (status) => ran.filter((r) => r.status === status).length;
  return {
    results,
    refused: false,
    summary: { auditLog: input.audit.name, applied: count("applied"), noOp: count("no-op"), failed: count("failed"), interrupted: count("interrupted"), fixed, stillFailing }
  };
}
function describeAction(r) {
  const calls = r.records[0].calls.map((call) => `${call.service} ${call.method}`);
  const where = `${r.target.provider} ${r.target.account}/${r.target.region}`;
  return `${calls.join(" \u2192 ")} on ${r.resourceId} in ${where} (${r.controls.join(", ")}, node ${r.action.node})`;
}

// src/engine/key-warnings.ts
function keyWarnings(executions) {
  const sums = /* @__PURE__ */ new Map();
  for (const execution of executions) {
    if (execution.error) continue;
    for (const { node, tallies } of execution.keys ?? []) {
      for (const t of tallies) {
        const id = `${node}\0${t.condition}\0${t.key}`;
        const sum = sums.get(id) ?? { node, condition: t.condition, key: t.key, found: 0, absent: 0 };
        sum.found += t.found;
        sum.absent += t.absent;
        if (sum.member === void 0 && t.missing) {
          sum.member = t.missing.member;
          if (t.missing.nearest !== void 0) sum.nearest = t.missing.nearest;
        }
        sums.set(id, sum);
      }
    }
  }
  return [...sums.values()].filter((s) => s.found === 0 && s.absent > 0).map((s) => {
    const where = s.member !== void 0 && !s.key.endsWith(s.member) ? ` (no "${s.member}" on the way)` : "";
    const hint = s.nearest !== void 0 ? `; did you mean "${s.nearest}"?` : "";
    return {
      code: "KeyNeverFound",
      message: `condition "${s.condition}" of node ${s.node} reads ${s.key}, which none of the ${s.absent} item(s) had${where}${hint}: it checked nothing`,
      node: s.node,
      condition: s.condition,
      key: s.key,
      items: s.absent
    };
  });
}
function strictResults(results, warnings) {
  if (warnings.length === 0) return results;
  const reason = warnings.map((w) => w.message).join("; ");
  return results.map((r) => r.status === "PASS" ? { ...r, status: "ERROR", errorCode: "KeyNeverFound", reason } : r);
}

// src/engine/pipeline.ts
async function runPipeline(input) {
  boundHeapGrowth();
  const startedAt = /* @__PURE__ */ new Date();
  const flowIds = [...new Set(input.controls.map((c) => c.flowId))];
  const compile = (ids) => compileFlows(ids.map((id) => input.flows.get(id)), input.overrides, { now: input.now, environment: input.environment });
  let compiled = Object.keys(input.overrides).length > 0 ? await compile(flowIds) : void 0;
  const clouds = [...new Set(input.controls.map((c) => c.control.provider))].sort();
  const all = [];
  for (const cloud of clouds) {
    for (const t of await input.provider.targets(cloud)) {
      if (!input.restrictTo || input.restrictTo.has(targetKey(t))) all.push({ provider: t.provider, account: t.account, region: t.region });
    }
  }
  all.sort(byPlace);
  const work = planWork(input.controls, input.flows, all, input.shard, input.shardBy);
  compiled ??= await compile([...new Set(work.flatMap((w) => w.target ? [w.loaded.flowId] : []))]);
  const infos = /* @__PURE__ */ new Map();
  for (const { loaded } of work) if (!infos.has(loaded)) infos.set(loaded, controlInfo(loaded));
  const controls = [...infos.values()].sort((a, b) => a.id.localeCompare(b.id));
  const perTarget = groupByTarget(work, infos);
  const evidence = input.evidence ?? "findings";
  const head = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "ctrlflow", version: VERSION, informationUri: "https://github.com/ctrlflow/ctrlflow" },
    scanId: `scan-${startedAt.toISOString()}`,
    startedAt: startedAt.toISOString(),
    inventory: input.provider.description,
    failOn: input.failOn,
    evidence,
    // The whole run's control set, not the shard's share: what a merge checks the shards agree on.
    ...input.shard ? { shard: { index: input.shard.index, count: input.shard.count, controls: controlSetFingerprint(input.controls.map(controlInfo)) } } : {},
    targets: perTarget.map(({ target }) => target),
    controls,
    ...input.controlsCommit ? { controlsCommit: input.controlsCommit } : {},
    ...input.controlSet ? { controlSet: input.controlSet } : {}
  };
  const rules = input.exceptions ? exceptionRules(input.exceptions, input.now) : void 0;
  const plans = planner(input.choice ?? { approvedControls: [], approvedResources: [] }, input.now);
  const keys = /* @__PURE__ */ new Map();
  const evaluate = evaluator(input, head, compiled, plans, rules, keys);
  const tally = new Tally(controls, input.failOn, input.failOnNew === true, input.baseline?.fails);
  const sections = input.sections ?? [];
  for (const s of sections) s.begin?.(head);
  const shown = (value) => hasSecrets() ? redactValue(value) : value;
  for (const o of input.outputs) await o.begin(shown(head));
  const pending = new PendingTally(true);
  const emit = async (batch) => {
    for (const r of batch) {
      tally.count(r);
      pending.count(r);
      for (const s of sections) s.result?.(r);
    }
    const masked = shown(batch);
    for (const o of input.outputs) await o.results(masked);
  };
  const units = perTarget.reduce((n, t) => n + new Set(t.controls.map((c) => c.loaded.flowId)).size, 0);
  const progress = { done: 0, total: units };
  let refused = false;
  let remediation;
  if (input.remediation && input.choice?.remediate !== void 0) {
    const held = [];
    await inOrder(perTarget, input.targetConcurrency ?? 1, (t) => evaluate(t, progress), async (batch) => {
      for (const r of batch) held.push(r);
    });
    const done = await remediate(input.remediation, { results: held, runnable: plans.runnable(), provider: input.provider, scanId: head.scanId, reevaluate: (targets) => reevaluate(perTarget, targets, evaluate) });
    refused = done.refused;
    remediation = done.summary;
    for (let i = 0; i < done.results.length; i += 5e3) await emit(done.results.slice(i, i + 5e3));
  } else {
    await inOrder(perTarget, input.targetConcurrency ?? 1, (t) => evaluate(t, progress), emit);
  }
  const summary = {
    finishedAt: (/* @__PURE__ */ new Date()).toISOString(),
    controls: withWarnings(tally.controlSummaries(), keys),
    totals: tally.totals,
    ...input.provider.requests ? { apiCalls: sortedKeys(input.provider.requests()) } : {},
    ...rules ? { exceptions: tally.exceptions(rules.entries, rules.expired) } : {},
    ...input.baseline ? { baseline: { file: input.baseline.file, scanId: input.baseline.scanId, new: tally.baselineNew, unchanged: tally.baselineUnchanged, excepted: tally.baselineExcepted, resolved: tally.resolved() } } : {},
    ...remediation ? { remediation } : {},
    ...planSection(pending)
  };
  for (const s of sections) Object.assign(summary, { [s.key]: s.finish(summary) });
  const shownSummary = shown(summary);
  for (const o of input.outputs) await o.end(shownSummary);
  return { head, summary, unreadable: tally.anyError, failed: tally.gates, refused, runnable: plans.runnable() };
}
function withWarnings(controls, keys) {
  return controls.map((c) => {
    const records = keys.get(c.id);
    const warnings = records ? keyWarnings(records) : [];
    return warnings.length > 0 ? { ...c, warnings } : c;
  });
}
function groupByTarget(work, infos) {
  const byKey = /* @__PURE__ */ new Map();
  for (const { loaded, target } of work) {
    if (!target) continue;
    const key = targetKey(target);
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, entry = { target, controls: [] });
    entry.controls.push({ loaded, info: infos.get(loaded) });
  }
  const list = [...byKey.values()].sort((a, b) => byPlace(a.target, b.target));
  for (const t of list) t.controls.sort((a, b) => a.info.id.localeCompare(b.info.id));
  return list;
}
function evaluator(input, head, compiled, plans, rules, keys) {
  const evidence = head.evidence;
  const limit = input.concurrency ?? 8;
  const learned = limit === 1 ? /* @__PURE__ */ new Map() : void 0;
  return async function* ({ target, controls }, progress, plan = true) {
    const cached = withCallCache(input.provider);
    const order = [...new Set(controls.map((c) => c.loaded.flowId))];
    const position = new Map(order.map((id, i) => [id, i]));
    const lastUse = new Map(controls.map((c, i) => [c.loaded.flowId, i]));
    const started = /* @__PURE__ */ new Map();
    const reads = learned ? new ReadsHeld(cached, target, learned) : void 0;
    const provider = reads?.provider ?? cached;
    const run = async (id) => {
      const flow = compiled.get(id);
      reads?.start();
      const execution = await runFlow(flow, target, provider, { now: input.now, keepOutputs: input.keepOutputs, passEvidence: evidence === "full", eventScope: input.eventScope });
      reads?.done(id, order.slice(position.get(id) + 1));
      progress.done += 1;
      input.onProgress?.(progress.done, progress.total, `${flow.id} ${target.account}/${target.region}`);
      return { execution, actions: actionsByResource(execution.actions) };
    };
    for (let i = 0; i < controls.length; i += 1) {
      const { loaded, info } = controls[i];
      const at = position.get(loaded.flowId);
      for (let j = at; j < Math.min(order.length, at + limit); j += 1) if (!started.has(order[j])) started.set(order[j], run(order[j]));
      const { execution, actions } = await started.get(loaded.flowId);
      collectIfGrown();
      let strict;
      if (execution.keys || execution.error) {
        const record = { ...execution.error ? { error: execution.error } : {}, ...execution.keys ? { keys: execution.keys } : {} };
        const own = keys.get(info.id);
        if (own) own.push(record);
        else keys.set(info.id, [record]);
        if (input.strict && plan) strict = keyWarnings([record]);
      }
      const count = resultCount(execution);
      for (let from = 0; from < Math.max(count, 1); from += CHUNK) {
        let results = resultsOf(info.id, execution, evidence, from, from + CHUNK);
        if (strict) results = strictResults(results, strict);
        for (const r of results) {
          if (rules) rules.apply(r);
          if (input.baseline) markAgainst(input.baseline, r);
          if (plan && actions.size > 0) plans.plan(r, info, actions, target);
        }
        yield results;
      }
      if (lastUse.get(loaded.flowId) === i) {
        await input.onExecution?.(execution, head);
        started.set(loaded.flowId, DONE);
      }
    }
    input.provider.release?.(target);
    collectIfLarge();
  };
}
var DONE = new Promise(() => void 0);
var CHUNK = 1e3;
var ReadsHeld = class {
  constructor(cached, target, learned) {
    this.cached = cached;
    this.target = target;
    this.learned = learned;
    this.provider = {
      ...cached,
      list: (t, call) => {
        if (call.via === "http") return cached.list(t, call);
        if (isPerItemRead(call)) return cached.list(t, call);
        const key = readKey(t.provider, call);
        this.current.add(key);
        this.held.set(key, call);
        return cached.list(t, call);
      }
    };
  }
  cached;
  target;
  learned;
  provider;
  held = /* @__PURE__ */ new Map();
  current = /* @__PURE__ */ new Set();
  start() {
    this.current = /* @__PURE__ */ new Set();
  }
  done(flowId, later) {
    this.cached.forgetPerItemReads();
    const key = `${this.target.provider}\0${flowId}`;
    const known = this.learned.get(key);
    if (known) for (const read of this.current) known.add(read);
    else this.learned.set(key, this.current);
    const needed = /* @__PURE__ */ new Set();
    for (const id of later) {
      const reads = this.learned.get(`${this.target.provider}\0${id}`);
      if (!reads) return;
      for (const read of reads) needed.add(read);
    }
    for (const [read, call] of this.held) {
      if (needed.has(read)) continue;
      this.cached.forget(this.target, call);
      this.held.delete(read);
    }
  }
};
function readKey(cloud, call) {
  return canonicalJson([cloud, call.service, call.method, call.params, call.items ?? null, call.region ?? null]);
}
async function reevaluate(perTarget, targets, evaluate) {
  const again = [];
  for (const t of perTarget) {
    if (!targets.has(targetKey(t.target))) continue;
    for await (const batch of evaluate(t, { done: 0, total: 0 }, false)) for (const r of batch) again.push(r);
  }
  return again;
}
async function inOrder(items, limit, work, then) {
  if (limit <= 1) {
    for (const item of items) for await (const result of work(item)) await then(result);
    return;
  }
  const collect2 = async (item) => {
    const all = [];
    for await (const result of work(item)) all.push(result);
    return all;
  };
  const running = [];
  let next = 0;
  while (next < items.length && running.length < limit) running.push(collect2(items[next++]));
  while (running.length > 0) {
    const results = await running.shift();
    if (next < items.length) running.push(collect2(items[next++]));
    for (const result of results) await then(result);
  }
}
function sortedKeys(counts) {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

export {
  runPipeline
};
