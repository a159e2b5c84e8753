import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  SCOPE_RULES,
  collectJson,
  findNodeKind,
  mapJsonLeaves,
  nodeTypeNames,
  normalizeScope,
  under
} from "./chunk-MRDWGFYB.js";
import {
  JsonDepthError,
  parseJsonWithin
} from "./chunk-RT55AZSI.js";
import {
  closest,
  validateSchema
} from "./chunk-FWPZOP6C.js";
import {
  flowSchema
} from "./chunk-7SG3EKPI.js";
import {
  append
} from "./chunk-UH3NDQ7B.js";
import {
  REDACTED
} from "./chunk-EODJP2HT.js";

// src/flow/variables.ts
var REFERENCE = /\$wf\.variables:([A-Za-z_][A-Za-z0-9_]*)/g;
var WHOLE = /^\$wf\.variables:([A-Za-z_][A-Za-z0-9_]*)$/;
function findVariableRefs(value, path = []) {
  return collectJson(value, (leaf, at) => typeof leaf === "string" ? [...leaf.matchAll(REFERENCE)].map((m) => ({ path: at, name: m[1] })) : [], path);
}
function declaresVariable(variables, name) {
  return variables !== void 0 && Object.hasOwn(variables, name);
}
function substitute(value, values) {
  if (Object.keys(values).length === 0 || !mentionsVariable(value)) return value;
  return mapJsonLeaves(value, (leaf) => typeof leaf === "string" ? substituteText(leaf, values) : leaf);
}
function mentionsVariable(value) {
  try {
    return JSON.stringify(value)?.includes("$wf.variables:") ?? false;
  } catch {
    return true;
  }
}
function substituteText(text, values) {
  const whole = WHOLE.exec(text);
  if (whole) return Object.hasOwn(values, whole[1]) ? values[whole[1]] : text;
  return text.replace(REFERENCE, (ref, name) => {
    if (!Object.hasOwn(values, name)) return ref;
    const v = values[name];
    return typeof v === "string" ? v : JSON.stringify(v);
  });
}
function parseOverride(variable, text) {
  const type = variable.type ?? "auto";
  const json = () => {
    try {
      return { value: parseJsonWithin(text) };
    } catch (error) {
      return { error: error instanceof JsonDepthError ? `"${text.slice(0, 40)}\u2026" is ${error.message}` : `"${text}" is not valid JSON` };
    }
  };
  switch (type) {
    case "string":
      return { value: text };
    case "number":
      return text.trim() !== "" && Number.isFinite(Number(text)) ? { value: Number(text) } : { error: `"${text}" is not a number` };
    case "boolean":
      return text === "true" || text === "false" ? { value: text === "true" } : { error: `"${text}" is not true or false` };
    case "array":
      if (text.trim().startsWith("[")) return json();
      return { value: text.split(",").map((s) => s.trim()).filter((s) => s !== "") };
    case "object":
      return json();
    case "auto": {
      const parsed = json();
      return "value" in parsed ? parsed : { value: text };
    }
  }
}
function resolveValues(declared, overrides) {
  const values = {};
  const redacted = {};
  const secrets = [];
  for (const [name, variable] of Object.entries(declared)) {
    values[name] = Object.hasOwn(overrides, name) ? overrides[name] : variable.value;
    redacted[name] = variable.secret ? REDACTED : values[name];
    if (variable.secret) secrets.push(values[name]);
  }
  return { values, redacted, secrets };
}

// src/flow/graph.ts
function parseInputRef(raw) {
  const dot = raw.indexOf(".");
  return dot < 0 ? { node: raw } : { node: raw.slice(0, dot), port: raw.slice(dot + 1) };
}
function inputList(config) {
  const raw = config.input === void 0 ? [] : Array.isArray(config.input) ? config.input : [config.input];
  return raw.filter((r) => typeof r === "string");
}
function buildGraph(nodes, kindOf) {
  const problems = [];
  const index = /* @__PURE__ */ new Map();
  nodes.forEach((n, i) => {
    if (index.has(n.id)) problems.push({ path: ["nodes", i, "id"], code: "duplicate-id", message: `node id "${n.id}" is used twice` });
    else index.set(n.id, i);
  });
  const inputs = /* @__PURE__ */ new Map();
  nodes.forEach((n, i) => {
    const kind = kindOf(n.type);
    const refs = [];
    const raw = inputList(n);
    const at = (j) => Array.isArray(n.input) ? ["nodes", i, "input", j] : ["nodes", i, "input"];
    raw.forEach((text, j) => {
      const { node, port } = parseInputRef(text);
      const from = index.get(node);
      const source = from === void 0 ? void 0 : nodes[from];
      if (!source) {
        problems.push({ path: at(j), code: "unknown-input", message: `"${text}" names no node of this flow (nodes: ${[...index.keys()].join(", ")})` });
        return;
      }
      const ports = kindOf(source.type)?.outputs;
      if (!ports) return;
      if (port !== void 0 && !ports.includes(port)) {
        problems.push({ path: at(j), code: "unknown-port", message: `"${text}" (ports of ${node}: ${ports.join(", ")})` });
        return;
      }
      refs.push({ node, port: port ?? ports[0] });
    });
    if (kind) append(problems, arity(kind, raw.length, ["nodes", i]));
    if (index.get(n.id) === i) inputs.set(n.id, refs);
  });
  const { order, cycle } = topologicalOrder(nodes.map((n) => n.id), inputs);
  if (cycle) {
    const first = index.get(cycle[0]) ?? 0;
    problems.push({ path: ["nodes", first, "input"], code: "cycle", message: `the flow has a cycle: ${cycle.join(" -> ")}` });
  }
  return { graph: { order, inputs }, problems };
}
var BODY_SOURCE = "(loop items)";
var bodySourceKind = { type: BODY_SOURCE, outputs: ["out"], inputs: "none" };
function buildBodyGraph(loopId, body, kindOf) {
  const source = { id: loopId, type: BODY_SOURCE };
  const { graph, problems } = buildGraph([source, ...body], (type) => type === BODY_SOURCE ? bodySourceKind : kindOf(type));
  const onBody = (p) => {
    const index = p.path[1] - 1;
    if (p.code === "duplicate-id") return { path: ["nodes", index, "id"], code: p.code, message: `node id "${loopId}" is the loop's own: rename this node` };
    return { ...p, path: ["nodes", index, ...p.path.slice(2)], message: p.message.replace("of this flow", "of this loop") };
  };
  return { graph, problems: problems.map(onBody) };
}
function arity(kind, count, at) {
  const fail = (message) => [{ path: [...at, count === 0 ? "id" : "input"], code: "bad-input", message }];
  if (kind.inputs === "none" && count > 0) return fail(`a ${kind.type} node takes no input`);
  if (kind.inputs === "one" && count !== 1) return fail(`a ${kind.type} node takes exactly one input, got ${count}`);
  if (kind.inputs === "optional" && count > 1) return fail(`a ${kind.type} node takes at most one input, got ${count}`);
  if (kind.inputs === "many" && count < 2) return fail(`a ${kind.type} node joins two or more inputs, got ${count}`);
  return [];
}
function topologicalOrder(ids, inputs) {
  const order = [];
  const state = /* @__PURE__ */ new Map();
  const stack = [];
  let cycle;
  const visit = (id) => {
    if (cycle || state.get(id) === "done") return;
    if (state.get(id) === "visiting") {
      cycle = [...stack.slice(stack.indexOf(id)), id];
      return;
    }
    state.set(id, "visiting");
    stack.push(id);
    for (const ref of inputs.get(id) ?? []) visit(ref.node);
    stack.pop();
    state.set(id, "done");
    order.push(id);
  };
  for (const id of ids) visit(id);
  return cycle ? { order, cycle } : { order };
}

// src/nodes/events/scope-check.ts
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkEventScope(nodes) {
  const trigger = nodes.find((n) => n.type === "trigger");
  const scope = isRecord(trigger?.event) ? trigger.event.scope : void 0;
  if (!isRecord(scope)) return [];
  const resources = nodes.filter((n) => n.type === "aws.resource");
  return Object.entries(scope).flatMap(([id, raw]) => {
    const path = ["event", "scope", id];
    const node = nodes.find((n) => n.id === id);
    if (!node || node.type !== "aws.resource") {
      const known = resources.map((n) => n.id).join(", ") || "none";
      const what = node ? `node "${id}" is of type ${node.type}` : `no node "${id}"`;
      return [{ path, code: "unknown-node", message: `${what}: scope names aws.resource nodes (here: ${known})` }];
    }
    const spec = normalizeScope(raw);
    const call = `${String(node.service)}.${String(node.method)}`;
    if (spec.param === void 0 && spec.key === void 0 && !SCOPE_RULES[call]) {
      return [{
        path,
        code: "unscopable",
        message: `${call} has no built-in scope rule: give { ids, param } (the call parameter that takes the ids) or { ids, key } (the item's id, to keep after reading all)`
      }];
    }
    return [];
  });
}

// src/flow/check-flow.ts
var isRecord2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function checkFlow(value, options = {}) {
  const problems = validateSchema(flowSchema, value);
  const flow = isRecord2(value) ? value : {};
  if (!Array.isArray(flow.nodes)) return { nodes: [], problems };
  const nodes = flow.nodes;
  const declared = isRecord2(flow.variables) ? flow.variables : {};
  const wellFormed = Object.fromEntries(Object.entries(declared).filter(([, v]) => isRecord2(v)));
  const { values } = resolveValues(wellFormed, {});
  nodes.forEach((node, i) => append(problems, checkNode(node, ["nodes", i], declared, values, options)));
  const written = nodes.filter((n) => isRecord2(n) && typeof n.id === "string" && typeof n.type === "string");
  const triggerNodes = written.filter((n) => n.type === "trigger");
  let all = written;
  if (flow.trigger !== void 0 && triggerNodes.length > 0) {
    problems.push({ path: ["trigger"], code: "duplicate-trigger", message: "the flow has both a trigger: block and a trigger node: keep one" });
  } else if (triggerNodes.length > 1) {
    problems.push({ path: ["nodes", nodes.indexOf(triggerNodes[1]), "type"], code: "duplicate-trigger", message: "a flow has one trigger" });
  } else if (triggerNodes.length === 0) {
    const { trigger, problems: triggerProblems } = triggerFromBlock(flow.trigger);
    append(problems, triggerProblems);
    all = [trigger, ...written];
  }
  append(problems, under(triggerNodes.length === 0 ? ["trigger"] : ["nodes", nodes.indexOf(triggerNodes[0])], checkEventScope(all)));
  if (written.length === nodes.length) {
    const implicit = all.length - nodes.length;
    for (const p of buildGraph(all, findNodeKind).problems) problems.push(implicit ? onDocument(p) : p);
  }
  return { nodes: all, problems: unique(problems) };
}
function checkNode(node, at, declared, values, options) {
  if (!isRecord2(node) || typeof node.type !== "string") return [];
  const kind = findNodeKind(node.type);
  if (!kind) {
    const near = closest(node.type, nodeTypeNames());
    const hint = near ? `did you mean "${near}"?` : `types: ${nodeTypeNames().join(", ")}`;
    return [{ path: [...at, "type"], code: "unknown-node-type", message: `unknown node type "${node.type}" (${hint})` }];
  }
  const problems = [];
  const { id: _id, type: _type, input: _input, ...rest } = node;
  const body = kind.bodyKey ? rest[kind.bodyKey] : void 0;
  if (kind.bodyKey) delete rest[kind.bodyKey];
  const unknown = findVariableRefs(rest).filter((ref) => !declaresVariable(declared, ref.name));
  const known = Object.keys(declared);
  for (const ref of unknown) {
    const hint = known.length > 0 ? ` (variables: ${known.join(", ")})` : "";
    problems.push({ path: [...at, ...ref.path], code: "unknown-variable", message: `$wf.variables:${ref.name} is not declared under variables:${hint}` });
  }
  const resolved = substitute(node, values);
  const blamed = new Set(unknown.map((ref) => JSON.stringify(ref.path)));
  const schemaProblems = validateSchema(kind.schema, resolved).filter((p) => !blamed.has(JSON.stringify(p.path)));
  const own = schemaProblems.length > 0 ? schemaProblems : kind.check?.(resolved) ?? [];
  append(problems, under(at, own));
  if (options.runtime && own.length === 0) append(problems, under(at, kind.checkRuntime?.(resolved) ?? []));
  if (kind.bodyKey && Array.isArray(body)) {
    body.forEach((inner, j) => {
      const role = isRecord2(inner) && typeof inner.type === "string" ? findNodeKind(inner.type)?.role : void 0;
      const why = role && kind.bodyRefuses?.[role];
      if (why) problems.push({ path: [...at, kind.bodyKey, j, "type"], code: "bad-node", message: `a ${String(inner.type)} node cannot repeat inside a ${kind.type}: ${why}` });
      append(problems, checkNode(inner, [...at, kind.bodyKey, j], declared, values, options));
    });
    const written = body.filter((n) => isRecord2(n) && typeof n.id === "string" && typeof n.type === "string");
    if (written.length === body.length) {
      const graph = buildBodyGraph(node.id, written, findNodeKind).problems;
      append(problems, under(at, graph.map((p) => p.path[0] === "nodes" ? { ...p, path: [kind.bodyKey, ...p.path.slice(1)] } : p)));
    }
  }
  return problems;
}
function onDocument(p) {
  if (p.path[0] !== "nodes") return p;
  const index = p.path[1] - 1;
  if (index < 0) return { ...p, path: ["trigger", ...p.path.slice(2)] };
  if (p.code === "duplicate-id" && p.message.includes('"trigger"')) {
    return { ...p, path: ["nodes", index, "id"], message: `node id "trigger" belongs to the flow's trigger: rename this node` };
  }
  return { ...p, path: ["nodes", index, ...p.path.slice(2)] };
}
function triggerFromBlock(block) {
  const { type, on, id, ...rest } = isRecord2(block) ? block : {};
  const problems = [];
  if (on !== void 0) problems.push({ path: ["trigger", "on"], code: "unknown-key", message: 'unknown key "on" (a trigger: block names its mode with type:)' });
  if (id !== void 0) problems.push({ path: ["trigger", "id"], code: "unknown-key", message: `unknown key "id" (the flow's trigger is always "trigger")` });
  const trigger = { ...rest, id: "trigger", type: "trigger", on: type ?? on ?? "manual" };
  const kind = findNodeKind("trigger");
  const schemaProblems = validateSchema(kind.schema, trigger);
  const found = schemaProblems.length > 0 ? schemaProblems : kind.check?.(trigger) ?? [];
  const back = (p) => {
    const [first, ...more] = p.path;
    if (first === "on") return { ...p, path: ["trigger", "type", ...more], message: p.message.replace(/^on\b/, "type") };
    return { ...p, path: ["trigger", ...first === void 0 ? [] : [first], ...more] };
  };
  return { trigger, problems: [...problems, ...found.map(back)] };
}
function unique(problems) {
  const seen = /* @__PURE__ */ new Set();
  return problems.filter((p) => {
    const key = JSON.stringify([p.path, p.code, p.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export {
  parseInputRef,
  buildGraph,
  buildBodyGraph,
  declaresVariable,
  substitute,
  parseOverride,
  resolveValues,
  checkFlow
};
