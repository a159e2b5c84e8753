import { PASS_GROUP_SIZE, type PassGroup, type ReportHead, type ReportSummary, type Result, type StoredResult } from '../src/model/result.js';
import type { Reporter } from './types.js';

/**
 * ctrlflow.json, schemaVersion 2.0 (schemas/results.schema.json): one compact JSON document
 * laid out in lines so it can be written and read as a stream:
 *
 *   {"schemaVersion":"2.0", …head…, "results":[
 *   {one result},
 *   {a group of PASS results},
 *   ], "finishedAt": …, "controls": [ … ], "totals": { … }, …summary…}
 *
 * Line 1 is the head (without its controls), each further line but the last one result (or
 * one group of PASS results), the last line the summary (each control once, with its counts).
 * Any JSON reader reads it whole; `ctrlflow report` and `--baseline` read it line by line
 * (src/load/report-file.ts), expanding what is written shorter here:
 *  - at `--evidence findings`, consecutive lean PASS results (identity, status and target only)
 *    of one control and target are one line, a PassGroup of at most PASS_GROUP_SIZE resources
 *    (the only state held: the current group);
 *  - a match's `text` is left out when it equals the result's `reason` (always so for a result
 *    with one match).
 */
export const json: Reporter = {
  format: 'json',
  extension: 'json',
  summary: 'every result, each control once (schemaVersion 2.0)',
  open(head, out) {
    out.write(`${headLine(head)}\n`);
    const grouping = head.evidence !== 'full';
    let first = true;
    let group: PassGroup | undefined;
    const line = (text: string) => {
      out.write(first ? text : `,\n${text}`);
      first = false;
    };
    const flush = () => {
      if (group) line(JSON.stringify(group));
      group = undefined;
    };
    return {
      result(r) {
        if (grouping && isLeanPass(r)) {
          if (group && (group.controlId !== r.controlId || group.provider !== r.provider || group.account !== r.account || group.region !== r.region || group.resources.length >= PASS_GROUP_SIZE)) flush();
          group ??= { controlId: r.controlId, status: 'PASS', provider: r.provider, account: r.account, region: r.region, resources: [] };
          group.resources.push(r.displayName === undefined ? { id: r.resourceId } : { id: r.resourceId, name: r.displayName });
          return;
        }
        flush();
        line(JSON.stringify(stored(r)));
      },
      end(summary) {
        flush();
        out.write(`${first ? '' : '\n'}${summaryLine(summary)}\n`);
      },
    };
  },
};

const LEAN_PASS_KEYS = new Set(['controlId', 'status', 'provider', 'account', 'region', 'resourceId', 'displayName']);

/** A PASS carrying its identity, status and target and nothing else: what a PassGroup can state. */
function isLeanPass(r: Result): r is Result & { resourceId: string } {
  if (r.status !== 'PASS' || typeof r.resourceId !== 'string') return false;
  // for…in, not Object.entries: no array per result (a third of the JSON writer's time at 100k).
  for (const key in r) if (!LEAN_PASS_KEYS.has(key) && r[key as keyof Result] !== undefined) return false;
  return true;
}

/** The result as written: each match's `text` left out where it repeats the reason. */
function stored(r: Result): StoredResult {
  if (!r.matches?.some((m) => m.text === r.reason)) return r;
  return {
    ...r,
    matches: r.matches.map((m) => {
      if (m.text !== r.reason) return m;
      const { text: _text, ...rest } = m;
      return rest;
    }),
  };
}

/** `{…head fields…,"results":[` */
export function headLine(head: ReportHead): string {
  const { controls: _controls, ...fields } = head;
  return `${JSON.stringify(fields).slice(0, -1)},"results":[`;
}

/** `],…summary fields…}` */
export function summaryLine(summary: ReportSummary): string {
  return `],${JSON.stringify(summary).slice(1)}`;
}
