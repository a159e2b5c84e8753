import { createRequire as __createRequire } from 'node:module'; import { fileURLToPath as __fileURLToPath } from 'node:url'; import { dirname as __pathDirname } from 'node:path'; const require = __createRequire(import.meta.url); const __bundleFilename = __fileURLToPath(import.meta.url); const __bundleDirname = __pathDirname(__bundleFilename);
import {
  liveInventory,
  openHttp,
  openSnapshot,
  snapshotInventory
} from "./chunk-JOT7DQZL.js";
import {
  UsageError
} from "./chunk-EMRUF3FH.js";

// src/cli/inventory.ts
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
async function openInventory(args, clouds, cwd, recorder) {
  if (args.inventory !== void 0) {
    const root = resolve(cwd, args.inventory);
    if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`--inventory ${args.inventory}: no such folder`);
    return snapshotInventory(openSnapshot(root, args.inventory), openHttp({ environment: process.env }));
  }
  checkAwsAccountFlags(args);
  const [{ openAws }, { openAzure }, { openGcp }] = await Promise.all([
    clouds.includes("aws") ? import("./live-6B7J3536.js") : { openAws: void 0 },
    clouds.includes("azure") ? import("./resource-graph-VN56KROM.js") : { openAzure: void 0 },
    clouds.includes("gcp") ? import("./cloud-asset-N6HZAUXP.js") : { openGcp: void 0 }
  ]);
  return liveInventory({
    ...openAws ? {
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
        onPage: recorder?.page
      })
    } : {},
    ...openAzure ? { azure: openAzure({ subscriptions: args.azureSubscription, managementGroup: args.azureManagementGroup }) } : {},
    ...openGcp ? { gcp: openGcp({ projects: args.gcpProject, folders: args.gcpFolder, organizations: args.gcpOrganization }) } : {}
  }, openHttp({ environment: process.env }));
}
var ROLE_NAME = /^(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/;
function checkAwsAccountFlags(args) {
  if (!args.awsOrganization) {
    if (args.awsRoleName !== void 0) throw new UsageError("--aws-role-name goes with --aws-organization (the role assumed in each of its accounts); for one account name its role with --aws-role-arn");
    return;
  }
  if (args.awsRoleName === void 0 || args.awsRoleName === "") {
    throw new UsageError("--aws-organization needs --aws-role-name: the role to assume in each account (e.g. OrganizationAccountAccessRole, or a read-only audit role deployed to every account)");
  }
  if (!ROLE_NAME.test(args.awsRoleName)) throw new UsageError(`--aws-role-name ${args.awsRoleName}: not an IAM role name (letters, digits and +=,.@_- , up to 64, optionally under a path: audit/ctrlflow)`);
  if (args.awsRoleArn?.length) throw new UsageError("--aws-organization reads every account of the organisation: drop --aws-role-arn (or drop --aws-organization to read only those roles)");
  if ((args.awsProfile?.length ?? 0) > 1) throw new UsageError("--aws-organization lists the accounts with one set of credentials: give at most one --aws-profile (the management or delegated-administrator account)");
}

export {
  openInventory
};
