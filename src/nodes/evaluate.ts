import { append } from '../model/append.js';
import { checkCriteria, compileCriteria, criteriaNeedSandbox, criteriaReads, criteriaSchema } from '../conditions/criteria.js';
import { checkKeyReads, UNKNOWN, type KeyRead } from '../providers/shape.js';
import { checkJsonPaths, compileJsonPath, plainJsonPath } from '../lib/json-path.js';
import { compileKeyPresence, tallyPresence, type KeyTally } from '../conditions/key-presence.js';
import type { ConditionConfig } from '../conditions/types.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import { schemaFor } from '../model/schema-type.js';
import { under } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import { checkTemplates, templateReads } from './actions/template.js';
import { compileItemValue, readErrorOf } from './per-item.js';
import type { NodeContext, NodeKind, Verdict } from './types.js';

/** The QFlow TotalCloud node: turns items into PASS/FAIL evidence. */
export interface EvaluateConfig extends NodeConfig {
  input: string | string[];
  fail_if: { expression?: string; conditions: ConditionConfig[] };
  /**
   * resourceId and displayName: a JSONPath (`$.GroupId`), or a template over the item with the
   * target's `{{@account}}` and `{{@region}}` (`arn:aws:iam::{{@account}}:root`) for an
   * account- or region-level setting that has no id of its own.
   */
  evidence: { resourceId: string; displayName?: string; keys?: string[] };
}

export const evaluate: NodeKind<EvaluateConfig> = {
  type: 'evaluate',
  aliases: ['totalcloud'],
  summary: 'evaluate items against fail_if criteria; outputs failed and passed, with evidence',
  role: 'verdict',
  outputs: ['failed', 'passed'],
  inputs: 'one',
  needsSandbox: (config) => criteriaNeedSandbox(config.fail_if),
  schema: schemaFor<EvaluateConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'input', 'fail_if', 'evidence'],
    properties: {
      ...commonNodeProperties,
      fail_if: criteriaSchema,
      evidence: {
        type: 'object',
        additionalProperties: false,
        required: ['resourceId'],
        properties: {
          resourceId: { type: 'string' },
          displayName: { type: 'string' },
          keys: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  }),
  check(config) {
    const paths: [(string | number)[], string][] = [];
    const templates: Record<string, string> = {};
    for (const key of ['resourceId', 'displayName'] as const) {
      const value = config.evidence[key];
      if (value === undefined) continue;
      if (isJsonPath(value) || !value.includes('{{')) paths.push([['evidence', key], value]); // a forgotten $ is a mistake, not a constant
      else templates[key] = value;
    }
    (config.evidence.keys ?? []).forEach((k, i) => paths.push([['evidence', 'keys', i], k]));
    return [...under(['fail_if'], checkCriteria(config.fail_if)), ...checkJsonPaths(paths), ...checkTemplates(templates, ['evidence'])];
  },
  shape(config, [input = UNKNOWN]) {
    const reads: KeyRead[] = criteriaReads(config.fail_if).map((r) => ({ ...r, at: ['fail_if', ...r.at] }));
    for (const key of ['resourceId', 'displayName'] as const) {
      const value = config.evidence[key];
      if (value === undefined) continue;
      if (isJsonPath(value)) reads.push({ at: ['evidence', key], path: value });
      else append(reads, templateReads(value, ['evidence', key]));
    }
    (config.evidence.keys ?? []).forEach((path, i) => reads.push({ at: ['evidence', 'keys', i], path }));
    return { output: input, problems: checkKeyReads(input, reads) };
  },
  compile(config, env) {
    const failIf = compileCriteria(config.fail_if, env);
    const resourceId = compileEvidence(config.evidence.resourceId, 'first');
    const displayName = config.evidence.displayName ? compileEvidence(config.evidence.displayName, 'single') : undefined;
    const keys = (config.evidence.keys ?? []).map((k) => [k, singleReader(k)] as const);
    // The keys the conditions read, as written: the scan tells which of them no item had.
    const conditionKeys = criteriaReads(config.fail_if).flatMap((read) => {
      const condition = config.fail_if.conditions[Number(read.at[1])];
      return 'path' in read && condition ? [{ condition: condition.id, key: read.path, presence: compileKeyPresence(read.path) }] : [];
    });
    return async ([items = []], ctx) => {
      const counted = ctx.tallyKeys === false ? [] : conditionKeys;
      const tallies: KeyTally[] = counted.map(({ condition, key }) => ({ condition, key, found: 0, absent: 0 }));
      const failed: Item[] = [];
      const passed: Item[] = [];
      const verdicts = new Array<Verdict>(items.length);
      const passEvidence = ctx.passEvidence !== false;
      for (let index = 0; index < items.length; index += 1) {
        const item = items[index]!;
        const id = resourceId(item, ctx);
        if (id === undefined || id === null || id === '') {
          // A resource we cannot name cannot be reported or excepted: the flow is wrong.
          throw new Error(`evidence.resourceId ${config.evidence.resourceId} found no value on item ${index}`);
        }
        const name = displayName ? displayName(item, ctx) : undefined;
        const unread = readErrorOf(item);
        if (unread) {
          // Its own read failed: never judged, never PASS; neither port carries it.
          verdicts[index] = errorVerdict(id, name, evidenceOf(item), { code: unread.code, message: `${unread.code}: ${unread.message} (${unread.call})` });
          continue;
        }
        for (let k = 0; k < counted.length; k += 1) tallyPresence(tallies[k]!, counted[k]!.presence(item));
        const { matched, matches, undecided } = failIf(item);
        if (undecided) {
          // A key the criteria depend on has no value to judge: never a silent PASS.
          verdicts[index] = errorVerdict(id, name, evidenceOf(item), { code: 'UndecidedCondition', message: undecided.join('; ') });
          continue;
        }
        verdicts[index] = verdictOf(matched ? 'FAIL' : 'PASS', id, name, matched || passEvidence ? evidenceOf(item) : NO_EVIDENCE, matches);
        (matched ? failed : passed).push(item);
      }
      return { ports: { failed, passed }, verdicts, ...(tallies.length > 0 ? { keys: tallies } : {}) };
    };

    function evidenceOf(item: Item): Record<string, unknown> {
      const evidence: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k += 1) evidence[keys[k]![0]] = keys[k]![1](item);
      return evidence;
    }
  },
};

const NO_EVIDENCE: Record<string, unknown> = Object.freeze({});

/** An item that was not judged (its own read failed, or a key the criteria need has no value): never PASS. */
function errorVerdict(id: unknown, name: unknown, evidence: Record<string, unknown>, error: { code: string; message: string }): Verdict {
  return { ...verdictOf('ERROR', id, name, evidence, []), error };
}

/**
 * A verdict as one of two fixed shapes (with or without displayName, in this key order), built
 * without spreading: the loop makes one per item.
 */
function verdictOf(status: Verdict['status'], id: unknown, name: unknown, evidence: Record<string, unknown>, matches: Verdict['matches']): Verdict {
  if (name === undefined || name === null) return { status, resourceId: String(id), evidence, matches };
  return { status, resourceId: String(id), displayName: String(name), evidence, matches };
}

const isJsonPath = (value: string): boolean => value.startsWith('$');

/**
 * An evidence value's reader: a JSONPath's values, or the template rendered (none when it
 * renders empty); `first` takes the first value (undefined for none), `single` reads as
 * `single()` does. A plain path (nearly every resourceId) reads its one value with no array.
 */
function compileEvidence(value: string, pick: 'first' | 'single'): (item: Item, ctx: NodeContext) => unknown {
  if (isJsonPath(value)) {
    if (pick === 'single') return singleReader(value);
    const plain = plainJsonPath(value);
    if (plain) return plain;
    const read = compileJsonPath(value);
    return (item) => read(item)[0];
  }
  const render = compileItemValue(value);
  const none = pick === 'first' ? undefined : null;
  return (item, ctx) => {
    const text = render(item, ctx);
    // A lone {{field}} the item lacks renders as itself: no value, like a JSONPath finding none.
    if (text === undefined || text === null || text === '' || text === value) return none;
    return typeof text === 'string' ? text : JSON.stringify(text);
  };
}

/** A JSONPath read as `single()` shows it; a plain path finds at most one value, so no array is made. */
function singleReader(path: string): (item: unknown) => unknown {
  const plain = plainJsonPath(path);
  if (plain) return (item) => plain(item) ?? null;
  const read = compileJsonPath(path);
  return (item) => single(read(item));
}

/** One value as itself, several as an array, none as null: evidence reads naturally. */
function single(values: unknown[]): unknown {
  if (values.length === 0) return null;
  return values.length === 1 ? values[0] : values;
}
