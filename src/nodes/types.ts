import type { EventScope } from './events/scope.js';
import type { Match } from '../model/result.js';
import type { NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import type { KeyTally } from '../conditions/key-presence.js';
import type { Shape } from '../providers/shape.js';
import type { ApiCall, InventoryProvider, Item, Target } from '../providers/types.js';

/** What an evaluate node decides about one resource. */
export interface Verdict {
  /** ERROR: the item's own read failed (a per-item call), so it could not be judged. */
  status: 'PASS' | 'FAIL' | 'ERROR';
  resourceId: string;
  displayName?: string;
  evidence: Record<string, unknown>;
  /** The matched conditions behind a FAIL (empty for PASS). */
  matches: Match[];
  /** On ERROR: the cloud's code and message of the failed read. */
  error?: { code: string; message: string };
}

/** A file a node asks to be written (the report node), relative to the scan's output folder. */
export interface Artifact {
  name: string;
  content: string;
}

/** What an action's templates see besides the item (`{{@control}}`, `{{@time}}` …), known when the plan is made for a control. */
export interface ActionData {
  control: string;
  title: string;
  severity: string;
  /** The scan's time, ISO. */
  time: string;
}

/**
 * One call of an action, rendered when it is about to run (earlier steps' outputs known) or for
 * the plan (not yet known). Every step, http included, is made by the provider's act(), routed by `via`.
 */
export interface PlannedStep {
  id: string;
  via: 'aws' | 'azure' | 'gcp' | 'http';
  /** `earlier`: outputs of the steps before, by step id; absent when only planning. */
  call(data: ActionData, earlier?: Record<string, Item>): ApiCall;
  /** A read made first: an item found is the step's output and the write is not made (find-or-create). */
  reuse?(data: ActionData, earlier?: Record<string, Item>): ApiCall;
  /** Run only when this earlier step created something (its reuse found nothing). */
  onlyIfCreated?: string;
  /** The call as reports and the audit log show it: secrets as *****. */
  shown(call: ApiCall): ApiCall;
}

/** What an action node would do to one failing resource: nothing runs until the run remediates. */
export interface PlannedAction {
  node: string;
  name?: string;
  resourceId: string;
  approval?: 'required';
  steps: PlannedStep[];
}

export interface NodeOutput {
  /** Items per output port; `input: node` reads the kind's first port. */
  ports: Record<string, Item[]>;
  /** An evaluate node's verdicts: one per input item, in input order (action nodes find them by item). */
  verdicts?: Verdict[];
  /** An action node's plan. */
  actions?: PlannedAction[];
  artifacts?: Artifact[];
  /** What history should show beyond counts and outputs (a loop's iterations). */
  detail?: Record<string, unknown>;
  /** An evaluate node's condition keys: on how many items each was found, or absent (the scan's keys-no-item-had check). */
  keys?: KeyTally[];
}

/** What a running node may touch: never an SDK, never process or the file system. */
export interface NodeContext {
  target: Target;
  provider: InventoryProvider;
  flowId: string;
  nodeId: string;
  /** Scan time, so every node of a run agrees on "now" (date conditions). */
  now: Date;
  /** History keeps node outputs (--history, --till): a loop passes this on to its body. */
  keepOutputs?: boolean;
  /** The evaluate verdict of an item this run, so an action knows which resource it acts on. */
  verdictOf?(item: Item): Verdict | undefined;
  /** False when no one reads a PASS verdict's evidence (a scan at `--evidence findings`): it is not gathered. Default true. */
  passEvidence?: boolean;
  /**
   * Whether an evaluate node counts on how many items each condition key was found (the scan's
   * check of keys no item had); the scan asks only where no schema checked the keys. Default true.
   */
  tallyKeys?: boolean;
  /** Run by a cloud event (handle-event, listen): the resources it names, per flow and node (src/nodes/events/scope.ts). */
  eventScope?: EventScope;
}

/**
 * One run of a loop's body on the given items: the output of a body node (`node` or
 * `node.port`; default the last node), files written, node records for history. Throws when a
 * body node fails.
 */
export type RunBody = (
  items: Item[],
  ctx: NodeContext,
  iteration: number,
) => Promise<{ output(ref?: string): Item[]; artifacts: Artifact[]; detail: unknown }>;

export interface CompileEnv {
  now: Date;
  /** Given by the engine to a kind with a body (loop). */
  runBody?: RunBody;
  /** The process environment, for `${env:NAME}` (the http node's credentials); injected, so nodes never read process. */
  environment: Readonly<Record<string, string | undefined>>;
}

/** A node cannot run as configured here (an unset environment variable): bad input, exit 2, before anything runs. */
export class NodeConfigError extends Error {
  override name = 'NodeConfigError';
}

/** Runs a compiled node on one target. `inputs` follows the order of the node's `input` list. */
export type RunNode = (inputs: Item[][], ctx: NodeContext) => Promise<NodeOutput>;

/** What `validate`'s shape check knows of cloud calls (loaded before the walk, src/flow/check-shapes.ts). */
export interface ShapeEnv {
  /** The output shape of an AWS call, undefined when its schema is not known (no client installed …). */
  awsOutput(service: string, method: string): Shape | undefined;
}

/** A node's part of the shape check: its output items' shape, and what it reads that its inputs cannot have. */
export interface ShapeStep {
  output: Shape;
  problems: Problem[];
}

/**
 * What a node is in a flow, asked instead of its type name: `trigger` starts the flow, `source`
 * reads items (a cloud, an API), `transform` reshapes or passes them on, `verdict` judges each
 * item PASS/FAIL (evaluate), `action` plans a change to a failing resource.
 */
export type NodeRole = 'trigger' | 'source' | 'transform' | 'verdict' | 'action';

export interface NodeKind<C extends NodeConfig = NodeConfig> {
  type: string;
  aliases?: readonly string[];
  summary: string;
  role: NodeRole;
  /** ajv schema of the node's config, including the common keys (see commonNodeProperties). */
  schema: object;
  /** Output ports; the first is the default. */
  outputs: readonly string[];
  /** none: a source; optional: may follow another node for ordering; one; many (a joiner). */
  inputs: 'none' | 'optional' | 'one' | 'many';
  /** The config as history shows it, with secrets as ***** (an auth block as the string itself); default: as written. */
  redact?(config: C): NodeConfig;
  /** Keys (paths inside the node) an exported flow leaves out: credentials to configure again after import. */
  credentialPaths?(config: C): (string | number)[][];
  /** A kind that holds a sub-flow (loop): the config key of its nodes, checked and compiled by the engine like a flow's, the node itself as their source. */
  bodyKey?: string;
  /** The roles a body's nodes may not have, each with why (a loop repeats no trigger, verdict or action). */
  bodyRefuses?: Partial<Record<NodeRole, string>>;
  /** True when this node, as configured, runs user code: the sandbox is loaded first. */
  needsSandbox?(config: C): boolean;
  /** Checks beyond the schema (expressions, cron, JSONPath); paths are inside the node. */
  check?(config: C): Problem[];
  /**
   * Checks of what the node needs to run against the live cloud and a snapshot does not (an SDK
   * client package installed, its method there): run by `validate`, so a snapshot scans without them.
   */
  checkRuntime?(config: C): Problem[];
  /**
   * What a resource node reads: `account` (account-level data, e.g. IAM: the flow runs once per
   * account) or `region` (the flow runs per region); none when it does not decide (src/engine/flow-targets.ts).
   */
  scope?(config: C): 'account' | 'region' | undefined;
  /**
   * `validate`: the shape of the node's output items from its inputs' shapes (in `input` order;
   * providers/shape.ts), with every key it reads that they cannot have (paths inside the node).
   * A kind without it outputs an unknown shape, which stops the check downstream.
   */
  shape?(config: C, inputs: Shape[], env: ShapeEnv): ShapeStep;
  /**
   * Compile once per flow and scan (variables already substituted; JSONPaths parsed here, not
   * per item); assumes schema and check passed. `now` is the scan's clock.
   */
  compile(config: C, env: CompileEnv): RunNode;
}
