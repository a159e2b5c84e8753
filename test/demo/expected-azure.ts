import type { DemoExpectation } from './expected.js';

/*
 * What the demo inventory's Azure subscription was built to contain, worked out by hand from
 * its JSON files (examples/demo-inventory/README.md lists each breach and why).
 */
export const SUB = '00000000-0000-0000-0000-000000000001';
const arm = (path: string) => (group: string, name: string) => `${SUB}/global /subscriptions/${SUB}/resourceGroups/${group}/providers/${path}/${name}`;
const storage = arm('Microsoft.Storage/storageAccounts');
const nsg = arm('Microsoft.Network/networkSecurityGroups');
const sqlServer = arm('Microsoft.Sql/servers');
const vault = arm('Microsoft.KeyVault/vaults');
const vnet = arm('Microsoft.Network/virtualNetworks');
const workspace = arm('Microsoft.Databricks/workspaces');
const subnet = (group: string, network: string, name: string) => arm(`Microsoft.Network/virtualNetworks/${network}/subnets`)(group, name);
const flowLog = (name: string) => `${SUB}/global /subscriptions/${SUB}/resourceGroups/NetworkWatcherRG/providers/Microsoft.Network/networkWatchers/NetworkWatcher_westeurope/flowLogs/${name}`;
const gateway = arm('Microsoft.Network/virtualNetworkGateways');
const appGateway = arm('Microsoft.Network/applicationGateways');
const wafPolicy = arm('Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies');
const APP_GATEWAYS = [appGateway('rg-web', 'agw-web'), appGateway('rg-web', 'agw-partner'), appGateway('rg-legacy', 'agw-legacy')];
const WAF_POLICIES = [wafPolicy('rg-web', 'waf-web'), wafPolicy('rg-web', 'waf-partner')];
const region = (name: string) => `${SUB}/global /subscriptions/${SUB}/locations/${name}`;
const SUBSCRIPTION = `${SUB}/global /subscriptions/${SUB}`;
const machine = arm('Microsoft.Compute/virtualMachines');
const key = (group: string, vaultName: string, name: string) => `${vault(group, vaultName)}/keys/${name}`;
const user = (objectId: string) => `${SUB}/global ${objectId}`;
const roleDefinition = (guid: string) => `${SUB}/global /subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
/** Tenant-wide objects read through Microsoft Graph or ARM outside the subscription, judged for the subscription's target. */
const tenant = (id: string) => `${SUB}/global ${id}`;

const ACCOUNTS = [
  storage('rg-prod', 'stprodlogs'),
  storage('rg-web', 'stpublicassets'),
  storage('rg-legacy', 'stlegacy'),
  storage('rg-dev', 'stdevdata'),
  storage('rg-prod', 'stbackup'),
];
const [PUBLIC_ASSETS, LEGACY, DEV_DATA] = [storage('rg-web', 'stpublicassets'), storage('rg-legacy', 'stlegacy'), storage('rg-dev', 'stdevdata')];
const WORKSPACES = [workspace('rg-prod', 'dbw-analytics'), workspace('rg-dev', 'dbw-dev'), workspace('rg-dev', 'dbw-sandbox')];
const VNETS = [vnet('rg-prod', 'vnet-hub'), vnet('rg-prod', 'vnet-prod'), vnet('rg-dev', 'vnet-dev'), vnet('rg-prod', 'vnet-dr')];
// Every subnet but GatewaySubnet (vnet-hub, vnet-dr) and AzureFirewallSubnet (vnet-hub), which cannot take an NSG.
const SUBNETS = [
  subnet('rg-prod', 'vnet-hub', 'AzureBastionSubnet'),
  subnet('rg-prod', 'vnet-hub', 'snet-jump'),
  subnet('rg-prod', 'vnet-hub', 'snet-vpn'),
  subnet('rg-prod', 'vnet-prod', 'snet-web'),
  subnet('rg-prod', 'vnet-prod', 'snet-admin'),
  subnet('rg-prod', 'vnet-prod', 'snet-data'),
  subnet('rg-prod', 'vnet-prod', 'snet-dbx-public'),
  subnet('rg-prod', 'vnet-prod', 'snet-dbx-private'),
  subnet('rg-prod', 'vnet-prod', 'snet-agw'),
  subnet('rg-dev', 'vnet-dev', 'snet-dev'),
  subnet('rg-dev', 'vnet-dev', 'snet-dbx-host'),
  subnet('rg-dev', 'vnet-dev', 'snet-dbx-container'),
  subnet('rg-prod', 'vnet-dr', 'snet-dr-app'),
];
const DATABRICKS_SUBNETS = SUBNETS.filter((s) => s.includes('/subnets/snet-dbx-'));
const NSGS = [
  nsg('rg-prod', 'nsg-web'),
  nsg('rg-prod', 'nsg-jump'),
  nsg('rg-dev', 'nsg-dev'),
  nsg('rg-prod', 'nsg-bastion'),
  nsg('rg-prod', 'nsg-vpn'),
  nsg('rg-prod', 'nsg-azurebastion'),
  nsg('rg-prod', 'nsg-dbx'),
];
const SQL_SERVERS = [sqlServer('rg-prod', 'sql-orders'), sqlServer('rg-legacy', 'sql-legacy-reports')];
const VAULTS = [vault('rg-prod', 'kv-prod-keys'), vault('rg-dev', 'kv-dev-secrets'), vault('rg-legacy', 'kv-legacy-app')];

const PROD_KEYS = vault('rg-prod', 'kv-prod-keys');
const DEV_SECRETS = vault('rg-dev', 'kv-dev-secrets');
const LEGACY_APP = vault('rg-legacy', 'kv-legacy-app');
const BACKUP = storage('rg-prod', 'stbackup');
const FLOW_LOGS_NSG = [flowLog('fl-nsg-web'), flowLog('fl-nsg-jump')];
const FLOW_LOGS_VNET = [flowLog('fl-vnet-prod'), flowLog('fl-vnet-hub'), flowLog('fl-vnet-dev')];
const MACHINES = [machine('rg-web', 'vm-web-1'), machine('rg-prod', 'vm-jump-1'), machine('rg-legacy', 'vm-reports-legacy')];
// userRegistrationDetails members (the guest partner is left out), by object id.
const MEMBERS = { alice: 'a1a1a1a1-0000-4000-8000-000000000001', bob: 'b2b2b2b2-0000-4000-8000-000000000002', carol: 'c3c3c3c3-0000-4000-8000-000000000003', dave: 'd4d4d4d4-0000-4000-8000-000000000004', frank: 'f6f6f6f6-0000-4000-8000-000000000006' };
const DISABLED = { erin: 'e5e5e5e5-0000-4000-8000-000000000005', gina: '07070707-0000-4000-8000-000000000007' };
const CUSTOM_ROLES = { superuser: '5e5e5e5e-1111-4111-8111-000000000001', vmOperator: '5e5e5e5e-1111-4111-8111-000000000002', webAdmin: '5e5e5e5e-1111-4111-8111-000000000003' };
/** A subscription-level control: the demo subscription is its only resource, and it is built to fail. */
const subscriptionFails: DemoExpectation = { universe: [SUBSCRIPTION], fail: [SUBSCRIPTION], counts: [1, 0] };

export const AZURE_EXPECTED: Record<string, DemoExpectation> = {
  'AZ-DBX-001': { universe: WORKSPACES, fail: [workspace('rg-dev', 'dbw-sandbox')], counts: [1, 2] },
  'AZ-DBX-002': { universe: DATABRICKS_SUBNETS, fail: [subnet('rg-dev', 'vnet-dev', 'snet-dbx-host')], counts: [1, 3] },
  'AZ-DBX-003': { universe: WORKSPACES, fail: [workspace('rg-dev', 'dbw-dev')], counts: [1, 2] },
  'AZ-DBX-004': { universe: WORKSPACES, fail: [workspace('rg-dev', 'dbw-dev'), workspace('rg-dev', 'dbw-sandbox')], counts: [2, 1] },
  'AZ-DBX-005': { universe: WORKSPACES, fail: [workspace('rg-dev', 'dbw-dev'), workspace('rg-dev', 'dbw-sandbox')], counts: [2, 1] },
  'AZ-DBX-006': { universe: WORKSPACES, fail: [workspace('rg-dev', 'dbw-dev'), workspace('rg-dev', 'dbw-sandbox')], counts: [2, 1] },
  'AZ-DEF-001': subscriptionFails,
  'AZ-DEF-002': subscriptionFails,
  'AZ-DEF-003': subscriptionFails,
  'AZ-DEF-004': subscriptionFails,
  'AZ-DEF-005': subscriptionFails,
  'AZ-DEF-006': subscriptionFails,
  'AZ-DEF-007': subscriptionFails,
  'AZ-DEF-008': subscriptionFails,
  'AZ-DEF-009': subscriptionFails,
  'AZ-DEF-010': subscriptionFails,
  'AZ-DEF-011': subscriptionFails,
  'AZ-DEF-012': subscriptionFails,
  'AZ-DEF-013': subscriptionFails,
  'AZ-DEF-014': subscriptionFails,
  'AZ-DEF-015': subscriptionFails,
  'AZ-DEF-016': { universe: MACHINES, fail: [machine('rg-prod', 'vm-jump-1'), machine('rg-legacy', 'vm-reports-legacy')], counts: [2, 1] },
  'AZ-DEF-017': subscriptionFails,
  'AZ-DEF-018': subscriptionFails,
  'AZ-DEF-019': subscriptionFails,
  'AZ-DEF-020': subscriptionFails,
  'AZ-DEF-021': subscriptionFails,
  'AZ-ENT-001': { universe: [tenant('00000000-0000-0000-0000-000000000005')], fail: [tenant('00000000-0000-0000-0000-000000000005')], counts: [1, 0] },
  'AZ-ENT-002': { universe: Object.values(MEMBERS).map(user), fail: [user(MEMBERS.carol), user(MEMBERS.dave)], counts: [2, 3] },
  'AZ-ENT-003': { universe: Object.values(DISABLED).map(user), fail: [user(DISABLED.erin)], counts: [1, 1] },
  'AZ-IAM-001': subscriptionFails,
  'AZ-IAM-002': { universe: Object.values(CUSTOM_ROLES).map(roleDefinition), fail: [roleDefinition(CUSTOM_ROLES.superuser)], counts: [1, 2] },
  'AZ-IAM-003': subscriptionFails,
  'AZ-IAM-004': subscriptionFails,
  'AZ-IAM-005': { universe: [tenant('/providers/Microsoft.Subscription/policies/default')], fail: [tenant('/providers/Microsoft.Subscription/policies/default')], counts: [1, 0] },
  'AZ-KV-001': { universe: VAULTS, fail: [vault('rg-dev', 'kv-dev-secrets')], counts: [1, 2] },
  'AZ-KV-002': { universe: VAULTS, fail: [vault('rg-legacy', 'kv-legacy-app')], counts: [1, 2] },
  'AZ-KV-003': { universe: VAULTS, fail: [vault('rg-dev', 'kv-dev-secrets')], counts: [1, 2] },
  'AZ-KV-004': { universe: VAULTS, fail: [vault('rg-dev', 'kv-dev-secrets')], counts: [1, 2] },
  'AZ-KV-005': { universe: VAULTS, fail: [DEV_SECRETS, LEGACY_APP], counts: [2, 1] },
  'AZ-KV-006': { universe: [PROD_KEYS, DEV_SECRETS], fail: [DEV_SECRETS], counts: [1, 1] },
  'AZ-KV-007': { universe: [LEGACY_APP], fail: [LEGACY_APP], counts: [1, 0] },
  'AZ-KV-008': { universe: [PROD_KEYS, DEV_SECRETS], fail: [DEV_SECRETS], counts: [1, 1] },
  'AZ-KV-009': { universe: [LEGACY_APP], fail: [LEGACY_APP], counts: [1, 0] },
  // Every enabled key; old-signing (kv-dev-secrets) is disabled and left out.
  'AZ-KV-010': {
    universe: [key('rg-prod', 'kv-prod-keys', 'cmk-storage'), key('rg-prod', 'kv-prod-keys', 'cmk-sql'), key('rg-dev', 'kv-dev-secrets', 'dev-signing'), key('rg-legacy', 'kv-legacy-app', 'legacy-enc')],
    fail: [key('rg-prod', 'kv-prod-keys', 'cmk-sql'), key('rg-dev', 'kv-dev-secrets', 'dev-signing'), key('rg-legacy', 'kv-legacy-app', 'legacy-enc')],
    counts: [3, 1],
  },
  'AZ-KV-011': { universe: VAULTS, fail: [LEGACY_APP], counts: [1, 2] },
  'AZ-MON-001': subscriptionFails,
  'AZ-MON-002': subscriptionFails,
  'AZ-MON-003': subscriptionFails,
  'AZ-MON-004': { universe: FLOW_LOGS_NSG, fail: [flowLog('fl-nsg-jump')], counts: [1, 1] },
  'AZ-MON-005': { universe: FLOW_LOGS_VNET, fail: [flowLog('fl-vnet-dev')], counts: [1, 2] },
  'AZ-MON-006': { universe: [tenant('/providers/microsoft.aadiam/diagnosticSettings')], fail: [tenant('/providers/microsoft.aadiam/diagnosticSettings')], counts: [1, 0] },
  'AZ-MON-007': { universe: [tenant('/providers/microsoft.aadiam/diagnosticSettings')], fail: [tenant('/providers/microsoft.aadiam/diagnosticSettings')], counts: [1, 0] },
  'AZ-MON-008': subscriptionFails,
  'AZ-MON-009': subscriptionFails,
  'AZ-MON-010': subscriptionFails,
  'AZ-MON-011': subscriptionFails,
  'AZ-MON-012': subscriptionFails,
  'AZ-MON-013': subscriptionFails,
  'AZ-MON-014': subscriptionFails,
  'AZ-MON-015': subscriptionFails,
  'AZ-MON-016': subscriptionFails,
  'AZ-MON-017': subscriptionFails,
  'AZ-MON-018': subscriptionFails,
  'AZ-MON-019': subscriptionFails,
  'AZ-NET-001': { universe: [flowLog('fl-nsg-web'), flowLog('fl-nsg-jump')], fail: [flowLog('fl-nsg-web')], counts: [1, 1] },
  'AZ-NET-002': { universe: [region('westeurope'), region('northeurope')], fail: [region('northeurope')], counts: [1, 1] },
  'AZ-NET-003': { universe: [flowLog('fl-vnet-prod'), flowLog('fl-vnet-hub'), flowLog('fl-vnet-dev')], fail: [flowLog('fl-vnet-dev')], counts: [1, 2] },
  'AZ-NET-004': { universe: [gateway('rg-prod', 'vgw-hub'), gateway('rg-prod', 'vgw-dr')], fail: [gateway('rg-prod', 'vgw-hub')], counts: [1, 1] },
  'AZ-NET-005': { universe: APP_GATEWAYS, fail: [appGateway('rg-legacy', 'agw-legacy')], counts: [1, 2] },
  'AZ-NET-006': {
    universe: SUBNETS,
    fail: [subnet('rg-prod', 'vnet-prod', 'snet-data'), subnet('rg-prod', 'vnet-prod', 'snet-agw'), subnet('rg-dev', 'vnet-dev', 'snet-dbx-host'), subnet('rg-prod', 'vnet-dr', 'snet-dr-app')],
    counts: [4, 9],
  },
  'AZ-NET-007': { universe: APP_GATEWAYS, fail: [appGateway('rg-web', 'agw-partner'), appGateway('rg-legacy', 'agw-legacy')], counts: [2, 1] },
  'AZ-NET-008': { universe: APP_GATEWAYS, fail: [appGateway('rg-web', 'agw-partner'), appGateway('rg-legacy', 'agw-legacy')], counts: [2, 1] },
  'AZ-NET-009': { universe: WAF_POLICIES, fail: [wafPolicy('rg-web', 'waf-partner')], counts: [1, 1] },
  'AZ-NET-010': { universe: WAF_POLICIES, fail: [wafPolicy('rg-web', 'waf-partner')], counts: [1, 1] },
  'AZ-NET-011': { universe: [`${SUB}/global /subscriptions/${SUB}`], fail: [`${SUB}/global /subscriptions/${SUB}`], counts: [1, 0] },
  'AZ-NET-012': { universe: VNETS, fail: [vnet('rg-dev', 'vnet-dev')], counts: [1, 3] },
  'AZ-NSG-001': { universe: NSGS, fail: [nsg('rg-prod', 'nsg-jump'), nsg('rg-dev', 'nsg-dev')], counts: [2, 5] },
  'AZ-NSG-002': { universe: NSGS, fail: [nsg('rg-prod', 'nsg-jump'), nsg('rg-prod', 'nsg-vpn')], counts: [2, 5] },
  // nsg-azurebastion guards an AzureBastionSubnet, which needs 443 from the internet: no result.
  'AZ-NSG-003': { universe: NSGS.filter((n) => !n.endsWith('/nsg-azurebastion')), fail: [nsg('rg-prod', 'nsg-web')], counts: [1, 5] },
  'AZ-SQL-001': { universe: SQL_SERVERS, fail: [sqlServer('rg-legacy', 'sql-legacy-reports')], counts: [1, 1] },
  'AZ-STG-001': { universe: ACCOUNTS, fail: [storage('rg-web', 'stpublicassets'), storage('rg-legacy', 'stlegacy')], counts: [2, 3] },
  'AZ-STG-002': { universe: ACCOUNTS, fail: [storage('rg-legacy', 'stlegacy')], counts: [1, 4] },
  'AZ-STG-003': { universe: ACCOUNTS, fail: [storage('rg-legacy', 'stlegacy'), storage('rg-dev', 'stdevdata'), storage('rg-prod', 'stbackup')], counts: [3, 2] },
  'AZ-STG-004': { universe: ACCOUNTS, fail: [storage('rg-legacy', 'stlegacy'), storage('rg-dev', 'stdevdata')], counts: [2, 3] },
  // stprodlogs and stbackup refuse Shared Key: their keys authorize nothing, so no result.
  'AZ-STG-005': { universe: [PUBLIC_ASSETS, LEGACY, DEV_DATA], fail: [PUBLIC_ASSETS, LEGACY, DEV_DATA], counts: [3, 0] },
  'AZ-STG-006': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, DEV_DATA], counts: [3, 2] },
  'AZ-STG-007': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, DEV_DATA], counts: [3, 2] },
  'AZ-STG-008': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, DEV_DATA], counts: [3, 2] },
  'AZ-STG-009': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY], counts: [2, 3] },
  'AZ-STG-010': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, storage('rg-prod', 'stbackup')], counts: [3, 2] },
  'AZ-STG-011': { universe: ACCOUNTS, fail: [DEV_DATA], counts: [1, 4] },
  'AZ-STG-012': { universe: ACCOUNTS, fail: [LEGACY, DEV_DATA], counts: [2, 3] },
  'AZ-STG-013': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, DEV_DATA], counts: [3, 2] },
  'AZ-STG-014': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY], counts: [2, 3] },
  'AZ-STG-015': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, DEV_DATA], counts: [3, 2] },
  'AZ-STG-016': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, BACKUP], counts: [3, 2] },
  'AZ-STG-017': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY], counts: [2, 3] },
  'AZ-STG-018': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, DEV_DATA], counts: [3, 2] },
  'AZ-STG-019': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, DEV_DATA], counts: [3, 2] },
  // stprodlogs has its own delete lock and rg-prod's; stbackup has rg-prod's.
  'AZ-STG-020': { universe: ACCOUNTS, fail: [PUBLIC_ASSETS, LEGACY, DEV_DATA], counts: [3, 2] },
};

/** Left out by filter nodes or by type, so they have no result at all. */
export const AZURE_ABSENT: string[] = [
  // A disabled key: AZ-KV-010 judges enabled keys only.
  '/vaults/kv-dev-secrets/keys/old-signing',
  // The guest in the MFA registration report: AZ-ENT-002 judges members only.
  '08080808-0000-4000-8000-000000000008',
  // Built-in role definitions: AZ-IAM-002 judges custom roles only.
  '/RoleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  '/RoleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
];
