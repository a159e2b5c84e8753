import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/model/flow.ts
var VARIABLE_TYPES = ["auto", "string", "number", "boolean", "array", "object"];
var NODE_ID_PATTERN = "^[A-Za-z_][A-Za-z0-9_-]*$";
var ID_MAX_LENGTH = 100;
var NODE_ID_MAX_LENGTH = 64;
var idSchema = { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_.-]*$", maxLength: ID_MAX_LENGTH };
var nodeIdSchema = { type: "string", pattern: NODE_ID_PATTERN, maxLength: NODE_ID_MAX_LENGTH };
var flowSchema = {
  $id: "ctrlflow/flow",
  type: "object",
  additionalProperties: false,
  required: ["id", "nodes"],
  properties: {
    id: idSchema,
    name: { type: "string" },
    description: { type: "string" },
    trigger: { type: "object" },
    variables: {
      type: "object",
      propertyNames: { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" },
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        required: ["value"],
        properties: {
          type: { enum: [...VARIABLE_TYPES] },
          value: {},
          secret: { type: "boolean" },
          description: { type: "string" }
        }
      }
    },
    nodes: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["id", "type"],
        properties: {
          id: nodeIdSchema,
          type: { type: "string" }
        }
      }
    }
  }
};
var commonNodeProperties = {
  id: nodeIdSchema,
  type: { type: "string" },
  name: { type: "string" },
  description: { type: "string" },
  input: {
    anyOf: [
      { type: "string", minLength: 1 },
      { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 }
    ]
  }
};

export {
  NODE_ID_MAX_LENGTH,
  idSchema,
  nodeIdSchema,
  flowSchema,
  commonNodeProperties
};
