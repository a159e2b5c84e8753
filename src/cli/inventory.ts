import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { openSnapshot } from '../providers/snapshot/index.js';
import type { InventoryProvider } from '../providers/types.js';
import { UsageError } from './selection.js';

/** The inventory a scan reads. Live cloud providers are not built yet: only snapshots. */
export async function openInventory(inventory: string | undefined, cwd: string): Promise<InventoryProvider> {
  if (inventory === undefined) {
    throw new UsageError(
      'no --inventory given: live AWS, Azure and GCP reading is not available in this version; ' +
        'scan a snapshot folder instead, e.g. --inventory examples/demo-inventory',
    );
  }
  const root = resolve(cwd, inventory);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new UsageError(`--inventory ${inventory}: no such folder`);
  }
  return openSnapshot(root, inventory);
}
