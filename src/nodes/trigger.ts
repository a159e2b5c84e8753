import { cronParser } from '../lib/cron.js';
import { checkJsonPaths } from '../lib/json-path.js';
import { checkPattern } from './events/pattern-check.js';
import type { EventPattern } from './events/pattern.js';
import { normalizeScope } from './events/scope.js';
import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import type { NodeKind } from './types.js';
import { append } from '../model/append.js';
import { schemaFor } from '../model/schema-type.js';

export const TRIGGER_MODES = ['manual', 'schedule', 'event', 'control'] as const;

/**
 * The first node of a flow. A flow-level `trigger:` block becomes this node with `on` taken
 * from its `type`. `manual` and `control` flows run with every scan; a `schedule` flow runs
 * when its cron falls due (`scan --due`); an `event` flow runs on a cloud event its pattern
 * matches (`handle-event`, `listen`), reading only the resources `scope` names (src/events/).
 */
export interface TriggerConfig extends NodeConfig {
  on: (typeof TRIGGER_MODES)[number];
  cron?: string;
  timezone?: string;
  event?: EventTrigger;
  control?: string;
}

export interface EventTrigger {
  /** Shorthands for `pattern: { source: [S], detail-type: [D] }`. */
  source?: string;
  detailType?: string;
  /** An EventBridge event pattern (src/nodes/events/pattern.ts). */
  pattern?: EventPattern;
  /** Resource node id -> JSONPath(s) into the event naming its resources, or `{ ids, param?, key? }`. */
  scope?: Record<string, string | string[] | { ids: string | string[]; param?: string; key?: string }>;
}

const JSONPATHS = { anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }] } as const;

export const trigger: NodeKind<TriggerConfig> = {
  type: 'trigger',
  summary: 'first node: manual, schedule (cron), cloud event, or tied to the compliance scan',
  role: 'trigger',
  outputs: ['out'],
  inputs: 'none',
  schema: schemaFor<TriggerConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'on'],
    properties: {
      ...commonNodeProperties,
      on: { enum: [...TRIGGER_MODES] },
      cron: { type: 'string', minLength: 1 },
      timezone: { type: 'string', minLength: 1 },
      event: {
        type: 'object',
        additionalProperties: false,
        properties: {
          source: { type: 'string', minLength: 1 },
          detailType: { type: 'string', minLength: 1 },
          pattern: { type: 'object' },
          scope: {
            type: 'object',
            additionalProperties: {
              anyOf: [
                JSONPATHS,
                {
                  type: 'object',
                  additionalProperties: false,
                  required: ['ids'],
                  properties: { ids: JSONPATHS, param: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*$' }, key: { type: 'string', minLength: 1 } },
                },
              ],
            },
          },
        },
      },
      control: { type: 'string' },
    },
  }),
  check(config) {
    const problems: Problem[] = [];
    if (config.on === 'schedule' && config.cron === undefined) {
      problems.push({ path: ['on'], code: 'missing-key', message: 'a schedule trigger needs "cron"' });
    }
    if (config.cron !== undefined) {
      if (config.on !== 'schedule') {
        problems.push({ path: ['cron'], code: 'bad-value', message: '"cron" belongs to a schedule trigger' });
      } else {
        try {
          cronParser().parse(config.cron, config.timezone ? { tz: config.timezone } : {});
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          problems.push({ path: ['cron'], code: 'bad-cron', message: `"${config.cron}" is not a valid cron expression: ${why}` });
        }
      }
    }
    if (config.on === 'event' && config.event?.pattern === undefined && config.event?.source === undefined) {
      problems.push({ path: config.event ? ['event'] : ['on'], code: 'missing-key', message: 'an event trigger needs "event" with a pattern (or a source)' });
    }
    if (config.event !== undefined && config.on !== 'event') {
      problems.push({ path: ['event'], code: 'bad-value', message: '"event" belongs to an event trigger' });
    }
    if (config.event) append(problems, checkEvent(config.event));
    return problems;
  },
  compile(config) {
    return async (_inputs, ctx) => ({
      ports: { out: [{ trigger: config.on, cron: config.cron ?? null, event: config.event ?? null, time: ctx.now.toISOString() }] },
    });
  },
};

/** The pattern (and its shorthands, given once) and the scope's JSONPaths. */
function checkEvent(event: EventTrigger): Problem[] {
  const problems: Problem[] = [];
  if (event.pattern !== undefined) {
    for (const p of checkPattern(event.pattern)) problems.push({ ...p, path: ['event', 'pattern', ...p.path] });
    for (const [short, field] of [['source', 'source'], ['detailType', 'detail-type']] as const) {
      if (event[short] !== undefined && field in event.pattern) {
        problems.push({ path: ['event', short], code: 'bad-value', message: `"${short}" is also given in the pattern (as ${field}): keep one` });
      }
    }
  }
  for (const [node, raw] of Object.entries(event.scope ?? {})) {
    const spec = normalizeScope(raw);
    const at = typeof raw === 'object' && !Array.isArray(raw) ? ['event', 'scope', node, 'ids'] : ['event', 'scope', node];
    append(problems, checkJsonPaths(spec.ids.map((path, i): [(string | number)[], string] => [Array.isArray(raw) || Array.isArray((raw as { ids?: unknown }).ids) ? [...at, i] : at, path])));
    if (spec.key !== undefined) append(problems, checkJsonPaths([[['event', 'scope', node, 'key'], spec.key]]));
  }
  return problems;
}
