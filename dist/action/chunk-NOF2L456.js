import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  TargetReadError
} from "./chunk-RYR2CTGN.js";
import {
  compileJsonPath
} from "./chunk-A6IEPHEW.js";

// src/providers/aws/names.ts
var ALIASES = { Config: "ConfigService" };
var IRREGULAR = {
  ACMPCA: "acm-pca",
  APIGateway: "api-gateway",
  AutoScaling: "auto-scaling",
  CloudHSMV2: "cloudhsm-v2",
  CloudWatchEvents: "cloudwatch-events",
  CloudWatchLogs: "cloudwatch-logs",
  CognitoIdentityProvider: "cognito-identity-provider",
  ConfigService: "config-service",
  ElasticBeanstalk: "elastic-beanstalk",
  ElasticLoadBalancing: "elastic-load-balancing",
  ElasticLoadBalancingV2: "elastic-load-balancing-v2",
  Route53: "route-53",
  Route53Domains: "route-53-domains",
  S3Control: "s3-control",
  SecretsManager: "secrets-manager",
  SSOAdmin: "sso-admin"
};
function canonicalService(service) {
  return ALIASES[service] ?? service;
}
function packageCandidates(service) {
  const name = canonicalService(service);
  const irregular = IRREGULAR[name];
  if (irregular) return [`@aws-sdk/client-${irregular}`];
  const lower = `@aws-sdk/client-${name.toLowerCase()}`;
  const words = `@aws-sdk/client-${name.replace(/([a-z0-9])([A-Z])/g, "$1-$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1-$2").toLowerCase()}`;
  return words === lower ? [lower] : [lower, words];
}
function installHint(service) {
  const [first, second] = packageCandidates(service);
  const also = second ? ` (or ${second}, if the SDK spells the service in several words)` : "";
  return `npm install ${first}${also}`;
}
var READ_VERBS = ["Describe", "List", "Get", "Select", "BatchGet", "BatchDescribe", "Lookup", "Search"];
var READ_METHOD = new RegExp(`^(${READ_VERBS.join("|")})[A-Z0-9]`);
var READ_METHOD_PATTERN = `^(${READ_VERBS.join("|")})[A-Z0-9][A-Za-z0-9]*$`;
var GLOBAL_SERVICES = /* @__PURE__ */ new Set(["Account", "CloudFront", "IAM", "Organizations", "S3"]);
var GLOBAL_CALLS = /* @__PURE__ */ new Set(["S3Control.GetPublicAccessBlock"]);
function isGlobalCall(service, method) {
  const name = canonicalService(service);
  return GLOBAL_SERVICES.has(name) || GLOBAL_CALLS.has(`${name}.${method}`);
}
function isCredentialReport(service, method) {
  return service === "IAM" && method === "GetCredentialReport";
}

// src/providers/aws/credential-report.ts
var DEFAULT_POLLING = { attempts: 10, delayMs: 2e3 };
async function fetchCredentialReport(send, call, polling = DEFAULT_POLLING) {
  for (let attempt = 1; ; attempt += 1) {
    const { State: state } = await send("GenerateCredentialReport");
    if (state === "COMPLETE") break;
    if (attempt >= polling.attempts) {
      const waited = (polling.attempts - 1) * polling.delayMs / 1e3;
      throw new TargetReadError("CredentialReportNotReady", `the IAM credential report was still ${String(state)} after ${polling.attempts} GenerateCredentialReport calls (${waited} s)`, call);
    }
    await new Promise((resolve) => setTimeout(resolve, polling.delayMs));
  }
  const { $metadata: _metadata, Content: content, ...rest } = await send("GetCredentialReport");
  return { Content: content instanceof Uint8Array ? Buffer.from(content).toString("utf8") : String(content ?? ""), ...rest };
}
var NULLS = /* @__PURE__ */ new Set(["N/A", "not_supported", "no_information"]);
var ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)$/;
function decodeCredentialReport(csv) {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  return rows.filter((row) => row.some((cell) => cell !== "")).map((row) => Object.fromEntries(header.map((key, i) => [key, typed(row[i] ?? "")])));
}
function typed(cell) {
  if (NULLS.has(cell)) return null;
  if (cell === "true" || cell === "false") return cell === "true";
  if (ISO_DATE.test(cell)) return new Date(cell).toISOString();
  return cell;
}
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      endCell();
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i += 1;
      endRow();
    } else {
      cell += c;
    }
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

// src/providers/aws/extract.ts
var PAGING_KEYS = /* @__PURE__ */ new Set([
  "$metadata",
  "NextToken",
  "nextToken",
  "Marker",
  "NextMarker",
  "ContinuationToken",
  "NextContinuationToken",
  "IsTruncated",
  "Truncated"
]);
function givesNoItem(call, page) {
  if (Object.values(page).some(Array.isArray)) return false;
  return /^(List|Describe)/.test(call.method) || Object.keys(page).every((k) => PAGING_KEYS.has(k));
}
var readers = /* @__PURE__ */ new Map();
function extractAwsItems(call, page) {
  if (isCredentialReport(call.service, call.method)) return decodeCredentialReport(String(page.Content ?? ""));
  const data = Object.fromEntries(Object.entries(page).filter(([k]) => !PAGING_KEYS.has(k)));
  if (call.items !== void 0) return pick(call.items, data);
  if (call.method === "DescribeInstances") {
    return list(data.Reservations).flatMap((r) => list(r.Instances));
  }
  if (isConfigQuery(call)) {
    return list(data.Results).map((row) => JSON.parse(String(row)));
  }
  const lists = Object.entries(data).filter(([, v]) => Array.isArray(v));
  if (lists.length === 1) return lists[0][1];
  if (lists.length === 0) return Object.keys(data).length === 0 && /^(List|Describe)/.test(call.method) ? [] : [data];
  const names = lists.map(([k]) => k);
  throw new TargetReadError(
    "AmbiguousItems",
    `${call.service}.${call.method} answered several lists (${names.join(", ")}): say which holds the items with items: (e.g. items: "$.${names[0]}[*]"), or single: true for the whole answer`,
    call
  );
}
function isConfigQuery(call) {
  return call.method === "SelectResourceConfig" || call.method === "SelectAggregateResourceConfig";
}
function pick(path, data) {
  let read = readers.get(path);
  if (!read) {
    read = compileJsonPath(path);
    readers.set(path, read);
  }
  return read(data).flatMap((found) => Array.isArray(found) ? found : [found]);
}
function list(v) {
  return Array.isArray(v) ? v : [];
}

// src/providers/aws/output-shape.ts
function protocolOf(shapeId) {
  const name = shapeId?.split("#")[1] ?? "";
  if (name === "ec2Query" || name === "awsQuery") return "query";
  if (name === "awsJson1_0" || name === "awsJson1_1" || name === "restJson1") return "json";
  if (name === "restXml") return "restXml";
  if (name === "rpcv2Cbor") return "cbor";
  return "unknown";
}
var HTTP_BOUND = ["httpHeader", "httpPrefixHeaders", "httpResponseCode", "httpQuery", "httpQueryParams", "httpLabel"];
function outputShape(schemas, moduleExports, method, protocol) {
  const operation = moduleExports[`${method}$`];
  if (!Array.isArray(operation) || operation[0] !== 9 || operation[5] === void 0) return void 0;
  let members;
  try {
    members = [...schemas.of(operation[5]).structIterator()];
  } catch {
    return void 0;
  }
  const traits = members.map(([name, schema]) => ({ name, schema, traits: schema.getMergedTraits() }));
  const payload = traits.some((m) => m.traits.httpPayload !== void 0);
  const inBody = traits.filter((m) => !HTTP_BOUND.some((t) => m.traits[t] !== void 0));
  return {
    protocol,
    needsBody: protocol === "query" || !payload && inBody.length > 0,
    payload,
    streaming: traits.some((m) => m.schema.isStreaming()),
    lists: inBody.filter((m) => m.schema.isListSchema() && !PAGING_KEYS.has(m.name)).map((m) => m.name)
  };
}
function missingLists(shape, page) {
  if (shape.protocol !== "query" || shape.lists.length === 0) return void 0;
  return shape.lists.some((name) => Array.isArray(page[name])) ? void 0 : shape.lists;
}

// src/providers/aws/clients.ts
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
var BUNDLED = {
  "@aws-sdk/client-accessanalyzer": () => import("./dist-cjs-AZ2QOW4P.js"),
  "@aws-sdk/client-account": () => import("./dist-cjs-L7I7FDGS.js"),
  "@aws-sdk/client-cloudtrail": () => import("./dist-cjs-GH3WR7OO.js"),
  "@aws-sdk/client-cloudwatch": () => import("./dist-cjs-UBWNQMZ2.js"),
  "@aws-sdk/client-cloudwatch-logs": () => import("./dist-cjs-TZ5B4ZM5.js"),
  "@aws-sdk/client-config-service": () => import("./dist-cjs-DYTVKSEZ.js"),
  "@aws-sdk/client-ec2": () => import("./dist-cjs-2DTJKLYS.js"),
  "@aws-sdk/client-efs": () => import("./dist-cjs-WJ54U2HS.js"),
  "@aws-sdk/client-iam": () => import("./dist-cjs-W5YCSVIO.js"),
  "@aws-sdk/client-kms": () => import("./dist-cjs-IN6YCANR.js"),
  "@aws-sdk/client-macie2": () => import("./dist-cjs-AMZMEE2U.js"),
  "@aws-sdk/client-organizations": () => import("./dist-cjs-4OBHAIFX.js"),
  "@aws-sdk/client-rds": () => import("./dist-cjs-QXVCHSJY.js"),
  "@aws-sdk/client-s3": () => import("./dist-cjs-ZLF2WUNW.js"),
  "@aws-sdk/client-s3-control": () => import("./dist-cjs-642JW3DM.js"),
  "@aws-sdk/client-securityhub": () => import("./dist-cjs-HD5BBDLC.js"),
  "@aws-sdk/client-sns": () => import("./dist-cjs-BW67H44R.js"),
  "@aws-sdk/client-sts": () => import("./dist-cjs-PCIZV5OL.js")
};
function isBundledPackage(name) {
  return name in BUNDLED;
}
var ServiceLoadError = class extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
    this.name = "ServiceLoadError";
  }
  code;
};
var loaded = /* @__PURE__ */ new Map();
function loadService(service) {
  const name = canonicalService(service);
  let pending = loaded.get(name);
  if (!pending) {
    pending = load(name);
    loaded.set(name, pending);
  }
  return pending;
}
async function load(service) {
  for (const candidate of packageCandidates(service)) {
    const module = await importPackage(candidate);
    if (module === void 0) continue;
    const Client = module[`${service}Client`];
    if (typeof Client !== "function") {
      throw new ServiceLoadError("UnknownService", `${candidate} has no ${service}Client: name the service by its client class without "Client"`);
    }
    const SdkClientClass = Client;
    const { NormalizedSchema } = await import("./schema-DSZQGAWG.js");
    const shapes = /* @__PURE__ */ new Map();
    let protocol;
    return {
      name: candidate,
      Client: SdkClientClass,
      command: (method) => {
        const command = module[`${method}Command`];
        return typeof command === "function" ? command : void 0;
      },
      outputShape: (method) => {
        if (!shapes.has(method)) {
          protocol ??= protocolOfClient(SdkClientClass);
          shapes.set(method, outputShape(NormalizedSchema, module, method, protocol));
        }
        return shapes.get(method);
      },
      exports: module
    };
  }
  throw new ServiceLoadError("ClientNotInstalled", `no AWS SDK client for service "${service}" is installed: ${installHint(service)}`);
}
function protocolOfClient(Client) {
  const client = new Client({ region: "us-east-1", credentials: { accessKeyId: "none", secretAccessKey: "none" } });
  try {
    return protocolOf(client.config.protocol?.getShapeId?.());
  } finally {
    client.destroy?.();
  }
}
async function importPackage(name) {
  const bundled = BUNDLED[name];
  if (bundled) return await bundled();
  const file = resolvePackage(name);
  if (file === void 0) return void 0;
  const module = await import(pathToFileURL(file).href);
  return module;
}
function resolvePackage(name) {
  for (const from of [import.meta.url, join(process.cwd(), "package.json")]) {
    try {
      return createRequire(from).resolve(name);
    } catch {
    }
  }
  return void 0;
}

export {
  canonicalService,
  packageCandidates,
  installHint,
  READ_VERBS,
  READ_METHOD,
  READ_METHOD_PATTERN,
  isGlobalCall,
  isCredentialReport,
  fetchCredentialReport,
  PAGING_KEYS,
  givesNoItem,
  extractAwsItems,
  isConfigQuery,
  missingLists,
  isBundledPackage,
  ServiceLoadError,
  loadService,
  resolvePackage
};
