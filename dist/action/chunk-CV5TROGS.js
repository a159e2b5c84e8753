import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  idSchema
} from "./chunk-7SG3EKPI.js";
import {
  SEVERITIES
} from "./chunk-NP7VFWU3.js";

// src/model/control.ts
var CLOUDS = ["aws", "azure", "gcp"];
var controlSchema = {
  $id: "ctrlflow/control",
  type: "object",
  additionalProperties: false,
  required: ["id", "title", "severity", "provider", "resourceType", "flow"],
  properties: {
    id: idSchema,
    title: { type: "string", minLength: 1 },
    severity: { enum: [...SEVERITIES] },
    provider: { enum: [...CLOUDS] },
    resourceType: { type: "string", minLength: 1 },
    flow: { type: "string", minLength: 1 },
    description: { type: "string" },
    rationale: { type: "string" },
    remediation: { type: "string" },
    references: { type: "array", items: { type: "string", format: "uri" } },
    compliance: {
      type: "object",
      additionalProperties: { type: "array", items: { type: "string" }, minItems: 1 }
    },
    tags: { type: "array", items: { type: "string" } }
  }
};

export {
  CLOUDS,
  controlSchema
};
