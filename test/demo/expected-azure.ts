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

export const AZURE_EXPECTED: Record<string, DemoExpectation> = {
  'AZ-KV-001': { universe: VAULTS, fail: [vault('rg-dev', 'kv-dev-secrets')], counts: [1, 2] },
  'AZ-KV-002': { universe: VAULTS, fail: [vault('rg-legacy', 'kv-legacy-app')], counts: [1, 2] },
  'AZ-KV-003': { universe: VAULTS, fail: [vault('rg-dev', 'kv-dev-secrets')], counts: [1, 2] },
  'AZ-KV-004': { universe: VAULTS, fail: [vault('rg-dev', 'kv-dev-secrets')], counts: [1, 2] },
  'AZ-DBX-001': { universe: WORKSPACES, fail: [workspace('rg-dev', 'dbw-sandbox')], counts: [1, 2] },
  'AZ-DBX-002': { universe: DATABRICKS_SUBNETS, fail: [subnet('rg-dev', 'vnet-dev', 'snet-dbx-host')], counts: [1, 3] },
  'AZ-DBX-003': { universe: WORKSPACES, fail: [workspace('rg-dev', 'dbw-dev')], counts: [1, 2] },
  'AZ-DBX-004': { universe: WORKSPACES, fail: [workspace('rg-dev', 'dbw-dev'), workspace('rg-dev', 'dbw-sandbox')], counts: [2, 1] },
  'AZ-DBX-005': { universe: WORKSPACES, fail: [workspace('rg-dev', 'dbw-dev'), workspace('rg-dev', 'dbw-sandbox')], counts: [2, 1] },
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
};

/** Left out by filter nodes or by type, so they have no result at all. */
export const AZURE_ABSENT: string[] = [];
