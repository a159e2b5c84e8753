import { csvRow } from '../lib/csv-cells.js';
import { checkJsonPaths, compileFields } from '../lib/json-path.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import { targetSegments } from '../lib/safe-path.js';
import type { Item } from '../providers/types.js';
import type { NodeKind } from './types.js';
import { checkKeyReads, UNKNOWN } from '../providers/shape.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * Writes its input as CSV or JSON (QFlow "Report"), one file per target under
 * `<out>/flows/<flow>/`, and passes the items on unchanged.
 */
export interface ReportConfig extends NodeConfig {
  input: string | string[];
  format: 'csv' | 'json';
  /** Column name -> JSONPath; default: the items' top-level keys. */
  fields?: Record<string, string>;
  /** File name stem; default: the node id. */
  fileName?: string;
}

export const report: NodeKind<ReportConfig> = {
  type: 'report',
  summary: "write the node's input as a CSV or JSON file and pass it on",
  role: 'transform',
  outputs: ['out'],
  inputs: 'one',
  schema: schemaFor<ReportConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'input', 'format'],
    properties: {
      ...commonNodeProperties,
      format: { enum: ['csv', 'json'] },
      fields: { type: 'object', additionalProperties: { type: 'string' }, minProperties: 1 },
      fileName: { type: 'string', pattern: '^[A-Za-z0-9_.-]+$' },
    },
  }),
  check: (config) => checkJsonPaths(Object.entries(config.fields ?? {}).map(([name, expr]) => [['fields', name], expr])),
  // The items pass on unchanged; its columns read them.
  shape: (config, [input = UNKNOWN]) => ({
    output: input,
    problems: checkKeyReads(input, Object.entries(config.fields ?? {}).map(([name, path]) => ({ at: ['fields', name], path }))),
  }),
  compile(config) {
    const project = config.fields ? compileFields(config.fields) : (item: Item) => item;
    return async ([items = []], ctx) => {
      const rows = items.map(project);
      // Account and region come from the cloud: as they are in their cloud's format, else encoded.
      const { account, region } = targetSegments(ctx.target);
      const stem = `${config.fileName ?? config.id}-${account}-${region}`;
      const name = `flows/${ctx.flowId}/${stem}.${config.format}`;
      const content = config.format === 'json' ? `${JSON.stringify(rows, null, 2)}\n` : toCsv(rows, Object.keys(config.fields ?? {}));
      return { ports: { out: items }, artifacts: [{ name, content }] };
    };
  },
};

/** Chosen fields give the header even with no rows; otherwise the rows' keys in order. */
function toCsv(rows: Item[], fields: string[]): string {
  const columns = fields.length > 0 ? fields : [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [columns, ...rows.map((r) => columns.map((c) => r[c]))].map(csvRow).join('');
}
