import { hash } from 'node:crypto';
/**
 * What an action node would do, or did, to one failing resource: reports show it on the
 * result, the audit log records each call. Params are as sent, with secrets as *****.
 */
export interface ActionCall {
  /** Step id inside the action (a node with one call has the step `main`). */
  step: string;
  /** aws | azure | gcp | http. */
  via: string;
  service: string;
  method: string;
  params: Record<string, unknown>;
}

/**
 * planned: would run with --remediate. awaiting-approval: needs --approve. not-selected: the
 * run remediates other controls. over-limit: --max-actions refused the run. applied: every
 * call succeeded. no-op: nothing needed changing. failed: a call failed (the rest of this
 * action was not attempted; other actions went on). interrupted: the run stopped first.
 */
export const ACTION_STATUSES = ['planned', 'awaiting-approval', 'not-selected', 'over-limit', 'applied', 'no-op', 'failed', 'interrupted'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionRecord {
  /** The action node's id in the flow. */
  node: string;
  name?: string;
  status: ActionStatus;
  approval?: 'required';
  calls: ActionCall[];
  error?: { code: string; message: string };
  /** After --remediate: the control evaluated again on this resource. */
  outcome?: 'fixed' | 'still-failing';
}

export const actionRecordSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['node', 'status', 'calls'],
  properties: {
    node: { type: 'string' },
    name: { type: 'string' },
    status: { enum: [...ACTION_STATUSES] },
    approval: { const: 'required' },
    calls: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['step', 'via', 'service', 'method', 'params'],
        properties: { step: { type: 'string' }, via: { type: 'string' }, service: { type: 'string' }, method: { type: 'string' }, params: { type: 'object' } },
      },
    },
    error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
    outcome: { enum: ['fixed', 'still-failing'] },
  },
} as const;

/** The calls of an action as people name them: `RDS ModifyDBInstance`, several joined by →. */
export function callsText(record: ActionRecord): string {
  return record.calls.map((c) => `${c.service} ${c.method}`).join(' → ') || `node ${record.node}`;
}

/** Each status as a person reads it. */
export const ACTION_STATUS_TEXT: Record<ActionStatus, string> = {
  planned: 'planned',
  'awaiting-approval': 'awaiting approval',
  'not-selected': 'not selected',
  'over-limit': 'over limit',
  applied: 'applied',
  'no-op': 'no-op',
  failed: 'failed',
  interrupted: 'interrupted',
};

function notes(record: ActionRecord): string {
  const parts = [record.error && `${record.error.code}: ${record.error.message}`, record.outcome?.replace('-', ' ')].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** The status, the error and the re-evaluation, e.g. `failed (AccessDenied: …)` or `applied (fixed)`. */
export function actionStatusText(record: ActionRecord): string {
  return `${ACTION_STATUS_TEXT[record.status]}${notes(record)}`;
}

/** One line per action for CSV cells and tables: `planned: RDS ModifyDBInstance`, `applied: … (fixed)`. */
export function actionText(record: ActionRecord): string {
  return `${ACTION_STATUS_TEXT[record.status]}: ${callsText(record)}${notes(record)}`;
}

/**
 * One distinct call on one resource: controls that share a flow plan the same action on the
 * same resource, and --remediate makes it once. THE count of actions: the plan line of every
 * report and --max-actions both count these keys.
 */
export function actionKey(place: { provider: string; account: string; region: string }, resourceId: string, record: Pick<ActionRecord, 'node' | 'calls'>): string {
  return JSON.stringify([place.provider, place.account, place.region, record.node, resourceId, record.calls.map((c) => [c.step, c.service, c.method, c.params])]);
}

/**
 * Without --remediate: the actions still to run (planned or awaiting approval), counted as
 * distinct calls (actionKey: one call planned by three controls is one action, as
 * --max-actions counts it), and the FAIL results they would fix.
 */
export interface PendingActions {
  actions: number;
  results: number;
  awaitingApproval: number;
}

/** What a pending-action count reads of a result. */
type Placed = { provider: string; account: string; region: string; resourceId?: string; actions?: ActionRecord[] };

/** One distinct call of a place: its node and resource, its calls, and whether it awaits approval. */
interface Seen {
  resourceId: string;
  record: Pick<ActionRecord, 'node' | 'calls'>;
  waiting: boolean;
  /** Its actionKey, made the first time another call of its node and resource comes. */
  key?: string;
}

/**
 * The counts as they stream by. Given the results place by place (`inOrder`: a scan's
 * pipeline, which hands on each target's results together), a call is told apart from the
 * others of its place only: by node and resource first, and by its whole actionKey only when
 * two share those (controls sharing a flow, flows whose action nodes share an id); a place's
 * calls are let go when the next begins.
 * In any other order (a merge of shards), each call is kept as a 128-bit digest of its
 * actionKey, as a key is a few hundred characters and a million-resource merge has 500k.
 */
export class PendingTally implements PendingActions {
  actions = 0;
  results = 0;
  awaitingApproval = 0;
  private place: Placed | undefined;
  /** This place's calls by node, then by resource: maps rather than a joined key, as this runs for every FAIL of a scan. */
  private readonly here = new Map<string, Map<string, Seen[]>>();
  private readonly seen = new Set<string>();
  private readonly waiting = new Set<string>();

  constructor(private readonly inOrder: boolean) {}

  /** Adds one result's pending actions. */
  count(result: Placed): void {
    if (!result.actions) return;
    let any = false;
    for (const a of result.actions) {
      if (a.status !== 'planned' && a.status !== 'awaiting-approval') continue;
      any = true;
      if (this.inOrder) this.byPlace(result, a);
      else this.byDigest(result, a);
    }
    if (any) this.results += 1;
  }

  private byPlace(result: Placed, a: ActionRecord): void {
    const place = this.place;
    if (place === undefined || place.provider !== result.provider || place.account !== result.account || place.region !== result.region) {
      this.place = result;
      this.here.clear();
    }
    const resourceId = result.resourceId ?? '';
    let near = this.here.get(a.node);
    if (!near) this.here.set(a.node, (near = new Map()));
    let list = near.get(resourceId);
    let seen: Seen | undefined;
    let key: string | undefined;
    if (list) {
      // Another call of this node on this resource (controls sharing a flow, or flows naming a node alike): the same call only when the whole key is.
      key = actionKey(result, resourceId, a);
      seen = list.find((s) => (s.key ??= actionKey(result, s.resourceId, s.record)) === key);
    }
    if (!seen) {
      seen = { resourceId, record: a, waiting: false, key };
      if (list) list.push(seen);
      else near.set(resourceId, (list = [seen]));
      this.actions += 1;
    }
    if (a.status === 'awaiting-approval' && !seen.waiting) {
      seen.waiting = true;
      this.awaitingApproval += 1;
    }
  }

  private byDigest(result: Placed, a: ActionRecord): void {
    const key = hash('sha256', actionKey(result, result.resourceId ?? '', a), 'base64').slice(0, 22);
    if (!this.seen.has(key)) {
      this.seen.add(key);
      this.actions += 1;
    }
    if (a.status === 'awaiting-approval' && !this.waiting.has(key)) {
      this.waiting.add(key);
      this.awaitingApproval += 1;
    }
  }
}

export function pendingActions(results: readonly Placed[]): PendingActions {
  const tally = new PendingTally(false);
  for (const r of results) tally.count(r);
  return { actions: tally.actions, results: tally.results, awaitingApproval: tally.awaitingApproval };
}

/** The plan a summary states (counted once, by the run that wrote it); none when it states none. */
export function planOf(summary: { plan?: PendingActions }): PendingActions {
  return summary.plan ?? { actions: 0, results: 0, awaitingApproval: 0 };
}

/** The summary's `plan` section: present when some action is still to run. */
export function planSection(tally: PendingActions): { plan?: PendingActions } {
  return tally.actions > 0 ? { plan: { actions: tally.actions, results: tally.results, awaitingApproval: tally.awaitingApproval } } : {};
}
