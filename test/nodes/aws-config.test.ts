import { describe, expect } from 'vitest';
import { awsConfig } from '../../src/nodes/aws-config.js';
import type { ApiCall } from '../../src/providers/types.js';
import { testNode } from '../helpers/node-tester.js';

const QUERY = "SELECT resourceId, configuration.encrypted WHERE resourceType = 'AWS::EC2::Volume'";

describe('aws.config', () => {
  const seen: ApiCall[] = [];
  const provider = { description: 'stub', targets: async () => [], list: async (_t: unknown, call: ApiCall) => (seen.push(call), [{ resourceId: 'vol-1' }]) };
  testNode(awsConfig, {
    valid: [
      {
        name: 'runs SelectResourceConfig in the target account and region',
        config: { query: QUERY },
        provider,
        expect: (out) => {
          expect(out.ports.out).toEqual([{ resourceId: 'vol-1' }]);
          expect(seen.at(-1)).toEqual({ service: 'Config', method: 'SelectResourceConfig', params: { Expression: QUERY } });
        },
      },
      {
        name: 'runs SelectAggregateResourceConfig through an aggregator',
        config: { query: QUERY, aggregator: 'org-aggregator' },
        provider,
        expect: () => expect(seen.at(-1)).toEqual({ service: 'Config', method: 'SelectAggregateResourceConfig', params: { Expression: QUERY, ConfigurationAggregatorName: 'org-aggregator' } }),
      },
    ],
    invalid: [
      { name: 'not a SELECT', config: { query: 'DELETE everything' }, problems: ['query bad-value'] },
      { name: 'no query', config: {}, problems: [' missing-key'] },
    ],
  });
});
