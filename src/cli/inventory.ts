import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Cloud } from '../model/control.js';
import { liveInventory, snapshotInventory } from '../providers/by-via.js';
import { openHttp } from '../providers/http/live.js';
import { openSnapshot } from '../providers/snapshot/index.js';
import type { SnapshotRecorder } from '../providers/snapshot/write.js';
import type { InventoryProvider } from '../providers/types.js';
import { UsageError } from './selection.js';
import type { InventoryArgs } from './scan-options.js';

/** Where a scan reads: a snapshot folder, or the live clouds with their scope flags (the inventory flags' values; their table is in scan-options.ts). */
export type { InventoryArgs };

/**
 * The inventory a scan reads: `--inventory DIR` is a snapshot; without it, each cloud the
 * selected controls need is read live with its SDK's default credentials. The http nodes'
 * requests go to the HTTP provider (a snapshot's recordings of them first).
 */
export async function openInventory(args: InventoryArgs, clouds: Cloud[], cwd: string, recorder?: SnapshotRecorder): Promise<InventoryProvider> {
  if (args.inventory !== undefined) {
    const root = resolve(cwd, args.inventory);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`--inventory ${args.inventory}: no such folder`);
    return snapshotInventory(openSnapshot(root, args.inventory), openHttp({ environment: process.env }));
  }
  checkAwsAccountFlags(args);
  // The cloud SDKs are loaded only for a live scan of their cloud: a snapshot scan starts fast.
  const [{ openAws }, { openAzure }, { openGcp }] = await Promise.all([
    clouds.includes('aws') ? import('../providers/aws/live.js') : { openAws: undefined },
    clouds.includes('azure') ? import('../providers/azure/resource-graph.js') : { openAzure: undefined },
    clouds.includes('gcp') ? import('../providers/gcp/cloud-asset.js') : { openGcp: undefined },
  ]);
  return liveInventory({
    ...(openAws
      ? {
          aws: openAws({
            regions: args.region,
            profiles: args.awsProfile,
            roleArns: args.awsRoleArn,
            organization: args.awsOrganization,
            roleName: args.awsRoleName,
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
  }, openHttp({ environment: process.env }));
}

/** An IAM role name, optionally under a path (`audit/ctrlflow-read`), as IAM allows it. */
const ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;

/** Which accounts to read is said one way at a time: the organisation, roles by ARN, or profiles. */
function checkAwsAccountFlags(args: InventoryArgs): void {
  if (!args.awsOrganization) {
    if (args.awsRoleName !== undefined) throw new UsageError('--aws-role-name goes with --aws-organization (the role assumed in each of its accounts); for one account name its role with --aws-role-arn');
    return;
  }
  if (args.awsRoleName === undefined || args.awsRoleName === '') {
    throw new UsageError('--aws-organization needs --aws-role-name: the role to assume in each account (e.g. OrganizationAccountAccessRole, or a read-only audit role deployed to every account)');
  }
  if (!ROLE_NAME.test(args.awsRoleName)) throw new UsageError(`--aws-role-name ${args.awsRoleName}: not an IAM role name (letters, digits and +=,.@_- , up to 64, optionally under a path: audit/ctrlflow)`);
  if (args.awsRoleArn?.length) throw new UsageError('--aws-organization reads every account of the organisation: drop --aws-role-arn (or drop --aws-organization to read only those roles)');
  if ((args.awsProfile?.length ?? 0) > 1) throw new UsageError('--aws-organization lists the accounts with one set of credentials: give at most one --aws-profile (the management or delegated-administrator account)');
}
