import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { Problem } from '../model/problem.js';
import { perItemJoinProperties, type PerItemJoin } from './per-item.js';
import { absentOnProperty, checkReadShape, perItemRead, renderCall, targetRead, valueItems } from './reads/rest-read.js';
import type { NodeKind } from './types.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * An ARM REST GET, for what Resource Graph does not hold (diagnostic settings, activity log
 * alerts, Key Vault keys and secrets, storage service properties, SQL auditing …): once for
 * the subscription (`path` with `{{@account}}`), or once per input item (`perItem.path`, e.g.
 * `{{id}}/providers/Microsoft.Insights/diagnosticSettings`). Items: the answer's `value`
 * across its pages, or the answer itself when it is one object.
 */
export interface AzureArmConfig extends NodeConfig {
  path?: string;
  apiVersion?: string;
  absentOn?: string[];
  perItem?: PerItemJoin & { path: string; apiVersion: string };
}

const apiVersion = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(-[a-z]+)?$' } as const;
const path = { type: 'string', minLength: 1 } as const;

export const azureArm: NodeKind<AzureArmConfig> = {
  type: 'azure.arm',
  summary: 'ARM REST GET (path + apiVersion) for the subscription, or per input item (perItem), items from value or the object',
  role: 'source',
  outputs: ['out'],
  inputs: 'optional',
  schema: schemaFor<AzureArmConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type'],
    properties: {
      ...commonNodeProperties,
      path,
      apiVersion,
      absentOn: absentOnProperty,
      perItem: {
        type: 'object',
        additionalProperties: false,
        required: ['path', 'apiVersion', 'into'],
        properties: { path, apiVersion, ...perItemJoinProperties },
      },
    },
  }),
  check(config) {
    const problems: Problem[] = checkReadShape(config, ['path', 'apiVersion', 'absentOn'], ['path', 'apiVersion']);
    const written = config.perItem?.path ?? config.path;
    // A resource path, or a template that makes one (`{{id}}/…`): never a URL to another host.
    if (written !== undefined && !written.startsWith('/') && !written.startsWith('{{')) {
      problems.push({ path: config.perItem ? ['perItem', 'path'] : ['path'], code: 'bad-value', message: `an ARM path starts with / (e.g. /subscriptions/{{@account}}/providers/…) or a template such as {{id}}/… (got "${written}")` });
    }
    return problems;
  },
  compile(config) {
    if (config.perItem) {
      const { path: p, apiVersion: v, ...join } = config.perItem;
      return perItemRead(join, renderCall('ARM', { path: p, apiVersion: v }), valueItems);
    }
    const callOf = renderCall('ARM', { path: config.path, apiVersion: config.apiVersion });
    return targetRead((ctx) => callOf({}, ctx), valueItems, config.absentOn);
  },
};

