import { resolve } from 'node:path';
import { EXIT, type ExitCode } from '../exit-codes.js';
import { openInventory, type InventoryArgs } from '../inventory.js';
import type { Io } from '../io.js';
import { remediationChoice, type RemediationArgs } from '../remediation.js';
import { loadReportInputs, type ReportInputs } from '../report-inputs.js';
import { parseVarFlags, selectControls, UsageError } from '../selection.js';
import type { RemediationChoice } from '../../engine/remediate.js';
import { targetKey } from '../../engine/scan.js';
import type { LoadedControl, LoadedFlow } from '../../load/catalog.js';
import { formatDiagnostic } from '../../load/diagnostics.js';
import type { Cloud } from '../../model/control.js';
import type { ReportSummary } from '../../model/result.js';
import type { Severity } from '../../model/severity.js';
import { outputProblem } from '../../output/writable.js';
import type { InventoryProvider } from '../../providers/types.js';
import type { CloudEvent } from '../../model/event.js';
import { matchesPattern } from '../../nodes/events/pattern.js';
import { runControls } from './run.js';
import type { SigningKey } from '../../evidence/sign.js';
import { signingKeyOf } from '../sign-key.js';
import { scopeOfEvent, type ScopedRead } from '../../nodes/events/scope.js';
import { eventPatternOf, eventTargets, triggerOf } from '../../events/triggers.js';
import { loadCheckedCatalog } from '../content.js';
import { declaresVariable } from '../../flow/variables.js';

/** The flags every event command takes (handle-event, listen, the Lambda handler). */
export interface EventArgs extends InventoryArgs, Omit<RemediationArgs, 'out' | 'cwd'> {
  controls: string[];
  flows: string[];
  only: string[];
  severity?: Severity;
  failOn: Severity | 'none';
  format: string[];
  out: string;
  var: string[];
  exceptions?: string;
  cwd: string;
}

/** Everything checked once, before the first event: content, flags, remediation guards. */
export interface EventHandling {
  flows: Map<string, LoadedFlow>;
  /** The selected controls whose flows have an event trigger. */
  controls: LoadedControl[];
  overrides: Record<string, string>;
  choice: RemediationChoice;
  inputs: ReportInputs;
  args: EventArgs;
  /** The inventory for an event: a snapshot, or the live clouds in the event's region. */
  open(event: CloudEvent, clouds: Cloud[]): Promise<InventoryProvider>;
  /** $CTRLFLOW_SIGN_KEY: each run's evidence manifest is signed with it. */
  signingKey?: SigningKey;
}

/** Loads and checks what every event will need; a mistake is exit 2 before any event runs. */
export async function prepareHandling(args: EventArgs, io: Io): Promise<EventHandling | ExitCode> {
  const unwritable = await outputProblem(args.cwd, { folders: { '--out': args.out }, files: { '--audit-log': args.auditLog } });
  if (unwritable) throw new UsageError(unwritable);
  const catalog = await loadCheckedCatalog([...args.controls, ...args.flows], args.cwd, io, 'no event was handled');
  if (!catalog) return EXIT.BAD_INPUT;
  const inputs = { ...(await loadReportInputs({ exceptions: args.exceptions, cwd: args.cwd })), provenance: catalog.provenance };
  const { choice, diagnostics } = await remediationChoice({ ...args, out: args.out, cwd: args.cwd }, io, process.env);
  if (inputs.diagnostics.length + diagnostics.length > 0) {
    for (const d of [...inputs.diagnostics, ...diagnostics]) io.err(formatDiagnostic(d));
    return EXIT.BAD_INPUT;
  }
  const controls = selectControls(catalog, args.only, args.severity).filter((c) => triggerOf(catalog.flows.get(c.flowId)!).on === 'event');
  if (controls.length === 0) io.out('No selected control has an event-triggered flow: no event will run anything (see: ctrlflow list flows).');
  const overrides = parseVarFlags(args.var);
  for (const name of Object.keys(overrides)) {
    if (!controls.some((c) => declaresVariable(catalog.flows.get(c.flowId)!.flow.variables, name))) {
      throw new UsageError(`--var ${name}: no selected event flow declares a variable "${name}"`);
    }
  }
  const providers = new Map<string, Promise<InventoryProvider>>();
  const open = (event: CloudEvent, clouds: Cloud[]): Promise<InventoryProvider> => {
    // Live: the event's region unless --region names others; one provider per region set, reused.
    const region = args.region?.length ? args.region : [event.region];
    const key = args.inventory !== undefined ? 'snapshot' : `${region.join(',')}\u0000${[...clouds].sort().join(',')}`;
    let provider = providers.get(key);
    if (!provider) {
      provider = openInventory({ ...args, region }, clouds, args.cwd);
      providers.set(key, provider);
      provider.catch(() => providers.delete(key));
    }
    return provider;
  };
  // A bad key is exit 2 now, not at the first event.
  const signingKey = await signingKeyOf({ cwd: args.cwd });
  return { flows: catalog.flows, controls, overrides, choice, inputs, args, open, ...(signingKey ? { signingKey } : {}) };
}

export interface EventOutcome {
  event: CloudEvent;
  /** The controls whose flows the event triggered. */
  controls: string[];
  code: ExitCode;
  /** The run's summary (totals, remediation, frameworks), when something ran. */
  report?: ReportSummary;
  /** Leave it for redelivery: a target could not be read, or remediation was interrupted. */
  retry: boolean;
  /** One line: what matched, what came of it. */
  summary: string;
}

/** Runs every selected event flow whose pattern matches, on the event's account and region, reading only what its scope names. */
export async function handleEvent(event: CloudEvent, handling: EventHandling, out: string, io: Io, now: Date): Promise<EventOutcome> {
  const label = describeEvent(event);
  const matched = handling.controls.filter((c) => {
    const trigger = triggerOf(handling.flows.get(c.flowId)!);
    return trigger.event !== undefined && matchesPattern(eventPatternOf(trigger.event), event);
  });
  if (matched.length === 0) {
    io.out(`Event ${label} matches no event flow: nothing ran.`);
    return { event, controls: [], code: EXIT.OK, retry: false, summary: 'no flow matched' };
  }
  const flowIds = [...new Set(matched.map((c) => c.flowId))].sort();
  const scope = new Map(flowIds.map((id) => [id, scopeOfEvent(triggerOf(handling.flows.get(id)!).event?.scope ?? {}, event)]));
  const clouds = [...new Set(matched.map((c) => c.control.provider))].sort();
  const provider = await handling.open(event, clouds);
  const targets = await eventTargets(provider, clouds, event);
  const ids = matched.map((c) => c.control.id);
  io.out(`Event ${label}: ${flowIds.length} flow(s) (${flowIds.join(', ')}), control(s) ${ids.join(', ')}; reads ${scopeText(scope)}`);
  if (targets.size === 0) {
    const seen = (await Promise.all(clouds.map((c) => provider.targets(c)))).flat().map(targetKey);
    io.err(`error target: the event is from ${event.account}/${event.region}, which the inventory does not reach (${seen.join(', ') || 'no targets'}): nothing ran`);
    return { event, controls: ids, code: EXIT.UNREADABLE, retry: true, summary: `account ${event.account}/${event.region} not reachable` };
  }
  const { args } = handling;
  const { code, summary: report } = await runControls({
    controls: matched,
    flows: handling.flows,
    provider,
    targets,
    eventScope: scope,
    overrides: handling.overrides,
    failOn: args.failOn,
    format: args.format,
    out,
    choice: handling.choice,
    remediation: { ...args, out, auditLog: resolve(args.cwd, args.auditLog ?? resolve(args.cwd, args.out, 'ctrlflow-audit.jsonl')), cwd: args.cwd },
    inputs: handling.inputs,
    controlsPath: resolve(args.cwd, args.controls[0] ?? '.'),
    inventory: args.inventory,
    signingKey: handling.signingKey,
    environment: process.env,
    now,
    cwd: args.cwd,
    io,
  });
  const { FAIL, PASS, ERROR } = report.totals;
  const done = report.remediation ? `; remediation ${report.remediation.applied} applied, ${report.remediation.failed} failed, ${report.remediation.interrupted} interrupted` : '';
  return {
    event,
    controls: ids,
    code,
    report,
    retry: code === EXIT.UNREADABLE || (report.remediation?.interrupted ?? 0) > 0,
    summary: `${ids.join(', ')}: ${FAIL} FAIL, ${PASS} PASS, ${ERROR} ERROR${done}`,
  };
}

/** `7bf73129-… aws.ec2 "AWS API Call via CloudTrail" RunInstances in 111111111111/us-east-1`. */
export function describeEvent(event: CloudEvent): string {
  const name = typeof event.detail?.eventName === 'string' ? ` ${event.detail.eventName}` : '';
  return `${event.id} (${event.source} "${event['detail-type']}"${name} in ${event.account}/${event.region})`;
}

function scopeText(scope: Map<string, Map<string, ScopedRead>>): string {
  const parts = [...scope].flatMap(([flow, nodes]) => [...nodes].map(([node, read]) => `${flow}.${node}: ${read.ids.join(', ') || '(none named)'}`));
  return parts.length > 0 ? parts.join('; ') : 'the whole target (no scope)';
}

/** When several apply: 2, then 3, then 1, then 0 (DESIGN.md). */
export function worstCode(codes: ExitCode[]): ExitCode {
  return ([EXIT.BAD_INPUT, EXIT.UNREADABLE, EXIT.FAILED] as ExitCode[]).find((c) => codes.includes(c)) ?? EXIT.OK;
}

/** An event id as a folder name. */
export function folderOf(id: string): string {
  return id.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 120) || 'event';
}
