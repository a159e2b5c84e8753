import type { FlowExecution } from '../engine/run-flow.js';
import type { ReportHead } from '../model/result.js';
import type { OutputRoot } from './files.js';
import { redactedJson } from '../lib/redact.js';
import { targetSegments } from '../lib/safe-path.js';

/**
 * What an execution leaves besides results: its report-node files under --out, and with
 * --history its record (nodes, timings, counts, config and outputs, secrets masked), one JSON file
 * per flow run, named by flow, target and execution (account and region as safe path
 * segments: a cloud id in its own format as it is, anything else percent-encoded). Planned
 * actions are in the reports, with their calls resolved per control.
 */
export async function keepExecution(execution: FlowExecution, head: ReportHead, out: OutputRoot, history: OutputRoot | undefined): Promise<void> {
  for (const artifact of execution.artifacts) await out.writeFile(artifact.name, artifact.content);
  if (!history) return;
  const folder = head.startedAt.replace(/[:.]/g, '-');
  const { account, region } = targetSegments(execution.target);
  const name = `${execution.flowId}--${execution.target.provider}-${account}-${region}--${execution.executionId}.json`;
  const { artifacts: _artifacts, actions: _actions, ...record } = execution;
  await history.writeFile(`${folder}/${name}`, `${redactedJson(record, 2)}\n`);
}
