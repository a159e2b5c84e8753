import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  TARGET_ERROR_FILE,
  errorFileOf,
  mappedRequest,
  ownRecording,
  recordingFileNames
} from "./chunk-HDM4IHE6.js";
import {
  buildBodyGraph,
  buildGraph,
  declaresVariable,
  parseInputRef,
  parseOverride,
  resolveValues,
  substitute
} from "./chunk-SCVABYIG.js";
import {
  MissingEnvironmentError,
  NodeConfigError,
  authorization,
  envNames,
  envPlaces,
  envReader,
  findNodeKind,
  measuredAnswer
} from "./chunk-MRDWGFYB.js";
import {
  isExtraContentType,
  withContent
} from "./chunk-OF6ZO72D.js";
import {
  extractAwsItems,
  givesNoItem,
  isConfigQuery
} from "./chunk-NOF2L456.js";
import {
  MAX_BACKOFF_MS,
  bodyText,
  paramsOf
} from "./chunk-GZSOM6X5.js";
import {
  ActionCallError,
  GLOBAL_REGION,
  TargetReadError
} from "./chunk-RYR2CTGN.js";
import {
  loadSandbox
} from "./chunk-EPDO45GY.js";
import {
  compileJsonPath
} from "./chunk-A6IEPHEW.js";
import {
  JsonDepthError,
  MAX_JSON_DEPTH,
  jsonTextDepth,
  parseJsonWithin
} from "./chunk-RT55AZSI.js";
import {
  VERSION
} from "./chunk-ZMKB2BIG.js";
import {
  once,
  requireHere
} from "./chunk-7NKVILSJ.js";
import {
  addSecret,
  holdsSecret,
  redactText
} from "./chunk-EODJP2HT.js";
import {
  __commonJS,
  __require
} from "./chunk-VKFPFGRN.js";

// node_modules/http-link-header/lib/link.js
var require_link = __commonJS({
  "node_modules/http-link-header/lib/link.js"(exports, module) {
    "use strict";
    var COMPATIBLE_ENCODING_PATTERN = /^utf-?8|ascii|utf-?16-?le|ucs-?2|base-?64|latin-?1$/i;
    var WS_TRIM_PATTERN = /^[\s\uFEFF\xA0]+|[\s\uFEFF\xA0]+$/g;
    var WS_CHAR_PATTERN = /\s|\uFEFF|\xA0/;
    var WS_FOLD_PATTERN = /\r?\n[\x20\x09]+/g;
    var DELIMITER_PATTERN = /[;,"]/;
    var WS_DELIMITER_PATTERN = /[;,"]|\s/;
    var TOKEN_PATTERN = /^[!#$%&'*+\-\.^_`|~\da-zA-Z]+$/;
    var STATE = {
      IDLE: 1 << 0,
      URI: 1 << 1,
      ATTR: 1 << 2
    };
    function trim(value) {
      return value.replace(WS_TRIM_PATTERN, "");
    }
    function hasWhitespace(value) {
      return WS_CHAR_PATTERN.test(value);
    }
    function skipWhitespace(value, offset) {
      while (hasWhitespace(value[offset])) {
        offset++;
      }
      return offset;
    }
    function needsQuotes(value) {
      return WS_DELIMITER_PATTERN.test(value) || !TOKEN_PATTERN.test(value);
    }
    function shallowCompareObjects(object1, object2) {
      return Object.keys(object1).length === Object.keys(object2).length && Object.keys(object1).every(
        (key) => key in object2 && object1[key] === object2[key]
      );
    }
    var Link = class _Link {
      /**
       * Link
       * @constructor
       * @param {String} [value]
       * @returns {Link}
       */
      constructor(value) {
        this.refs = [];
        if (value) {
          this.parse(value);
        }
      }
      /**
       * Get refs with given relation type
       * @param {String} value
       * @returns {Array<Object>}
       */
      rel(value) {
        var links = [];
        var type = value.toLowerCase();
        for (var i = 0; i < this.refs.length; i++) {
          if (typeof this.refs[i].rel === "string" && this.refs[i].rel.toLowerCase() === type) {
            links.push(this.refs[i]);
          }
        }
        return links;
      }
      /**
       * Get refs where given attribute has a given value
       * @param {String} attr
       * @param {String} value
       * @returns {Array<Object>}
       */
      get(attr, value) {
        attr = attr.toLowerCase();
        value = value.toLowerCase();
        var links = [];
        for (var i = 0; i < this.refs.length; i++) {
          if (typeof this.refs[i][attr] === "string" && this.refs[i][attr].toLowerCase() === value) {
            links.push(this.refs[i]);
          }
        }
        return links;
      }
      /** Sets a reference. */
      set(link) {
        this.refs.push(link);
        return this;
      }
      /**
       * Sets a reference if a reference with similar properties isn’t already set.
       */
      setUnique(link) {
        if (!this.refs.some((ref) => shallowCompareObjects(ref, link))) {
          this.refs.push(link);
        }
        return this;
      }
      has(attr, value) {
        attr = attr.toLowerCase();
        value = value.toLowerCase();
        for (var i = 0; i < this.refs.length; i++) {
          if (typeof this.refs[i][attr] === "string" && this.refs[i][attr].toLowerCase() === value) {
            return true;
          }
        }
        return false;
      }
      parse(value, offset) {
        offset = offset || 0;
        value = offset ? value.slice(offset) : value;
        value = trim(value).replace(WS_FOLD_PATTERN, "");
        var state = STATE.IDLE;
        var length = value.length;
        var offset = 0;
        var ref = null;
        while (offset < length) {
          if (state === STATE.IDLE) {
            if (hasWhitespace(value[offset])) {
              offset++;
              continue;
            } else if (value[offset] === "<") {
              if (ref != null) {
                ref.rel != null ? this.refs.push(..._Link.expandRelations(ref)) : this.refs.push(ref);
              }
              var end = value.indexOf(">", offset);
              if (end === -1) throw new Error("Expected end of URI delimiter at offset " + offset);
              ref = { uri: value.slice(offset + 1, end) };
              offset = end;
              state = STATE.URI;
            } else {
              throw new Error('Unexpected character "' + value[offset] + '" at offset ' + offset);
            }
            offset++;
          } else if (state === STATE.URI) {
            if (hasWhitespace(value[offset])) {
              offset++;
              continue;
            } else if (value[offset] === ";") {
              state = STATE.ATTR;
              offset++;
            } else if (value[offset] === ",") {
              state = STATE.IDLE;
              offset++;
            } else {
              throw new Error('Unexpected character "' + value[offset] + '" at offset ' + offset);
            }
          } else if (state === STATE.ATTR) {
            if (value[offset] === ";" || hasWhitespace(value[offset])) {
              offset++;
              continue;
            }
            var end = value.indexOf("=", offset);
            if (end === -1) end = value.indexOf(";", offset);
            if (end === -1) end = value.length;
            var attr = trim(value.slice(offset, end)).toLowerCase();
            var attrValue = "";
            offset = end + 1;
            offset = skipWhitespace(value, offset);
            if (value[offset] === '"') {
              offset++;
              while (offset < length) {
                if (value[offset] === '"') {
                  offset++;
                  break;
                }
                if (value[offset] === "\\") {
                  offset++;
                }
                attrValue += value[offset];
                offset++;
              }
            } else {
              var end = offset + 1;
              while (!DELIMITER_PATTERN.test(value[end]) && end < length) {
                end++;
              }
              attrValue = value.slice(offset, end);
              offset = end;
            }
            if (ref[attr] && _Link.isSingleOccurenceAttr(attr)) {
            } else if (attr[attr.length - 1] === "*") {
              ref[attr] = _Link.parseExtendedValue(attrValue);
            } else {
              attrValue = attr === "type" ? attrValue.toLowerCase() : attrValue;
              if (ref[attr] != null) {
                if (Array.isArray(ref[attr])) {
                  ref[attr].push(attrValue);
                } else {
                  ref[attr] = [ref[attr], attrValue];
                }
              } else {
                ref[attr] = attrValue;
              }
            }
            switch (value[offset]) {
              case ",":
                state = STATE.IDLE;
                break;
              case ";":
                state = STATE.ATTR;
                break;
            }
            offset++;
          } else {
            throw new Error('Unknown parser state "' + state + '"');
          }
        }
        if (ref != null) {
          ref.rel != null ? this.refs.push(..._Link.expandRelations(ref)) : this.refs.push(ref);
        }
        ref = null;
        return this;
      }
      toString() {
        var refs = [];
        var link = "";
        var ref = null;
        for (var i = 0; i < this.refs.length; i++) {
          ref = this.refs[i];
          link = Object.keys(this.refs[i]).reduce(function(link2, attr) {
            if (attr === "uri") return link2;
            return link2 + "; " + _Link.formatAttribute(attr, ref[attr]);
          }, "<" + ref.uri + ">");
          refs.push(link);
        }
        return refs.join(", ");
      }
    };
    Link.isCompatibleEncoding = function(value) {
      return COMPATIBLE_ENCODING_PATTERN.test(value);
    };
    Link.parse = function(value, offset) {
      return new Link().parse(value, offset);
    };
    Link.isSingleOccurenceAttr = function(attr) {
      return attr === "rel" || attr === "type" || attr === "media" || attr === "title" || attr === "title*";
    };
    Link.isTokenAttr = function(attr) {
      return attr === "rel" || attr === "type" || attr === "anchor";
    };
    Link.escapeQuotes = function(value) {
      return value.replace(/"/g, '\\"');
    };
    Link.expandRelations = function(ref) {
      var rels = ref.rel.split(" ");
      return rels.map(function(rel) {
        var value = Object.assign({}, ref);
        value.rel = rel;
        return value;
      });
    };
    Link.parseExtendedValue = function(value) {
      var parts = /([^']+)?(?:'([^']*)')?(.+)/.exec(value);
      return {
        language: parts[2].toLowerCase(),
        encoding: Link.isCompatibleEncoding(parts[1]) ? null : parts[1].toLowerCase(),
        value: Link.isCompatibleEncoding(parts[1]) ? decodeURIComponent(parts[3]) : parts[3]
      };
    };
    Link.formatExtendedAttribute = function(attr, data) {
      var encoding = (data.encoding || "utf-8").toUpperCase();
      var language = data.language || "en";
      var encodedValue = "";
      if (typeof Buffer !== "undefined" && Buffer.isBuffer(data.value) && Link.isCompatibleEncoding(encoding)) {
        encodedValue = data.value.toString(encoding);
      } else if (typeof Buffer !== "undefined" && Buffer.isBuffer(data.value)) {
        encodedValue = data.value.toString("hex").replace(/[0-9a-f]{2}/gi, "%$1");
      } else {
        encodedValue = encodeURIComponent(data.value);
      }
      return attr + "=" + encoding + "'" + language + "'" + encodedValue;
    };
    Link.formatAttribute = function(attr, value) {
      if (Array.isArray(value)) {
        return value.map((item) => {
          return Link.formatAttribute(attr, item);
        }).join("; ");
      }
      if (attr[attr.length - 1] === "*" || typeof value !== "string") {
        return Link.formatExtendedAttribute(attr, value);
      }
      if (Link.isTokenAttr(attr)) {
        value = needsQuotes(value) ? '"' + Link.escapeQuotes(value) + '"' : Link.escapeQuotes(value);
      } else if (needsQuotes(value)) {
        value = encodeURIComponent(value);
        value = value.replace(/%20/g, " ").replace(/%2C/g, ",").replace(/%3B/g, ";");
        value = '"' + value + '"';
      }
      return attr + "=" + value;
    };
    module.exports = Link;
  }
});

// src/engine/run-flow.ts
import { randomUUID } from "node:crypto";
async function runFlow(flow, target, provider, options) {
  const started = Date.now();
  const execution = {
    executionId: randomUUID(),
    flowId: flow.id,
    file: flow.file,
    target,
    status: "succeeded",
    startedAt: new Date(started).toISOString(),
    finishedAt: "",
    durationMs: 0,
    nodes: [],
    verdicts: [],
    actions: [],
    artifacts: []
  };
  const wanted = options.till ? ancestorsOf(flow, options.till) : void 0;
  const outputs = /* @__PURE__ */ new Map();
  const judged = [];
  let failing;
  let verdicts;
  const verdictOf = (item) => {
    failing ??= index(judged, false);
    return failing.get(item) ?? (verdicts ??= index(judged, true)).get(item);
  };
  for (const [id, ports] of Object.entries(options.seed ?? {})) outputs.set(id, ports);
  for (const id of flow.order) {
    if (outputs.has(id)) continue;
    const node = flow.nodes.get(id);
    if (wanted && !wanted.has(id) && node.kind.role !== "trigger") continue;
    const inputs = (flow.inputs.get(id) ?? []).map((ref) => outputs.get(ref.node)?.[ref.port] ?? []);
    const record = {
      id,
      type: node.config.type,
      status: "skipped",
      inputCount: inputs.reduce((n, items) => n + items.length, 0),
      outputCounts: {},
      config: node.recordedConfig
    };
    execution.nodes.push(record);
    if (execution.error) continue;
    const nodeStart = Date.now();
    record.startedAt = new Date(nodeStart).toISOString();
    try {
      const out = await node.run(inputs, { target, provider, flowId: flow.id, nodeId: id, now: options.now, keepOutputs: options.keepOutputs, verdictOf, passEvidence: options.passEvidence, eventScope: options.eventScope, tallyKeys: flow.unchecked?.has(id) === true });
      outputs.set(id, out.ports);
      record.status = "succeeded";
      for (const [port, items] of Object.entries(out.ports)) record.outputCounts[port] = items.length;
      if (options.keepOutputs) record.output = out.ports;
      if (out.detail) record.detail = out.detail;
      if (out.verdicts) {
        execution.verdicts = execution.verdicts.length === 0 ? out.verdicts : execution.verdicts.concat(out.verdicts);
        judged.push({ items: inputs[0] ?? [], verdicts: out.verdicts });
        failing = verdicts = void 0;
      }
      for (const action of out.actions ?? []) execution.actions.push(action);
      if (out.keys && flow.unchecked?.has(id)) (execution.keys ??= []).push({ node: id, tallies: out.keys });
      for (const artifact of out.artifacts ?? []) execution.artifacts.push(artifact);
    } catch (error) {
      record.status = "failed";
      record.error = describeFailure(error, id, node.config.type);
      execution.status = "failed";
      execution.error = { nodeId: id, ...record.error };
    }
    record.durationMs = Date.now() - nodeStart;
  }
  execution.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  execution.durationMs = Date.now() - started;
  return execution;
}
function index(judged, all) {
  const map = /* @__PURE__ */ new Map();
  for (const { items, verdicts } of judged) {
    for (let i = 0; i < verdicts.length; i += 1) {
      const item = items[i];
      if (!item) continue;
      if (all || verdicts[i].status !== "PASS") map.set(item, verdicts[i]);
      else map.delete(item);
    }
  }
  return map;
}
function describeFailure(error, nodeId, type) {
  if (error instanceof TargetReadError) {
    const call = error.call ? ` (${error.call.service} ${error.call.method})` : "";
    return { code: error.code, message: `${error.code}: ${error.message}${call}` };
  }
  const why = error instanceof Error ? error.message : String(error);
  return { code: "node-failed", message: `node "${nodeId}" (${type}) failed: ${why}` };
}
function ancestorsOf(flow, id) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (n) => {
    if (seen.has(n)) return;
    seen.add(n);
    for (const ref of flow.inputs.get(n) ?? []) visit(ref.node);
  };
  visit(id);
  return seen;
}

// src/engine/compile.ts
var FlowInputError = class extends Error {
  name = "FlowInputError";
};
function compileFlow(loaded, overrides, env) {
  const declared = loaded.flow.variables ?? {};
  const parsed = {};
  for (const [name, text] of Object.entries(overrides)) {
    if (!declaresVariable(declared, name)) continue;
    const variable = declared[name];
    const result = parseOverride(variable, text);
    if ("error" in result) {
      throw new FlowInputError(`--var ${name}: ${result.error} (${loaded.file} declares ${name} as ${variable.type ?? "auto"})`);
    }
    parsed[name] = result.value;
  }
  const { values, redacted, secrets } = resolveValues(declared, parsed);
  for (const secret of secrets) addSecret(secret);
  const { graph } = buildGraph(loaded.nodes, findNodeKind);
  const nodes = compileNodes(loaded.nodes, { values, redacted, env, file: loaded.file, flowId: loaded.flow.id, overridden: Object.keys(parsed).length > 0 });
  return { id: loaded.flow.id, file: loaded.file, nodes, order: graph.order, inputs: graph.inputs, unchecked: uncheckedEvaluates(nodes, graph.inputs) };
}
var SCHEMALESS_READS = /* @__PURE__ */ new Set(["azure.resource", "azure.arm", "azure.graph", "gcp.resource", "gcp.rest", "http", "aws.config"]);
function uncheckedEvaluates(nodes, inputs) {
  const memo = /* @__PURE__ */ new Map();
  const schemaless = (id) => {
    const cached = memo.get(id);
    if (cached !== void 0) return cached;
    memo.set(id, false);
    const node = nodes.get(id);
    const from = (inputs.get(id) ?? []).map((ref) => ref.node);
    let result = false;
    if (!node || node.kind.type === "custom" || node.kind.type === "loop" || node.kind.role === "trigger") result = false;
    else if (SCHEMALESS_READS.has(node.kind.type)) result = true;
    else if (node.kind.type === "aws.resource") {
      result = String(node.config.method).startsWith("Select") || node.config.perItem !== void 0 && from.some(schemaless);
    } else result = from.some(schemaless);
    memo.set(id, result);
    return result;
  };
  return new Set([...nodes].filter(([id, node]) => node.kind.role === "verdict" && schemaless(id)).map(([id]) => id));
}
function compileNodes(raws, scope) {
  const nodes = /* @__PURE__ */ new Map();
  for (const raw of raws) {
    const kind = findNodeKind(raw.type);
    const config = substitute(raw, scope.values);
    const problems = scope.overridden ? kind.check?.(config) ?? [] : [];
    if (problems.length > 0) {
      const where = problems.map((p) => `${p.path.join(".")}: ${p.message}`).join("; ");
      throw new FlowInputError(`with the --var values given, node "${raw.id}" of ${scope.file} is invalid: ${where}`);
    }
    const env = kind.bodyKey ? { ...scope.env, runBody: compileBody(raw.id, config[kind.bodyKey], scope) } : scope.env;
    nodes.set(raw.id, { config, kind, run: compileNode(kind, config, env, scope.file), recordedConfig: redact(substitute(raw, scope.redacted)) });
  }
  return nodes;
}
function compileBody(loopId, body, scope) {
  const { graph } = buildBodyGraph(loopId, body, findNodeKind);
  const flow = { id: scope.flowId, file: scope.file, nodes: compileNodes(body, scope), order: graph.order, inputs: graph.inputs };
  const last = body[body.length - 1];
  const portOf = (ref) => {
    const { node, port } = parseInputRef(ref);
    return { node, port: port ?? findNodeKind(body.find((n) => n.id === node).type).outputs[0] };
  };
  return async (items, ctx, iteration) => {
    const execution = await runFlow(flow, ctx.target, ctx.provider, { now: ctx.now, keepOutputs: true, seed: { [loopId]: { out: items } } });
    if (execution.error) {
      const message = `iteration ${iteration}: ${execution.error.message}`;
      throw execution.error.code === "node-failed" ? new Error(message) : new TargetReadError(execution.error.code, message);
    }
    const outputs = new Map(execution.nodes.map((n) => [n.id, n.output ?? {}]));
    if (!ctx.keepOutputs) for (const record of execution.nodes) delete record.output;
    return {
      output: (ref = last.id) => {
        const { node, port } = portOf(ref);
        return outputs.get(node)?.[port] ?? [];
      },
      artifacts: execution.artifacts,
      detail: execution.nodes
    };
  };
}
function redact(config) {
  const kind = findNodeKind(config.type);
  if (!kind) return config;
  const shown = kind.redact ? kind.redact(config) : config;
  if (!kind.bodyKey || !Array.isArray(shown[kind.bodyKey])) return shown;
  return { ...shown, [kind.bodyKey]: shown[kind.bodyKey].map(redact) };
}
function compileNode(kind, config, env, file) {
  try {
    return kind.compile(config, env);
  } catch (error) {
    if (error instanceof NodeConfigError) throw new FlowInputError(`${file}: ${error.message}`);
    throw error;
  }
}
async function compileFlows(flows, overrides, env) {
  if (needsSandbox(flows)) await loadSandbox();
  return new Map(flows.map((flow) => [flow.flow.id, compileFlow(flow, overrides, env)]));
}
function needsSandbox(flows) {
  const runsCode = (n) => {
    const kind = findNodeKind(n.type);
    if (kind?.needsSandbox?.(n)) return true;
    const body = kind?.bodyKey ? n[kind.bodyKey] : void 0;
    return Array.isArray(body) && body.some(runsCode);
  };
  return flows.some((f) => f.nodes.some(runsCode));
}

// src/providers/http/replay.ts
function recordedOrLive(snapshot, live) {
  return {
    description: `${snapshot.description} (http: recorded, else live)`,
    targets: async () => [],
    async list(target, call) {
      try {
        return await snapshot.list(target, call);
      } catch (error) {
        if (error instanceof TargetReadError && error.code === "NotRecorded") return live.list(target, call);
        throw error;
      }
    }
  };
}

// src/providers/by-via.ts
var CLOUDS = ["aws", "azure", "gcp"];
function viaOf(target, call) {
  return call.via ?? target.provider;
}
function byVia(readers, actors = {}) {
  const distinct = [...new Set(Object.values(readers))];
  const clouds = [...new Set(CLOUDS.flatMap((c) => readers[c] ?? []))];
  const counted = distinct.filter((r) => r.requests !== void 0);
  const missing = [...new Set(Object.values(actors))].some((a) => a.missing !== void 0);
  return {
    description: (clouds.length > 0 ? clouds : distinct).map((p) => p.description).join(" + "),
    targets: async (cloud) => readers[cloud] ? readers[cloud].targets(cloud) : [],
    list(target, call) {
      const via = viaOf(target, call);
      const reader = readers[via];
      if (!reader) throw new TargetReadError("NoProvider", `no ${via} provider is configured`, call);
      return reader.list(target, call);
    },
    act(target, call) {
      const via = viaOf(target, call);
      const actor = actors[via];
      if (!actor) throw new ActionCallError("NoProvider", `no live ${via} provider can make ${call.service} ${call.method}`);
      return actor.act(target, call);
    },
    ...missing ? { missing: (call) => call.via ? actors[call.via]?.missing?.(call) ?? [] : [] } : {},
    release: (target) => readers[target.provider]?.release?.(target),
    // Only a live reader counts requests: a snapshot scan has no request counts.
    ...counted.length > 0 ? { requests: () => Object.assign({}, ...counted.map((p) => p.requests())) } : {}
  };
}
function liveInventory(clouds, http) {
  const actors = { http };
  for (const cloud of CLOUDS) {
    const provider = clouds[cloud];
    if (provider?.act) actors[cloud] = { act: (target, call) => provider.act(target, call) };
  }
  return byVia({ ...clouds, http }, actors);
}
function snapshotInventory(snapshot, http) {
  return byVia({ aws: snapshot, azure: snapshot, gcp: snapshot, http: recordedOrLive(snapshot, http) }, { http });
}

// src/providers/http/client.ts
import { setTimeout as delay } from "node:timers/promises";
var HttpError = class extends Error {
  constructor(message, status) {
    super(redactText(message));
    this.status = status;
  }
  status;
  name = "HttpError";
};
async function send(request, policy, describe, sleep = delay, onAttempt) {
  for (let attempt = 1; ; attempt++) {
    const last = attempt > policy.retries;
    onAttempt?.();
    let response;
    try {
      response = await exchange(request, AbortSignal.timeout(policy.timeoutMs), describe);
    } catch (error) {
      if (error instanceof HttpError) throw error;
      const why = isTimeout(error) ? `timed out after ${policy.timeoutMs} ms` : `could not connect (${causeOf(error)})`;
      if (last) throw new HttpError(`${describe} ${why}${tries(attempt)}`);
      await sleep(backoff(policy, attempt));
      continue;
    }
    const text = await response.text();
    if (response.ok) {
      if (/^\s*[[{]/.test(text) && jsonTextDepth(text, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) throw new HttpError(`${describe} answered JSON nested deeper than ${MAX_JSON_DEPTH} levels (the most ctrlflow reads)`, response.status);
      return { status: response.status, headers: response.headers, json: parseJson(text), text, attempts: attempt };
    }
    const retryable = response.status === 429 || response.status >= 500;
    if (!retryable || last) {
      const detail = redactText(text).trim().slice(0, 200).replace(/\s+/g, " ");
      throw new HttpError(`${describe} answered ${response.status} ${response.statusText}${detail ? `: ${detail}` : ""}${tries(attempt)}`, response.status);
    }
    await sleep(retryAfter(response.headers.get("retry-after"), policy) ?? backoff(policy, attempt));
  }
}
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var MAX_REDIRECTS = 10;
var SAFE_HEADERS = /* @__PURE__ */ new Set(["accept", "accept-language", "content-type", "user-agent"]);
async function exchange(request, signal, describe) {
  const origin = new URL(request.url).origin;
  let { method, url, headers, body } = request;
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, { method, headers, body, signal, redirect: "manual" });
    const location = response.headers.get("location");
    if (!REDIRECTS.has(response.status) || location === null) return response;
    await response.body?.cancel();
    if (hop === MAX_REDIRECTS) throw new HttpError(`${describe} was redirected more than ${MAX_REDIRECTS} times`, response.status);
    const next = new URL(location, url);
    if (next.protocol !== "https:" && next.protocol !== "http:") throw new HttpError(`${describe} was redirected to a ${next.protocol} URL: not followed`, response.status);
    if (response.status === 303 || (response.status === 301 || response.status === 302) && method === "POST") {
      method = "GET";
      body = void 0;
      headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "content-type"));
    }
    if (next.origin !== origin) {
      headers = Object.fromEntries(Object.entries(headers).filter(([name, value]) => SAFE_HEADERS.has(name.toLowerCase()) && !holdsSecret(value)));
      next.username = "";
      next.password = "";
      if (holdsSecret(next.href) || body !== void 0 && holdsSecret(body)) {
        throw new HttpError(`${describe} was redirected to another origin (${next.origin}) with a credential in its URL or body: not followed`, response.status);
      }
    }
    url = next.href;
  }
}
function tries(attempt) {
  return attempt > 1 ? ` (after ${attempt} attempts)` : "";
}
function backoff(policy, attempt) {
  const ceiling = Math.min(policy.maxBackoffMs, policy.backoffMs * 2 ** (attempt - 1));
  return Math.round(Math.random() * ceiling);
}
function retryAfter(header, policy) {
  if (header === null) return void 0;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(header) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), policy.maxBackoffMs) : void 0;
}
function parseJson(text) {
  if (text.trim() === "") return void 0;
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function isTimeout(error) {
  return error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
}
function causeOf(error) {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = cause.code;
  return typeof code === "string" ? code : cause instanceof Error ? cause.message : String(cause);
}

// src/providers/http/live.ts
var linkHeader = once(() => typeof __require === "function" ? require_link() : requireHere("http-link-header"));
function openHttp(options) {
  const requests = {};
  const counter = (method) => () => void (requests[`HTTP.${method}`] = (requests[`HTTP.${method}`] ?? 0) + 1);
  const resolve = (method, p) => {
    const fromEnv = envReader(p.who ?? "the HTTP request", options.environment);
    const url = withQuery(fromEnv(p.url, "URL", envNames(p.shown)), Object.entries(p.query ?? {}).map(([k, v]) => [k, fromEnv(v, `query parameter ${k}`)]));
    const headers = { accept: "application/json", "user-agent": `ctrlflow/${VERSION}` };
    for (const [name, value] of Object.entries(p.headers ?? {})) headers[name.toLowerCase()] = fromEnv(value, `header ${name}`);
    const auth = authorization(p.auth, fromEnv);
    if (auth) headers[auth.name] = auth.value;
    return { url, headers, credentials: auth !== void 0 || Object.values(headers).some(holdsSecret) || holdsSecret(url), describe: `${method} ${p.shown}` };
  };
  const policyOf = (p) => ({ retries: p.retries, backoffMs: p.backoffMs, maxBackoffMs: MAX_BACKOFF_MS, timeoutMs: p.timeoutMs });
  return {
    description: "http",
    targets: async () => [],
    async list(_target, call) {
      const p = paramsOf(call);
      try {
        const first = resolve(call.method, p);
        const next = compilePagination(p.pagination?.next);
        const maxPages = p.pagination?.maxPages ?? 1;
        const origin = new URL(first.url).origin;
        const text = bodyText(p.body);
        const pages = [];
        const seen = /* @__PURE__ */ new Set();
        let url = first.url;
        for (let page = 1; url !== void 0; page++) {
          if (page > maxPages) {
            throw new HttpFailure("TooManyPages", `more than ${maxPages} pages at ${first.describe}: raise pagination.maxPages (the items so far are not passed on, so nothing is evaluated on a partial list)`);
          }
          if (seen.has(url)) throw new HttpFailure("PageLoop", `page ${page} of ${first.describe} points back to a page already read: stopping`);
          seen.add(url);
          if (first.credentials && new URL(url).origin !== origin) throw new HttpFailure("OtherHost", `page ${page} of ${first.describe} is on another host (${new URL(url).host}): credentials are not sent there`);
          const request = { method: call.method, url, headers: first.headers, body: page === 1 ? text : void 0 };
          const response = await send(request, policyOf(p), `${first.describe}${page > 1 ? ` (page ${page})` : ""}`, options.sleep, counter(call.method));
          pages.push(response.json === void 0 ? { status: response.status, text: response.text } : { status: response.status, json: response.json });
          url = next?.(response.json, response.headers, url);
        }
        return pages;
      } catch (error) {
        throw readError(error, call);
      }
    },
    async act(_target, call) {
      const p = paramsOf(call);
      const { url, headers, describe } = resolve(call.method, p);
      const response = await send({ method: call.method, url, headers, body: bodyText(p.body) }, policyOf(p), describe, options.sleep, counter(call.method));
      const json = response.json;
      return { output: json !== null && typeof json === "object" && !Array.isArray(json) ? json : { status: response.status }, changed: true };
    },
    missing(call) {
      const names = envPlaces(paramsOf(call)).flatMap(([text]) => envNames(text));
      return [...new Set(names.filter((name) => !options.environment[name]))];
    },
    requests: () => ({ ...requests })
  };
}
var HttpFailure = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
};
function readError(error, call) {
  const message = redactText(error instanceof Error ? error.message : String(error));
  if (error instanceof HttpError) return new TargetReadError(error.status === void 0 ? "HttpFailed" : `HTTP${error.status}`, message, call);
  if (error instanceof HttpFailure || error instanceof MissingEnvironmentError) return new TargetReadError(error.code, message, call);
  return new TargetReadError("HttpFailed", message, call);
}
function compilePagination(next) {
  if (next === void 0) return void 0;
  if (next === "link") {
    return (_json, headers, current) => {
      const link = headers.get("link");
      const ref = link ? linkHeader().parse(link).rel("next")[0]?.uri : void 0;
      return ref ? new URL(ref, current).href : void 0;
    };
  }
  if (next.url !== void 0) {
    const read2 = compileJsonPath(next.url);
    return (json, _headers, current) => {
      const ref = read2(json)[0];
      return typeof ref === "string" && ref !== "" ? new URL(ref, current).href : void 0;
    };
  }
  const read = compileJsonPath(next.cursor);
  const param = next.param;
  return (json, _headers, current) => {
    const cursor = read(json)[0];
    if (cursor === void 0 || cursor === null || cursor === "") return void 0;
    const url = new URL(current);
    url.searchParams.set(param, String(cursor));
    return url.href;
  };
}
function withQuery(url, query) {
  if (query.length === 0) return url;
  const parsed = new URL(url);
  for (const [k, v] of query) parsed.searchParams.set(k, v);
  return parsed.href;
}

// src/providers/snapshot/request-map.ts
function parseRequestMap(doc, file) {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    throw new TargetReadError("BadRecording", `${file} must be an object from request to answer`);
  }
  return { exact: doc };
}
function recordedAs(map, request) {
  if (Object.hasOwn(map.exact, request.key)) return map.exact[request.key];
  if (!request.caseInsensitive) return void 0;
  map.folded ??= new Map(Object.entries(map.exact).map(([k, v]) => [k.toLowerCase(), v]));
  return map.folded.get(request.key.toLowerCase());
}
function answerOf(map, request, call, file) {
  const answer = recordedAs(map, request);
  if (answer === void 0) throw new TargetReadError("NotRecorded", `no recording of ${request.key} in ${file}`, call);
  if (isRecordedError(answer)) throw new TargetReadError(String(answer.$error.code), String(answer.$error.message ?? "recorded error"), call);
  const pages = Array.isArray(answer) ? answer : [answer];
  if (!pages.every((p) => p !== null && typeof p === "object" && !Array.isArray(p))) {
    throw new TargetReadError("BadRecording", `the answer of ${request.key} in ${file} must be an object, a list of objects (pages) or { "$error": \u2026 }`, call);
  }
  return pages;
}
function isRecordedError(answer) {
  return answer !== null && typeof answer === "object" && !Array.isArray(answer) && typeof answer.$error?.code === "string";
}
function recordedAnswer(outcome) {
  if ("error" in outcome) return { $error: { code: outcome.error.code, message: outcome.error.message } };
  return outcome.pages.length === 1 ? outcome.pages[0] : outcome.pages;
}

// src/providers/snapshot/index.ts
import { readdir } from "node:fs/promises";
import { join as join2 } from "node:path";

// src/providers/snapshot/read-recording.ts
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
var RecordingError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
  code;
  name = "RecordingError";
};
var FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);
function recordingReader(root) {
  let realRoot;
  const folders = /* @__PURE__ */ new Map();
  const folderOf = (dir) => {
    let folder = folders.get(dir);
    if (folder === void 0) {
      try {
        const entries = readdirSync(dir, { withFileTypes: true });
        folder = { real: realpathSync.native(dir), names: new Set(entries.map((e) => e.name)), plainFiles: new Set(entries.filter((e) => e.isFile()).map((e) => e.name)) };
      } catch (error) {
        const code = error.code;
        folder = code === "ENOENT" || code === "ENOTDIR" ? "absent" : "unlisted";
      }
      folders.set(dir, folder);
    }
    return folder;
  };
  const read = async (file) => {
    const folder = folderOf(dirname(file));
    const name = basename(file);
    if (folder === "absent" || folder !== "unlisted" && !folder.names.has(name)) return void 0;
    let real;
    if (folder !== "unlisted" && folder.plainFiles.has(name)) real = join(folder.real, name);
    else {
      try {
        real = realpathSync.native(file);
      } catch (error) {
        const code = error.code;
        if (code === "ENOENT" || code === "ENOTDIR") return void 0;
        throw new RecordingError("BadRecording", `unreadable recording (${error.message}): ${file}`);
      }
    }
    realRoot ??= realpathSync.native(root);
    const inside = relative(realRoot, real);
    if (inside === "" || inside === ".." || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      throw new RecordingError("OutsideSnapshot", `${file} leads to ${real}, outside the snapshot; only files inside it are read`);
    }
    const fd = openSync(real, FLAGS);
    let text;
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new RecordingError("NotAFile", `${file} is ${kindOf(stat)}, not a file; a recording must be a regular file`);
      text = readFileSync(fd, "utf8");
    } finally {
      closeSync(fd);
    }
    try {
      return parseJsonWithin(text, MAX_JSON_DEPTH);
    } catch (error) {
      const why = error instanceof JsonDepthError ? error.message : `not JSON: ${error.message}`;
      throw new RecordingError("BadRecording", `unreadable recording (${why}): ${file}`);
    }
  };
  return { read, forget: (dir) => void folders.delete(dir) };
}
function kindOf(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "not a regular file";
}

// src/providers/snapshot/recorded-shape.ts
async function recordedShapeProblem(cloud, call, pages) {
  for (const [i, page] of pages.entries()) {
    const which = pages.length > 1 ? `page ${i + 1}` : "the answer";
    if (page === null || typeof page !== "object" || Array.isArray(page)) return `${which} is ${Array.isArray(page) ? "a list" : page === null ? "null" : `a ${typeof page}`}, not an answer object`;
    const answer = page;
    if (cloud === "azure" && !Array.isArray(answer.data)) return `${which} has no "data" list: a Resource Graph recording is { "data": [rows] } ([] when there are none)`;
    if (cloud === "gcp") {
      const key = call.method === "SearchAllResources" ? "results" : "assets";
      if (!Array.isArray(answer[key])) return `${which} has no "${key}" list: a Cloud Asset recording is { "${key}": [...] } ([] when there are none)`;
    }
    if (cloud === "aws" && givesNoItem(call, answer)) {
      const { recordedPageProblem } = await import("./recorded-page-ASSSOPUN.js");
      const problem = await recordedPageProblem(call, answer);
      if (problem) return pages.length > 1 ? `${which}: ${problem}` : problem;
    }
  }
  return void 0;
}

// src/providers/snapshot/index.ts
function openSnapshot(root, label = root) {
  const files = /* @__PURE__ */ new Map();
  const { read, forget } = recordingReader(root);
  const readPages = (file, shared) => {
    let pages = files.get(file);
    if (!pages) {
      pages = read(file).then((doc) => doc === void 0 ? void 0 : Array.isArray(doc) ? doc : [doc]);
      if (shared) files.set(file, pages);
    }
    return pages;
  };
  const maps = /* @__PURE__ */ new Map();
  const readMap = (file) => {
    let map = maps.get(file);
    if (!map) {
      map = read(file).then((doc) => doc === void 0 ? void 0 : parseRequestMap(doc, file));
      maps.set(file, map);
    }
    return map;
  };
  return {
    description: `snapshot ${label}`,
    async targets(cloud) {
      const targets = [];
      for (const account of await subfolders(join2(root, cloud))) {
        const regions = new Set(await subfolders(join2(root, cloud, account)));
        if (cloud === "aws") regions.add(GLOBAL_REGION);
        for (const region of [...regions].sort()) targets.push({ provider: cloud, account, region });
      }
      return targets;
    },
    async list(target, call) {
      const dir = join2(root, target.provider, target.account, target.region);
      const request = mappedRequest(call);
      if (request) {
        const file2 = join2(dir, request.file);
        let map;
        try {
          if (call.via !== "http") await throwRecordedError(read, join2(dir, TARGET_ERROR_FILE), call);
          map = await readMap(file2);
        } catch (error) {
          throw unreadable(error, file2, call);
        }
        if (!map) throw new TargetReadError("NotRecorded", `no recording: ${file2}`, call);
        return measuredAnswer(answerOf(map, request, call, file2));
      }
      const names = recordingFileNames(target.provider, call);
      let pages;
      try {
        await throwRecordedError(read, join2(dir, TARGET_ERROR_FILE), call);
        for (const name of names) await throwRecordedError(read, join2(dir, errorFileOf(name)), call);
      } catch (error) {
        throw unreadable(error, join2(dir, names[0]), call);
      }
      let file = join2(dir, names[0]);
      for (const name of names) {
        try {
          pages = await readPages(join2(dir, name), !ownRecording(target.provider, call));
        } catch (error) {
          throw unreadable(error, join2(dir, name), call);
        }
        if (pages) {
          file = join2(dir, name);
          break;
        }
      }
      if (!pages) throw new TargetReadError("NotRecorded", `no recording: ${file}`, call);
      const problem = await recordedShapeProblem(target.provider, call, pages);
      if (problem) throw new TargetReadError("BadRecording", `${problem}: ${file}`, call);
      const items = [];
      for (const page of pages) for (const item of itemsOf(target.provider, call, page)) items.push(item);
      return target.provider === "aws" && isConfigQuery(call) ? items : measuredAnswer(items);
    },
    release(target) {
      const folder = join2(root, target.provider, target.account, target.region);
      const dir = `${folder}/`;
      for (const file of files.keys()) if (file.startsWith(dir)) files.delete(file);
      for (const file of maps.keys()) if (file.startsWith(dir)) maps.delete(file);
      forget(folder);
    }
  };
}
function itemsOf(cloud, call, page) {
  if (cloud === "aws") return extractAwsItems(call, page);
  if (cloud === "azure") {
    const type = String(call.params.type ?? "").toLowerCase();
    const data = Array.isArray(page.data) ? page.data : [];
    return type ? data.filter((r) => String(r.type).toLowerCase() === type) : data;
  }
  if (call.method === "SearchAllResources") return Array.isArray(page.results) ? page.results : [];
  const types = Array.isArray(call.params.assetTypes) ? call.params.assetTypes : [];
  const assets = Array.isArray(page.assets) ? page.assets : [];
  const contentType = isExtraContentType(call.params.contentType) ? call.params.contentType : void 0;
  return withContent(types.length > 0 ? assets.filter((a) => types.includes(String(a.assetType))) : assets, contentType);
}
function unreadable(error, file, call) {
  if (error instanceof RecordingError) return new TargetReadError(error.code, error.message, call);
  if (error instanceof TargetReadError) return new TargetReadError(error.code, error.message, call);
  return new TargetReadError("BadRecording", `unreadable recording (${error.message}): ${file}`, call);
}
async function throwRecordedError(read, file, call) {
  const recorded = await read(file);
  if (recorded === void 0) return;
  throw new TargetReadError(String(recorded?.code ?? "Error"), String(recorded?.message ?? "recorded error"), call);
}
async function subfolders(dir) {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith(".")).map((e) => e.name).sort();
  } catch {
    return [];
  }
}

export {
  runFlow,
  compileFlow,
  compileFlows,
  needsSandbox,
  liveInventory,
  snapshotInventory,
  openHttp,
  recordedAnswer,
  openSnapshot
};
