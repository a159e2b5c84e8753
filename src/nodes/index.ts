import type { NodeConfig } from '../model/flow.js';
import { awsAction } from './aws-action.js';
import { awsConfig } from './aws-config.js';
import { awsResource } from './aws-resource.js';
import { azureAction } from './azure-action.js';
import { azureArm } from './azure-arm.js';
import { azureGraph } from './azure-graph.js';
import { azureResource } from './azure-resource.js';
import { custom } from './custom.js';
import { evaluate } from './evaluate.js';
import { filter } from './filter.js';
import { formatter } from './formatter.js';
import { gcpAction } from './gcp-action.js';
import { gcpResource } from './gcp-resource.js';
import { gcpRest } from './gcp-rest.js';
import { http } from './http.js';
import { httpAction } from './http-action.js';
import { joiner } from './joiner.js';
import { loop } from './loop.js';
import { report } from './report.js';
import { trigger } from './trigger.js';
import type { NodeKind } from './types.js';

/** THE table of node kinds, sorted by type. A new kind is one module and one line here. */
export const NODE_KINDS = [
  awsAction,
  awsConfig,
  awsResource,
  azureAction,
  azureArm,
  azureGraph,
  azureResource,
  custom,
  evaluate,
  filter,
  formatter,
  gcpAction,
  gcpResource,
  gcpRest,
  http,
  httpAction,
  joiner,
  loop,
  report,
  trigger,
] as const satisfies readonly NodeKind<NodeConfig>[];

const byType = new Map<string, NodeKind<NodeConfig>>();
for (const kind of NODE_KINDS) {
  for (const name of [kind.type, ...(kind.aliases ?? [])]) byType.set(name, kind);
}

export function findNodeKind(type: string): NodeKind<NodeConfig> | undefined {
  return byType.get(type);
}

/** Every accepted type name, aliases included, for error messages. */
export function nodeTypeNames(): string[] {
  return [...byType.keys()].sort();
}
