import type { ScanReport, Result, ReportHead } from '../model/result.js';
import { runPipeline, type PipelineInput, type PipelineOutcome } from './pipeline.js';
import type { FlowExecution } from './run-flow.js';

export type { Shard } from './targets.js';
export { targetKey } from './targets.js';
export { sortedKeys } from './pipeline.js';

/**
 * A scan held whole in memory: for what is small by nature (a control's unit tests, a
 * snapshot recording, tests). Scans that write reports stream through runPipeline instead.
 */
export async function runScan(input: Omit<PipelineInput, 'outputs'> & { outputs?: PipelineInput['outputs'] }): Promise<{ report: ScanReport; outcome: PipelineOutcome; executions: FlowExecution[] }> {
  const results: Result[] = [];
  const executions: FlowExecution[] = [];
  let head: ReportHead | undefined;
  const outcome = await runPipeline({
    ...input,
    outputs: [
      {
        begin: (h) => void (head = h),
        results: (batch) => {
          for (const r of batch) results.push(r);
        },
        end: () => undefined,
      },
      ...(input.outputs ?? []),
    ],
    onExecution: async (e, h) => {
      executions.push(e);
      await input.onExecution?.(e, h);
    },
  });
  const { controls: _controls, ...fields } = head!;
  return { report: { ...fields, ...outcome.summary, results }, outcome, executions };
}
