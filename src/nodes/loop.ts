import { checkCriteria, compileCriteria, criteriaNeedSandbox, criteriaSchema, type Criteria } from '../conditions/criteria.js';
import { commonNodeProperties, nodeIdSchema, type NodeConfig } from '../model/flow.js';
import { under, type Problem } from '../model/problem.js';
import type { Item } from '../providers/types.js';
import type { Artifact, NodeKind } from './types.js';
import { append } from '../model/append.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * Repeats a sub-flow (QFlow "Loop"): the nodes under `nodes:` run at least once and at most
 * `times` times (1–10), and stop early when `until` holds over an iteration's output. The body
 * reads the loop's items by naming the loop as its input; iteration n+1 gets iteration n's
 * output (`feed: output`) or the loop's input again (`feed: input`, for polling).
 */
export interface LoopConfig extends NodeConfig {
  /** The body's nodes: here only their frame (id, type); the flow check checks each against its kind. */
  nodes: ({ id: string; type: string } & Record<string, unknown>)[];
  /** The body node (optionally `node.port`) whose output is an iteration's result; default: the last node. */
  output?: string;
  times?: number;
  until?: Criteria & { when?: 'all' | 'any' };
  feed?: 'output' | 'input';
}

export const MAX_ITERATIONS = 10;
export const loop: NodeKind<LoopConfig> = {
  type: 'loop',
  summary: 'repeat the nodes under nodes: 1–10 times or until an exit condition holds (runs at least once)',
  role: 'transform',
  outputs: ['out', 'all'],
  inputs: 'optional',
  bodyKey: 'nodes',
  // Kinds that make no sense repeated: the flow check, which knows each body node's kind, asks their role.
  bodyRefuses: {
    trigger: 'the flow has one trigger',
    verdict: "evaluate the loop's output after the loop instead",
    action: 'an action acts on the failed port of an evaluate node, after the loop',
  },
  needsSandbox: (config) => (config.until ? criteriaNeedSandbox(config.until) : false),
  schema: schemaFor<LoopConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'nodes'],
    properties: {
      ...commonNodeProperties,
      nodes: {
        type: 'array',
        minItems: 1,
        items: { type: 'object', required: ['id', 'type'], properties: { id: nodeIdSchema, type: { type: 'string' } } },
      },
      output: { type: 'string', minLength: 1 },
      times: { type: 'integer', minimum: 1, maximum: MAX_ITERATIONS },
      until: {
        ...criteriaSchema,
        properties: { ...criteriaSchema.properties, when: { enum: ['all', 'any'] } },
      },
      feed: { enum: ['output', 'input'] },
    },
  }),
  check(config) {
    const problems: Problem[] = [];
    if (config.times === undefined && config.until === undefined) {
      problems.push({ path: [], code: 'missing-key', message: 'a loop needs times (1–10 runs) or until (an exit condition over an iteration\'s output), or both' });
    }
    const outputNode = config.output?.split('.')[0];
    if (outputNode !== undefined && !config.nodes.some((n) => n.id === outputNode)) {
      problems.push({ path: ['output'], code: 'unknown-input', message: `"${config.output}" names no node of this loop (nodes: ${config.nodes.map((n) => n.id).join(', ')})` });
    }
    if (config.until) {
      const { when: _when, ...criteria } = config.until;
      append(problems, under(['until'], checkCriteria(criteria)));
    }
    return problems;
  },
  compile(config, env) {
    const runBody = env.runBody;
    if (!runBody) throw new Error('the engine gives a loop node its body: compile it through compileFlow');
    const exit = config.until ? compileExit(config.until, env) : undefined;
    const times = config.times ?? MAX_ITERATIONS;
    return async ([input = []], ctx) => {
      let items = input;
      let last: Item[] = [];
      const all: Item[] = [];
      const artifacts: Artifact[] = [];
      const runs: unknown[] = [];
      let exitedBy: 'until' | 'times' = 'times';
      // At least once, whatever `until` would say of the input.
      for (let n = 1; n <= times; n++) {
        const run = await runBody(items, ctx, n);
        last = run.output(config.output);
        runs.push({ iteration: n, outputCount: last.length, nodes: run.detail });
        append(all, last);
        append(artifacts, run.artifacts);
        if (exit?.(last)) {
          exitedBy = 'until';
          break;
        }
        items = config.feed === 'input' ? input : last;
      }
      return { ports: { out: last, all }, artifacts, detail: { iterations: runs.length, exitedBy, runs } };
    };
  },
};

/** `when: all` (default): every item of the iteration's output matches, so an empty output ends the loop too; `any`: at least one does. */
function compileExit(until: NonNullable<LoopConfig['until']>, env: { now: Date }): (items: Item[]) => boolean {
  const { when = 'all', ...criteria } = until;
  const test = compileCriteria(criteria, env);
  return when === 'all' ? (items) => items.every((i) => test(i).matched) : (items) => items.some((i) => test(i).matched);
}
