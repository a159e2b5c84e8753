import { commonNodeProperties, type NodeConfig } from '../model/flow.js';
import type { NodeKind } from './types.js';
import { schemaFor } from '../model/schema-type.js';

/**
 * An AWS Config advanced query (SQL over the recorded configuration items): in the target's
 * account and region with `SelectResourceConfig`, or across an organisation through a
 * configuration aggregator with `SelectAggregateResourceConfig`. Rows come back as JSON.
 */
export interface AwsConfigConfig extends NodeConfig {
  query: string;
  /** A configuration aggregator's name: query every account and region it collects. */
  aggregator?: string;
}

export const awsConfig: NodeKind<AwsConfigConfig> = {
  type: 'aws.config',
  summary: 'run an AWS Config advanced query (SelectResourceConfig, or SelectAggregateResourceConfig with an aggregator)',
  role: 'source',
  outputs: ['out'],
  inputs: 'optional',
  schema: schemaFor<AwsConfigConfig>()({
    type: 'object',
    additionalProperties: false,
    required: ['id', 'type', 'query'],
    properties: {
      ...commonNodeProperties,
      query: { type: 'string', pattern: '^\\s*[Ss][Ee][Ll][Ee][Cc][Tt]\\s' },
      aggregator: { type: 'string', minLength: 1, maxLength: 256 },
    },
  }),
  compile(config) {
    const call = config.aggregator
      ? { service: 'Config', method: 'SelectAggregateResourceConfig', params: { Expression: config.query, ConfigurationAggregatorName: config.aggregator } }
      : { service: 'Config', method: 'SelectResourceConfig', params: { Expression: config.query } };
    return async (_inputs, ctx) => ({ ports: { out: await ctx.provider.list(ctx.target, call) } });
  },
};
