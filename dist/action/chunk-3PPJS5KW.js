import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  validateSchema
} from "./chunk-FWPZOP6C.js";

// src/model/event.ts
var cloudEventSchema = {
  type: "object",
  required: ["id", "source", "detail-type", "account", "region"],
  properties: {
    id: { type: "string", minLength: 1 },
    source: { type: "string", minLength: 1 },
    "detail-type": { type: "string", minLength: 1 },
    account: { type: "string", minLength: 1 },
    region: { type: "string", minLength: 1 },
    time: { type: "string" },
    resources: { type: "array", items: { type: "string" } },
    detail: { type: "object" }
  }
};
function parseEvents(text) {
  const docs = parseDocuments(text);
  if ("error" in docs) return { events: [], errors: [docs.error] };
  const events = [];
  const errors = [];
  docs.values.forEach((doc, i) => {
    const where = docs.values.length > 1 ? `event ${i + 1}: ` : "";
    const checked = checkEvent(doc);
    if (typeof checked === "string") errors.push(`${where}${checked}`);
    else events.push(checked);
  });
  if (events.length === 0 && errors.length === 0) errors.push("no event in the input");
  return { events, errors };
}
function checkEvent(doc) {
  const event = unwrapSns(doc);
  const problems = validateSchema(cloudEventSchema, event);
  if (problems.length === 0) return event;
  return `not an EventBridge event: ${problems.map((p) => p.path.length > 0 ? `${p.path.join(".")}: ${p.message}` : p.message).join("; ")}`;
}
function unwrapSns(doc) {
  const d = doc;
  if (d && typeof d === "object" && d.Type === "Notification" && typeof d.Message === "string") {
    try {
      return JSON.parse(d.Message);
    } catch {
      return doc;
    }
  }
  return doc;
}
function parseDocuments(text) {
  const trimmed = text.trim();
  if (trimmed === "") return { error: "the input is empty" };
  try {
    const value = JSON.parse(trimmed);
    return { values: Array.isArray(value) ? value : [value] };
  } catch (whole) {
    const lines = trimmed.split("\n").filter((l) => l.trim() !== "");
    if (lines.length < 2) return { error: `not JSON: ${whole.message}` };
    const values = [];
    for (const [i, line] of lines.entries()) {
      try {
        values.push(JSON.parse(line));
      } catch (error) {
        return { error: `not JSON (line ${i + 1}): ${error.message}` };
      }
    }
    return { values };
  }
}

export {
  cloudEventSchema,
  parseEvents,
  checkEvent
};
