import { join } from 'node:path';
import { applyActions, planActions, type Plan } from '../../src/engine/remediate.js';
import { runScan } from '../../src/engine/scan.js';
import { loadCatalog } from '../../src/load/catalog.js';
import { openSnapshot } from '../../src/providers/snapshot/index.js';
import type { InventoryProvider } from '../../src/providers/types.js';
import { REPO } from './cli.js';

/**
 * The bundled flow of one control run on the demo inventory through the engine, its plan made
 * as for `--remediate CONTROL`, then applied through a live provider's act(): the calls the
 * bundled remediation makes, with nothing else in between.
 */
export async function remediateDemo(controlId: string, live: InventoryProvider): Promise<Plan> {
  const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
  const controls = catalog.controls.filter((c) => c.control.id === controlId);
  const now = new Date('2026-11-01T00:00:00Z');
  const outcome = await runScan({ controls, flows: catalog.flows, provider: openSnapshot(join(REPO, 'examples/demo-inventory')), overrides: {}, now, environment: {}, failOn: 'none' });
  const plan = planActions(outcome.report, outcome.executions, { remediate: [controlId], approvedControls: [], approvedResources: [] }, now);
  await applyActions(plan.runnable, live, { run: 'test', audit: async () => undefined });
  return plan;
}
