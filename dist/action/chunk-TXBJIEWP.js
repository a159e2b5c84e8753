import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);

// src/lib/csv-cells.ts
var FORMULA_START = /* @__PURE__ */ new Set(["=", "+", "-", "@", "	", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);
function spreadsheetSafe(cell) {
  return cell.length > 0 && FORMULA_START.has(cell[0]) ? `'${cell}` : cell;
}
function toCell(value) {
  if (value === void 0 || value === null) return "";
  return spreadsheetSafe(typeof value === "object" ? JSON.stringify(value) : String(value));
}
function csvField(cell) {
  if (!SPECIAL.test(cell)) return cell;
  const text = cell.includes("\0") ? cell.replace(/\0/g, "") : cell;
  if (text.includes('"')) return `"${text.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text}"` : text;
}
var NEEDS_QUOTES = /[,\r\n|]/;
var SPECIAL = /[",\r\n|\0]/;
function csvRow(values) {
  let row = "";
  for (let i = 0; i < values.length; i += 1) row += `${i > 0 ? "," : ""}${csvField(toCell(values[i]))}`;
  return `${row}\r
`;
}

export {
  toCell,
  csvField,
  csvRow
};
