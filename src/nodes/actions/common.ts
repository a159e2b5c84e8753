import { checkJsonPath, compileJsonPath } from '../../lib/json-path.js';
import { commonNodeProperties, nodeIdSchema, type NodeConfig } from '../../model/flow.js';
import type { Problem } from '../../model/problem.js';
import type { ApiCall, Item } from '../../providers/types.js';
import { checkKeyReads, UNKNOWN, type KeyRead } from '../../providers/shape.js';
import { checkTemplates, compileValue, placeholderSteps, templateReads } from './template.js';
import type { ActionData, NodeKind, PlannedAction, PlannedStep, Verdict } from '../types.js';
import { append } from '../../model/append.js';

/**
 * What aws.action, azure.action and gcp.action share: per failing item, a plan of one call
 * (the node's own keys) or of `steps`, each templated over the item. Nothing is called here:
 * the plan goes into the report and runs only under --remediate (src/engine/remediate.ts).
 */
export interface ActionStepConfig {
  id?: string;
  /** A read made first: when it finds an item, that is the step's output and the write is skipped. */
  reuse?: Record<string, unknown>;
  /** Run only when that earlier step created something. */
  onlyIfCreated?: string;
  [key: string]: unknown;
}

export interface ActionConfig extends NodeConfig {
  approval?: 'required' | 'none';
  /** JSONPath to the resource id, for items that did not come straight from an evaluate node. */
  resourceId?: string;
  steps?: ActionStepConfig[];
}

/** How one cloud's action writes a call: the keys of a step and how they become an ApiCall. */
export interface ActionCloud {
  via: 'aws' | 'azure' | 'gcp';
  /** ajv properties of one call (service/method/params, or method/path/body …). */
  callProperties: Record<string, object>;
  requiredCall: string[];
  /** Values of call keys a step leaves out, templated like the step's own (azure.action: `path: "{{id}}"`). */
  callDefaults?: Record<string, unknown>;
  /** The properties a `reuse` read takes; absent: this cloud's actions have no reuse. */
  reuseProperties?: Record<string, object>;
  /** A rendered step (templates resolved) as the provider's call. */
  toCall(step: Record<string, unknown>, defaults: Record<string, unknown>): ApiCall;
  /** A rendered reuse read as the provider's list call. */
  toRead?(reuse: Record<string, unknown>, step: Record<string, unknown>): ApiCall;
  /** Checks of one step beyond the schema (a read method used as a write …). */
  checkStep?(step: Record<string, unknown>): Problem[];
  /** Checks of one step against what a live run needs installed (`validate` only; see NodeKind.checkRuntime). */
  checkStepRuntime?(step: Record<string, unknown>): Problem[];
}

const STEP_KEYS = ['id', 'reuse', 'onlyIfCreated'];

export function actionKind(type: string, summary: string, cloud: ActionCloud): NodeKind<ActionConfig> {
  const step = {
    type: 'object',
    additionalProperties: false,
    required: cloud.requiredCall,
    properties: {
      id: nodeIdSchema,
      ...cloud.callProperties,
      ...(cloud.reuseProperties ? { reuse: { type: 'object', additionalProperties: false, properties: cloud.reuseProperties } } : {}),
      onlyIfCreated: { type: 'string' },
    },
  };
  return {
    type,
    summary,
    role: 'action',
    outputs: ['out'],
    inputs: 'one',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'type', 'input'],
      properties: {
        ...commonNodeProperties,
        ...cloud.callProperties,
        approval: { enum: ['required', 'none'] },
        resourceId: { type: 'string' },
        steps: { type: 'array', minItems: 1, maxItems: 10, items: step },
      },
    },
    check(config) {
      const problems: Problem[] = [];
      // One call written on the node, or a list of steps: not both.
      const ownCall = Object.keys(cloud.callProperties).filter((k) => config[k] !== undefined);
      if (config.steps && ownCall.length > 0) {
        return [{ path: [ownCall[0]!], code: 'bad-node', message: `write the call on the node or under steps:, not both (move ${ownCall.join(', ')} into a step)` }];
      }
      const missing = config.steps ? [] : cloud.requiredCall.filter((k) => config[k] === undefined);
      if (missing.length > 0) return [{ path: [], code: 'missing-key', message: `an action needs ${missing.join(' and ')} (or steps:, a list of calls)` }];
      const steps = stepsOf(config);
      const seen: string[] = [];
      steps.forEach((s, i) => {
        const at = config.steps ? ['steps', i] : [];
        const id = s.id ?? `step${i + 1}`;
        if (s.onlyIfCreated !== undefined && !(seen.includes(s.onlyIfCreated) && steps.find((t) => t.id === s.onlyIfCreated)?.reuse)) {
          problems.push({ path: [...at, 'onlyIfCreated'], code: 'unknown-step', message: `"${s.onlyIfCreated}" is not an earlier step with reuse: (earlier steps: ${seen.join(', ') || 'none'})` });
        }
        if (seen.includes(id)) problems.push({ path: [...at, 'id'], code: 'duplicate-id', message: `step id "${id}" is used twice` });
        seen.push(id);
        for (const [key, value] of Object.entries(s)) if (!['id', 'onlyIfCreated'].includes(key)) append(problems, checkTemplates(value, [...at, key]));
        append(problems, (cloud.checkStep?.(s) ?? []).map((p) => ({ ...p, path: [...at, ...p.path] })));
      });
      if (config.resourceId !== undefined) {
        const error = checkJsonPath(config.resourceId);
        if (error) problems.push({ path: ['resourceId'], code: 'bad-jsonpath', message: error });
      }
      return problems;
    },
    ...(cloud.checkStepRuntime
      ? {
          checkRuntime: (config: ActionConfig) =>
            stepsOf(config).flatMap((s, i) => cloud.checkStepRuntime!(s).map((p) => ({ ...p, path: [...(config.steps ? ['steps', i] : []), ...p.path] }))),
        }
      : {}),
    shape(config, [input = UNKNOWN]) {
      // Every step's values are templates over the failing item (data such as @steps is not the item's).
      const reads: KeyRead[] = stepsOf(config).flatMap((s, i) =>
        Object.entries(s).flatMap(([key, value]) => (['id', 'onlyIfCreated'].includes(key) ? [] : templateReads(value, [...(config.steps ? ['steps', i] : []), key]))),
      );
      if (config.resourceId !== undefined) reads.push({ at: ['resourceId'], path: config.resourceId });
      return { output: input, problems: checkKeyReads(input, reads) };
    },
    compile(config) {
      const readId = config.resourceId ? compileJsonPath(config.resourceId) : undefined;
      const steps = stepsOf(config).map((s, i) => compileStep(s, i, cloud));
      const name = config.name || undefined;
      const approval = config.approval === 'required' ? ('required' as const) : undefined;
      return async ([items = []], ctx) => {
        // Loops and one literal per item, no spreads or maps: an action is planned on every failing resource.
        const actions = new Array<PlannedAction>(items.length);
        for (let index = 0; index < items.length; index += 1) {
          const item = items[index]!;
          const verdict = ctx.verdictOf?.(item);
          const resourceId = readId ? readId(item)[0] : verdict?.resourceId;
          if (resourceId === undefined || resourceId === null || resourceId === '') {
            throw new Error(
              `item ${index} has no resource id: take input from an evaluate node's failed port (verdict.failed), through filters only, or set resourceId: (a JSONPath)`,
            );
          }
          const planned = new Array<PlannedStep>(steps.length);
          for (let i = 0; i < steps.length; i += 1) planned[i] = new ItemStep(steps[i]!, item, verdict, ctx.target.account, ctx.target.region);
          actions[index] = { node: config.id, name, resourceId: String(resourceId), approval, steps: planned };
        }
        return { ports: { out: items }, actions };
      };
    },
  };
}

/** The node's own call as one step, or its steps. */
function stepsOf(config: ActionConfig): ActionStepConfig[] {
  if (config.steps) return config.steps;
  const own = Object.fromEntries(Object.entries(config).filter(([k]) => !['id', 'type', 'name', 'description', 'input', 'approval', 'resourceId'].includes(k)));
  return [{ ...own, id: 'main' }];
}

function compileStep(config: ActionStepConfig, index: number, cloud: ActionCloud): CompiledStep {
  const id = config.id ?? `step${index + 1}`;
  const callConfig = { ...cloud.callDefaults, ...Object.fromEntries(Object.entries(config).filter(([k]) => !STEP_KEYS.includes(k))) };
  return {
    id,
    cloud,
    renderCall: compileValue(callConfig),
    renderReuse: config.reuse ? compileValue(config.reuse) : undefined,
    placeholders: placeholderSteps(config),
    onlyIfCreated: config.onlyIfCreated,
  };
}

interface CompiledStep {
  id: string;
  cloud: ActionCloud;
  renderCall: ReturnType<typeof compileValue>;
  renderReuse?: ReturnType<typeof compileValue>;
  placeholders: Record<string, Item>;
  onlyIfCreated?: string;
}

/**
 * One step planned on one failing item. Its methods live on the class, not in closures made
 * per item: a scan plans a step for every failing resource.
 */
class ItemStep implements PlannedStep {
  readonly id: string;
  readonly via: ActionCloud['via'];
  readonly onlyIfCreated?: string;
  readonly reuse?: PlannedStep['reuse'];

  constructor(
    private readonly compiled: CompiledStep,
    private readonly item: Item,
    private readonly verdict: Verdict | undefined,
    private readonly account: string,
    private readonly region: string,
  ) {
    this.id = compiled.id;
    this.via = compiled.cloud.via;
    // Both always set (undefined when absent): every step of a scan one object shape.
    this.onlyIfCreated = compiled.onlyIfCreated || undefined;
    this.reuse = compiled.renderReuse ? this.reuseCall : undefined;
  }

  call(d: ActionData, earlier?: Record<string, Item>) {
    return this.compiled.cloud.toCall(this.rendered(d, earlier), {});
  }

  shown(call: ReturnType<PlannedStep['call']>) {
    return call;
  }

  private reuseCall(d: ActionData, earlier?: Record<string, Item>) {
    return this.compiled.cloud.toRead!(this.compiled.renderReuse!(this.item, this.data(d, earlier)) as Record<string, unknown>, this.rendered(d, earlier));
  }

  private rendered(d: ActionData, earlier?: Record<string, Item>): Record<string, unknown> {
    return this.compiled.renderCall(this.item, this.data(d, earlier)) as Record<string, unknown>;
  }

  private data(d: ActionData, earlier?: Record<string, Item>) {
    const matches = this.verdict?.matches ?? [];
    const byCondition: Record<string, unknown> = {};
    let reason = '';
    for (let i = 0; i < matches.length; i += 1) {
      byCondition[matches[i]!.condition] = matches[i];
      reason += i === 0 ? matches[i]!.text : `; ${matches[i]!.text}`;
    }
    // The four fields of ActionData named, not spread: one of these is made per failing resource.
    return {
      control: d.control,
      title: d.title,
      severity: d.severity,
      time: d.time,
      resourceId: this.verdict?.resourceId,
      displayName: this.verdict?.displayName,
      reason: this.verdict ? reason : undefined,
      matches: byCondition,
      account: this.account,
      region: this.region,
      steps: earlier ?? this.compiled.placeholders,
    };
  }
}
