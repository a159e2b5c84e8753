import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Cloud } from '../model/control.js';
import { byCloud } from '../providers/by-cloud.js';
import { openSnapshot } from '../providers/snapshot/index.js';
import type { SnapshotRecorder } from '../providers/snapshot/write.js';
import type { InventoryProvider } from '../providers/types.js';
import { UsageError } from './selection.js';

/** Where a scan reads: a snapshot folder, or the live clouds with their scope flags. */
export interface InventoryArgs {
  inventory?: string;
  azureSubscription?: string[];
  azureManagementGroup?: string;
  gcpProject?: string[];
  gcpFolder?: string[];
  gcpOrganization?: string[];
  region?: string[];
  awsProfile?: string[];
  awsRoleArn?: string[];
  awsExternalId?: string;
  awsSessionName?: string;
  awsEndpointUrl?: string;
  concurrency?: number;
}

/**
 * The inventory a scan reads: `--inventory DIR` is a snapshot; without it, each cloud the
 * selected controls need is read live with its SDK's default credentials.
 */
export async function openInventory(args: InventoryArgs, clouds: Cloud[], cwd: string, recorder?: SnapshotRecorder): Promise<InventoryProvider> {
  if (args.inventory !== undefined) {
    const root = resolve(cwd, args.inventory);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`--inventory ${args.inventory}: no such folder`);
    return openSnapshot(root, args.inventory);
  }
  // The cloud SDKs are loaded only for a live scan of their cloud: a snapshot scan starts fast.
  const [{ openAws }, { openAzure }, { openGcp }] = await Promise.all([
    clouds.includes('aws') ? import('../providers/aws/live.js') : { openAws: undefined },
    clouds.includes('azure') ? import('../providers/azure/resource-graph.js') : { openAzure: undefined },
    clouds.includes('gcp') ? import('../providers/gcp/cloud-asset.js') : { openGcp: undefined },
  ]);
  return byCloud({
    ...(openAws
      ? {
          aws: openAws({
            regions: args.region,
            profiles: args.awsProfile,
            roleArns: args.awsRoleArn,
            externalId: args.awsExternalId,
            sessionName: args.awsSessionName,
            endpoint: args.awsEndpointUrl ?? process.env.AWS_ENDPOINT_URL,
            concurrency: args.concurrency,
            onPage: recorder?.page,
          }),
        }
      : {}),
    ...(openAzure ? { azure: openAzure({ subscriptions: args.azureSubscription, managementGroup: args.azureManagementGroup }) } : {}),
    ...(openGcp ? { gcp: openGcp({ projects: args.gcpProject, folders: args.gcpFolder, organizations: args.gcpOrganization }) } : {}),
  });
}
