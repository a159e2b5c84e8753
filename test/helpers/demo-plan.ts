import { join } from 'node:path';
import { actorOf, applyActions, type Runnable } from '../../src/engine/remediate.js';
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
export async function remediateDemo(controlId: string, live: InventoryProvider): Promise<{ runnable: Runnable[] }> {
  const catalog = await loadCatalog(['controls', 'flows'], { cwd: REPO });
  const controls = catalog.controls.filter((c) => c.control.id === controlId);
  const now = new Date('2026-11-01T00:00:00Z');
  const { outcome } = await runScan({
    controls,
    flows: catalog.flows,
    provider: openSnapshot(join(REPO, 'examples/demo-inventory')),
    overrides: {},
    now,
    environment: {},
    failOn: 'none',
    choice: { remediate: [controlId], approvedControls: [], approvedResources: [] },
  });
  await applyActions(outcome.runnable, live, actorOf(live), { run: 'test', audit: async () => undefined });
  return { runnable: outcome.runnable };
}
